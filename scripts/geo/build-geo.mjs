/**
 * Builds the map files the product serves (reference/geo/*) from the raw public files kept in
 * reference/ (see reference/SOURCES.md):
 *
 *   bogota-localities.json      Bogotá's 20 localities, properties { code: "11001-NN", name }
 *   co-departments.json         Colombia's 33 departments, properties { code: "NN", name }
 *   municipality-centroids.json { "<DIVIPOLA code>": [longitude, latitude] } of each town centre
 *
 * Polygons are simplified with Douglas–Peucker (simplify-js) along shared borders: a border two
 * areas share is cut at the same points and simplified once, so neighbours still meet without
 * gaps or overlaps. Coordinates are rounded (5 decimals for localities, 4 for departments).
 *
 * Run after changing a source file: node --import tsx scripts/geo/build-geo.mjs
 */
import fs from 'node:fs';
import simplify from 'simplify-js';
import {
  BOGOTA_LOCALITY_NAMES,
  parseDivipola,
  titleCaseEs,
} from '../../server/modules/programs/territories.repo.ts';

const reference = (name) => new URL(`../../reference/${name}`, import.meta.url);
const readJson = (name) => JSON.parse(fs.readFileSync(reference(name), 'utf8'));

/** Degrees; 0.0002° is about 22 m on the ground, 0.004° about 450 m. */
const LOCALITY_TOLERANCE = 0.0002;
const DEPARTMENT_TOLERANCE = 0.004;
/** A town centre may sit this far (degrees) outside its simplified department before it is an error. */
const CENTROID_SLACK = 0.15;
/** Town centres known to lie farther out, and why. */
const KNOWN_FAR = {
  88564: 'the department shape has San Andrés island only, not Providencia',
};

const key = (p) => `${p[0]},${p[1]}`;
const round = (digits) => {
  const f = 10 ** digits;
  return (p) => [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
};

/** Every polygon of a Polygon or MultiPolygon geometry, as arrays of rings. */
function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`Unexpected geometry ${geometry.type}`);
}

/** Rings without their closing point. */
function openRing(ring) {
  const last = ring.length - 1;
  return key(ring[0]) === key(ring[last]) ? ring.slice(0, last) : ring.slice();
}

/**
 * Simplifies the polygons of many features together. Vertices where the set of areas using a
 * border changes (and every ring's first vertex) are kept, so each shared stretch is simplified
 * from the same endpoints on both sides and gives the same result.
 */
function simplifyTogether(features, tolerance, digits) {
  const rings = features.flatMap((f, fi) =>
    polygonsOf(f.geometry).flatMap((poly, pi) =>
      poly.map((ring, ri) => ({ fi, pi, ri, points: openRing(ring) })),
    ),
  );
  const users = new Map();
  for (const { fi, points } of rings)
    for (const p of points) {
      const k = key(p);
      if (!users.has(k)) users.set(k, new Set());
      users.get(k).add(fi);
    }
  const signature = (p) => [...users.get(key(p))].sort().join(' ');
  const fixed = new Set();
  for (const { points } of rings) {
    fixed.add(key(points[0]));
    points.forEach((p, i) => {
      const before = points[(i - 1 + points.length) % points.length];
      const after = points[(i + 1) % points.length];
      const here = signature(p);
      if (here !== signature(before) || here !== signature(after) || users.get(key(p)).size > 2)
        fixed.add(key(p));
    });
  }
  // A ring cut at one point only would close on itself: also keep its vertex farthest from it.
  for (const { points } of rings) {
    const anchors = points.filter((p) => fixed.has(key(p)));
    if (anchors.length >= 2) continue;
    const [x0, y0] = anchors[0];
    let far = points[0];
    for (const p of points)
      if ((p[0] - x0) ** 2 + (p[1] - y0) ** 2 > (far[0] - x0) ** 2 + (far[1] - y0) ** 2) far = p;
    fixed.add(key(far));
  }

  const done = new Map();
  const simplifyStretch = (stretch) => {
    const forward = stretch.map(key).join(';');
    const backward = [...stretch].reverse().map(key).join(';');
    const reversed = backward < forward;
    const canonical = reversed ? [...stretch].reverse() : stretch;
    const id = reversed ? backward : forward;
    if (!done.has(id)) {
      const kept = simplify(
        canonical.map(([x, y]) => ({ x, y })),
        tolerance,
        true,
      ).map(({ x, y }) => [x, y]);
      done.set(id, kept);
    }
    const kept = done.get(id);
    return reversed ? [...kept].reverse() : kept;
  };

  const rounded = round(digits);
  const out = features.map((f) => polygonsOf(f.geometry).map((poly) => poly.map(() => null)));
  for (const { fi, pi, ri, points } of rings) {
    const start = points.findIndex((p) => fixed.has(key(p)));
    const rotated = [...points.slice(start), ...points.slice(0, start), points[start]];
    const ring = [rotated[0]];
    let from = 0;
    for (let i = 1; i < rotated.length; i++) {
      if (!fixed.has(key(rotated[i])) && i < rotated.length - 1) continue;
      ring.push(...simplifyStretch(rotated.slice(from, i + 1)).slice(1));
      from = i;
    }
    const cleaned = ring.map(rounded).filter((p, i, all) => i === 0 || key(p) !== key(all[i - 1]));
    out[fi][pi][ri] = cleaned.length >= 4 ? cleaned : null;
  }
  return features.map((f, fi) => {
    const polygons = out[fi]
      .map((poly, pi) => {
        // A collapsed outer ring keeps its unsimplified shape; collapsed holes go.
        const outer = poly[0] ?? polygonsOf(f.geometry)[pi][0].map(rounded);
        return [outer, ...poly.slice(1).filter(Boolean)];
      })
      .filter((poly) => poly[0].length >= 4);
    return polygons.length === 1
      ? { type: 'Polygon', coordinates: polygons[0] }
      : { type: 'MultiPolygon', coordinates: polygons };
  });
}

