import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import { departments, localities, municipalities } from '../programs/territories.table.ts';
import { loadMapContext } from './geo.service.ts';

interface Feature {
  type: string;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown[] };
}
interface Collection {
  type: string;
  features: Feature[];
}

/** The cities the programs work in (reference/SOURCES.md). */
const TARGET_CITIES = [
  '68001',
  '08001',
  '54001',
  '13001',
  '23001',
  '73001',
  '41001',
  '19001',
  '66001',
  '50001',
  '11001',
];

describe('GET /api/geo/:name', () => {
  let ctx: TestContext;
  let anonymous: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext();
    anonymous = new TestClient(ctx.app);
  });
  afterAll(() => ctx.close());

  it('serves Colombia’s departments to anyone, cacheable for a day, one feature per DANE department', async () => {
    const res = await anonymous.get('/api/geo/co-departments');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    expect(res.rawPayload.length).toBeLessThan(300_000);
    const body = res.json<Collection>();
    expect(body.type).toBe('FeatureCollection');
    const stored = await ctx.db.select().from(departments);
    const byCode = new Map(stored.map((d) => [d.code, d.name]));
    expect(body.features.map((f) => f.properties.code).sort()).toEqual([...byCode.keys()].sort());
    for (const f of body.features) {
      expect(Object.keys(f.properties).sort()).toEqual(['code', 'name']);
      expect(f.properties.name).toBe(byCode.get(f.properties.code as string));
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
  });

  it('serves Bogotá’s localities keyed by the product’s locality codes, small and rounded', async () => {
    const res = await anonymous.get('/api/geo/bogota-localities');
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBeLessThan(150_000);
    const body = res.json<Collection>();
    const stored = await ctx.db.select().from(localities);
    expect(
      body.features
        .map((f) => f.properties)
        .sort((a, b) => String(a.code).localeCompare(String(b.code))),
    ).toEqual(
      stored
        .map((l) => ({ code: l.code, name: l.name }))
        .sort((a, b) => a.code.localeCompare(b.code)),
    );
    // Coordinates have at most 5 decimals.
    const numbers = JSON.stringify(body.features.map((f) => f.geometry.coordinates)).match(
      /-?\d+\.\d+/g,
    )!;
    expect(numbers.every((n) => n.split('.')[1]!.length <= 5)).toBe(true);
  });

  it('serves the town centres by DIVIPOLA code, every target city included, inside Colombia', async () => {
    const res = await anonymous.get('/api/geo/municipality-centroids');
    expect(res.statusCode).toBe(200);
    const body = res.json<Record<string, [number, number]>>();
    const codes = new Set((await ctx.db.select().from(municipalities)).map((m) => m.code));
    expect(Object.keys(body).length).toBeGreaterThan(1100);
    for (const [code, [lon, lat]] of Object.entries(body)) {
      expect(codes.has(code), code).toBe(true);
      expect(lon).toBeGreaterThan(-82);
      expect(lon).toBeLessThan(-66);
      expect(lat).toBeGreaterThan(-4.3);
      expect(lat).toBeLessThan(13.5);
    }
    for (const code of TARGET_CITIES) expect(body[code], code).toBeDefined();
    // Bucaramanga's centre, as DANE publishes it.
    expect(body['68001']).toEqual([-73.13256, 7.11647]);
  });

  it('answers 304 to a request that already has the current version', async () => {
    const first = await anonymous.get('/api/geo/bogota-localities');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const again = await anonymous.request({
      url: '/api/geo/bogota-localities',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers['cache-control']).toBe('public, max-age=86400');
  });

  it('answers 404 for a map it does not have', async () => {
    const res = await anonymous.get('/api/geo/world');
    expect(res.statusCode).toBe(404);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('not_found');
    expect((await anonymous.get('/api/geo/..%2Fpackage.json')).statusCode).toBe(404);
  });

  it('is documented in the OpenAPI document', async () => {
    const doc = (await anonymous.get('/api/openapi.json')).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(doc.paths['/api/geo/{name}']?.get).toBeDefined();
  });

  it('gives the server-side maps the parsed GeoJSON and a centroid map, parsed once', () => {
    const maps = loadMapContext();
    expect(loadMapContext()).toBe(maps);
    expect((maps.localities as unknown as Collection).features).toHaveLength(20);
    expect((maps.departments as unknown as Collection).features).toHaveLength(33);
    expect(maps.centroids.get('11001')).toEqual([-74.10699, 4.64925]);
  });
});
