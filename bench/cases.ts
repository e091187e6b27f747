/**
 * Case-management workloads: the board of the demo's largest program over HTTP, and a filtered,
 * sorted first page over 100,000 cases in PGlite (in process, through the service).
 */
import { benchProgram } from './setup.ts';
import { bulkInsert } from '../server/db/bulk.ts';
import { refreshStatistics } from '../server/db/client.ts';
import { uuidv7 } from '../server/db/columns.ts';
import { listCases } from '../server/modules/cases/cases.service.ts';
import { businesses, cases, owners } from '../server/modules/cases/cases.table.ts';
import { DEFAULT_STAGES } from '../shared/cases.ts';

export function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
export function p95(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}

/** Times `runs` sequential GETs of `url` (after two warm-up calls). */
export async function timeGets(url: string, cookie: string, runs: number) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs + 2; i++) {
    const t = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const body = await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    if (i >= 2) times.push(performance.now() - t);
    bytes = body.byteLength;
  }
  return { median: median(times), p95: p95(times), bytes };
}

export const CITIES = [
  '68001',
  '54001',
  '05001',
  '76001',
  '08001',
  '13001',
  '66001',
  '17001',
  '73001',
  '41001',
];
const NAMES = ['Tienda', 'Panadería', 'Miscelánea', 'Peluquería', 'Confecciones', 'Restaurante'];
const LAST = ['Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Pabón', 'Quintero'];

/**
 * An in-memory PGlite with a program of `n` cases in 10 cities (bulk-loaded, statistics fresh),
 * for the in-process workloads.
 */
export async function seedCases(n: number) {
  const { database, db, actor, access, programId, org } = await benchProgram({
    cities: CITIES.map((municipalityCode) => ({ municipalityCode, goal: null })),
  });
  const program = { id: programId };
  const facilitators = Array.from({ length: 150 }, () => uuidv7());
  const rows = Array.from({ length: n }, (_, i) => {
    const city = CITIES[i % CITIES.length]!;
    const businessId = uuidv7();
    const name = `${NAMES[i % NAMES.length]} ${LAST[(i * 7) % LAST.length]} ${i}`;
    return {
      business: { id: businessId, organizationId: org.id, name, municipalityCode: city },
      owner: {
        businessId,
        firstNames: 'Ana María',
        lastNames: LAST[(i * 3) % LAST.length]!,
        documentType: 'CC',
        documentNumber: String(30_000_000 + i),
        sex: i % 5 < 3 ? 'F' : 'M',
      },
      case: {
        id: uuidv7(),
        businessId,
        programId: program.id,
        stage: DEFAULT_STAGES[i % 6]!,
        status: i % 9 === 0 ? 'withdrawn' : 'active',
        facilitatorId: facilitators[i % facilitators.length]!,
        municipalityCode: city,
        businessName: name,
        ownerName: `Ana María ${LAST[(i * 3) % LAST.length]}`,
        priorityGroups: i % 5 < 3 ? ['women'] : [],
        registeredAt: new Date(Date.UTC(2026, 6, 27) + (i % 90) * 86_400_000),
        encounterCount: i % 4,
        lastEncounterOn:
          i % 7 === 0
            ? null
            : `2026-${String(8 + (i % 4)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      },
    };
  });
  await db.transaction(async (tx) => {
    await bulkInsert(
      tx,
      businesses,
      rows.map((r) => r.business),
    );
    await bulkInsert(
      tx,
      owners,
      rows.map((r) => r.owner),
    );
    await bulkInsert(
      tx,
      cases,
      rows.map((r) => r.case),
    );
  });
  // As after any bulk load (import, demo): fresh statistics for the planner.
  await refreshStatistics(db);
  return { database, db, actor, access, org, programId: program.id, rows };
}

/** 100,000 cases in 10 cities, then the median of 30 filtered, sorted first pages. */
export async function caseListWorkload(n: number) {
  const { database, db, access } = await seedCases(n);
  const queries = [
    { municipalityCode: '68001', stage: 'second_encounter', sort: 'name' as const },
    { priorityGroup: 'women' as const, sort: 'registeredAt' as const },
    { q: 'rodriguez 1234', sort: 'name' as const },
    { status: 'active' as const, sort: 'lastEncounterOn' as const },
    { municipalityCode: '54001', sort: 'name' as const },
  ];
  const times: number[] = [];
  for (let i = 0; i < 32; i++) {
    const q = queries[i % queries.length]!;
    const t = performance.now();
    await listCases({
      db,
      access,
      query: { direction: 'asc', page: 1, pageSize: 50, ...q },
    });
    if (i >= 2) times.push(performance.now() - t);
  }
  await database.close();
  return { median: median(times), p95: p95(times) };
}