function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
function distanceToRing([x, y], ring) {
  let best = Infinity;
  for (let i = 1; i < ring.length; i++) {
    const [ax, ay] = ring[i - 1];
    const [bx, by] = ring[i];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}
/** 0 inside the geometry, else the distance in degrees to its nearest edge. */
function distanceTo(point, geometry) {
  let best = Infinity;
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    if (pointInRing(point, outer) && !holes.some((h) => pointInRing(point, h))) return 0;
    best = Math.min(best, distanceToRing(point, outer));
  }
  return best;
}

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');

function write(name, value) {
  const text = `${JSON.stringify(value)}\n`;
  fs.writeFileSync(reference(`geo/${name}`), text);
  return Buffer.byteLength(text);
}

// --- Bogotá's localities -----------------------------------------------------------------------
const localitySource = readJson('bogota-localidades.geojson');
const localityFeatures = localitySource.features.map((f) => {
  const number = f.properties['Identificador unico de la localidad'];
  const name = BOGOTA_LOCALITY_NAMES[number];
  if (!name) throw new Error(`Unknown locality ${number}`);
  return { code: `11001-${number}`, name, geometry: f.geometry };
});
const localityGeometries = simplifyTogether(localityFeatures, LOCALITY_TOLERANCE, 5);
const localities = {
  type: 'FeatureCollection',
  features: localityFeatures
    .map((f, i) => ({
      type: 'Feature',
      properties: { code: f.code, name: f.name },
      geometry: localityGeometries[i],
    }))
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code)),
};
if (localities.features.length !== 20) throw new Error('Expected 20 localities');

// --- Colombia's departments --------------------------------------------------------------------
const divipola = parseDivipola(fs.readFileSync(reference('divipola-municipios.csv'), 'utf8'));
const departmentNames = new Map(divipola.map((r) => [r.departmentCode, r.departmentName]));
const departmentSource = readJson('colombia-departamentos-mgn2018.geojson');
const departmentFeatures = departmentSource.features.map((f) => ({
  code: f.properties.DPTO_CCDGO,
  name: departmentNames.get(f.properties.DPTO_CCDGO) ?? titleCaseEs(f.properties.DPTO_CNMBR),
  geometry: f.geometry,
}));
const missingDepartments = [...departmentNames.keys()].filter(
  (code) => !departmentFeatures.some((f) => f.code === code),
);
if (missingDepartments.length > 0) throw new Error(`No shape for ${missingDepartments.join(', ')}`);
const departmentGeometries = simplifyTogether(departmentFeatures, DEPARTMENT_TOLERANCE, 4);
const departments = {
  type: 'FeatureCollection',
  features: departmentFeatures
    .map((f, i) => ({
      type: 'Feature',
      properties: { code: f.code, name: f.name },
      geometry: departmentGeometries[i],
    }))
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code)),
};

// --- Town centres ------------------------------------------------------------------------------
const centreSource = fs.readFileSync(reference('municipios-cabeceras-dane.ts'), 'utf8');
const ENTRY =
  /"([^"]+)":\s*\{\s*"codigo":\s*"(\d{4,5})",\s*"lat":\s*(-?\d+(?:\.\d+)?),\s*"lon":\s*(-?\d+(?:\.\d+)?)\s*\}/g;
const byCode = new Map(divipola.map((r) => [r.code, r]));
const shapes = new Map(departmentFeatures.map((f) => [f.code, f.geometry]));
const centroids = {};
const notInDivipola = [];
const outside = [];
for (const [, name, rawCode, lat, lon] of centreSource.matchAll(ENTRY)) {
  const code = rawCode.padStart(5, '0');
  const row = byCode.get(code);
  if (!row) {
    notInDivipola.push(`${code} ${name}`);
    continue;
  }
  const [a, b] = [fold(name), fold(row.name)];
  if (!a.includes(b) && !b.includes(a)) throw new Error(`${code}: "${name}" is not ${row.name}`);
  if (centroids[code]) throw new Error(`${code} appears twice`);
  const point = round(5)([Number(lon), Number(lat)]);
  const off = distanceTo(point, shapes.get(row.departmentCode));
  if (off > CENTROID_SLACK && !KNOWN_FAR[code])
    throw new Error(`${code} ${row.name} lies ${off}° outside its department`);
  if (off > 0) outside.push(`${code} ${row.name} (${off.toFixed(3)}°)`);
  centroids[code] = point;
}
const sortedCentroids = Object.fromEntries(
  Object.entries(centroids).sort(([a], [b]) => a.localeCompare(b)),
);
const withoutCentre = divipola.filter((r) => !centroids[r.code]).map((r) => `${r.code} ${r.name}`);

fs.mkdirSync(reference('geo/'), { recursive: true });
const sizes = {
  'bogota-localities.json': write('bogota-localities.json', localities),
  'co-departments.json': write('co-departments.json', departments),
  'municipality-centroids.json': write('municipality-centroids.json', sortedCentroids),
};
const vertices = (fc) =>
  fc.features.reduce(
    (n, f) =>
      n +
      polygonsOf(f.geometry)
        .flat()
        .reduce((m, ring) => m + ring.length, 0),
    0,
  );
console.log(
  JSON.stringify(
    {
      sizes,
      vertices: { localities: vertices(localities), departments: vertices(departments) },
      centroids: Object.keys(sortedCentroids).length,
      withoutCentre,
      notInDivipola,
      outsideSimplifiedDepartment: outside,
    },
    null,
    2,
  ),
);
