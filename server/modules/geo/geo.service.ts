/**
 * The map data (public, reference/geo, built by scripts/geo/build-geo.mjs): read from disk once per
 * process, served as they are to the web and parsed once for the server-drawn maps of the PDF.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { notFound } from '../../http/errors.ts';
import type { MapData } from '../reports/render/svg.ts';

export const GEO_NAMES = ['co-departments', 'bogota-localities', 'municipality-centroids'] as const;
export type GeoName = (typeof GEO_NAMES)[number];

const FILE_URLS: Record<GeoName, URL> = {
  'co-departments': new URL('../../../reference/geo/co-departments.json', import.meta.url),
  'bogota-localities': new URL('../../../reference/geo/bogota-localities.json', import.meta.url),
  'municipality-centroids': new URL(
    '../../../reference/geo/municipality-centroids.json',
    import.meta.url,
  ),
};

export interface GeoFile {
  /** The JSON document as stored (UTF-8). */
  bytes: Buffer;
  /** A strong validator of the bytes, for conditional requests. */
  etag: string;
}

const files = new Map<GeoName, GeoFile>();

export function isGeoName(name: string): name is GeoName {
  return (GEO_NAMES as readonly string[]).includes(name);
}

function read(name: GeoName): GeoFile {
  let file = files.get(name);
  if (!file) {
    const bytes = fs.readFileSync(FILE_URLS[name]);
    const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
    file = { bytes, etag };
    files.set(name, file);
  }
  return file;
}

/** One map file by its public name; an unknown name is not found. */
export function geoFile(options: { name: string }): GeoFile {
  if (!isGeoName(options.name)) throw notFound();
  return read(options.name);
}

let mapData: MapData | null = null;

/**
 * What the server needs to draw the figures' maps (ECharts maps `co-departments` and
 * `bogota-localities`, and the cities' centres): parsed once and shared by every render.
 */
export function loadMapContext(): MapData {
  if (!mapData) {
    const parse = (name: GeoName): unknown => JSON.parse(read(name).bytes.toString('utf8'));
    const centroids = parse('municipality-centroids') as Record<string, [number, number]>;
    mapData = {
      departments: parse('co-departments') as MapData['departments'],
      localities: parse('bogota-localities') as MapData['localities'],
      centroids: new Map(Object.entries(centroids)),
    };
  }
  return mapData;
}
