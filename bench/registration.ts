/**
 * Registration workloads: import 100,000 applicants from a CSV (against a raw multi-row INSERT of
 * the same rows), and eligibility + selection over them. In-process, on in-memory PGlite.
 */
import { benchProgram } from './setup.ts';
import { openDatabase, type Database } from '../server/db/client.ts';
import type { ProgramAccess } from '../server/http/context.ts';
import { applicants } from '../server/modules/registration/registration.table.ts';
import { prepareApplicants } from '../server/modules/registration/applicants.service.ts';
import { getCall, saveCall } from '../server/modules/registration/calls.service.ts';
import { importApplicants } from '../server/modules/registration/import.service.ts';
import { confirmSelection } from '../server/modules/registration/selection.service.ts';
import {
  APPLICANT_COLUMNS,
  readSpreadsheet,
  toApplicantRows,
} from '../server/modules/registration/spreadsheet/index.ts';
import { DEFAULT_CALL_RULES } from '../shared/schemas/registration.ts';

const FIRST = [
  'María',
  'Luz Marina',
  'Claudia',
  'Sandra Milena',
  'Yolanda',
  'Ana Lucía',
  'Diana',
  'Carlos',
  'José',
  'Luis Fernando',
  'Jorge',
  'Andrés',
  'Paola',
  'Gloria',
  'Martha',
  'Juan Carlos',
];
const LAST = [
  'Rodríguez',
  'Gómez',
  'González',
  'Martínez',
  'García',
  'López',
  'Hernández',
  'Sánchez',
  'Ramírez',
  'Pérez',
  'Díaz',
  'Moreno',
  'Rojas',
  'Vargas',
  'Castro',
  'Torres',
  'Quintero',
  'Pabón',
];
const BUSINESS = [
  'Tienda',
  'Panadería',
  'Miscelánea',
  'Peluquería',
  'Confecciones',
  'Restaurante',
  'Taller',
  'Papelería',
];

/** Deterministic PRNG (mulberry32): the same file every run. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A CSV of `n` applicants in Bogotá's 20 localities, Spanish headers, `;` as Colombian Excel writes it. */
export function applicantsCsv(n: number): Uint8Array {
  const r = rng(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const lines = [APPLICANT_COLUMNS.map((c) => c.header.es).join(';')];
  for (let i = 0; i < n; i++) {
    const woman = r() < 0.6;
    const locality = String(1 + Math.floor(r() * 20)).padStart(2, '0');
    const values: Record<string, string> = {
      'owner.documentType': 'CC',
      'owner.documentNumber': String(20_000_000 + i * 13),
      'owner.firstNames': pick(FIRST),
      'owner.lastNames': `${pick(LAST)} ${pick(LAST)}`,
      'owner.sex': woman ? 'F' : 'M',
      'owner.birthDate': `${String(1 + Math.floor(r() * 28)).padStart(2, '0')}/${String(1 + Math.floor(r() * 12)).padStart(2, '0')}/${1960 + Math.floor(r() * 45)}`,
      // About 1 % share a phone with someone else, as in real calls.
      'owner.phone': `3${String(100_000_000 + Math.floor(r() < 0.01 ? i / 2 : i) * 7).slice(-9)}`,
      'owner.email': '',
      'owner.address': `Calle ${1 + Math.floor(r() * 200)} # ${1 + Math.floor(r() * 100)}-${1 + Math.floor(r() * 99)}`,
      'owner.municipalityCode': '11001',
      'owner.localityCode': `11001-${locality}`,
      'owner.headOfHouseholdMother': woman && r() < 0.3 ? 'Sí' : 'No',
      'owner.disability': r() < 0.04 ? 'Sí' : 'No',
      'owner.conflictVictim': r() < 0.12 ? 'Sí' : '',
      'owner.ethnicGroup': r() < 0.08 ? 'Afrocolombiano' : 'Ninguno',
      'business.name': `${pick(BUSINESS)} ${pick(LAST)}`,
      'business.ciiuCode': pick(['4711', '1081', '5611', '9602', '1410', '4520']),
      'business.startedOn': `01/${String(1 + Math.floor(r() * 12)).padStart(2, '0')}/${2005 + Math.floor(r() * 21)}`,
      'business.hasPremises': r() < 0.6 ? 'Sí' : 'No',
      'business.hasRut': r() < 0.5 ? 'Sí' : 'No',
      'business.hasChamberRegistration': r() < 0.3 ? 'Sí' : 'No',
      'business.workersTotal': '2',
      'business.workersWomen': '1',
      'business.monthlySales': String(500_000 + Math.floor(r() * 10_000_000)),
      'business.greenPractices': r() < 0.1 ? 'Sí' : 'No',
      'business.culturalCreative': r() < 0.08 ? 'Sí' : 'No',
    };
    lines.push(APPLICANT_COLUMNS.map((c) => values[c.key] ?? '').join(';'));
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}

/** An organization, a Bogotá program by localities and an open call with goals summing to 4,000. */
export async function registrationFixture(database: Database) {
  const localities = Array.from({ length: 20 }, (_, i) => ({
    localityCode: `11001-${String(i + 1).padStart(2, '0')}`,
    goal: 200,
  }));
  const { db, actor, access } = await benchProgram({
    database,
    cities: [{ municipalityCode: '11001', goal: null }],
    localities,
    role: 'admin',
  });
  const call = await saveCall({
    db,
    actor,
    access,
    body: {
      code: 'BENCH-1',
      name: 'Bench',
      opensOn: '2026-02-01',
      closesOn: '2026-03-01',
      territories: localities.map((l) => ({ territoryCode: l.localityCode, goal: l.goal })),
      rules: {
        ...DEFAULT_CALL_RULES,
        criteria: DEFAULT_CALL_RULES.criteria.filter((c) => c.kind !== 'documents_verified'),
        requiredDocuments: [],
      },
    },
  });
  return { actor, access, call };
}

export async function importWorkload(n: number) {
  const bytes = applicantsCsv(n);
  const database = await openDatabase({});
  const { actor, access, call } = await registrationFixture(database);
  const started = performance.now();
  const summary = await importApplicants({
    db: database.db,
    actor,
    access,
    callId: call.id,
    bytes,
    filename: 'bench.csv',
  });
  const importSeconds = (performance.now() - started) / 1000;

  // Baseline: the same rows, already parsed and prepared, written with a raw multi-row INSERT into a second call.
  const sheet = await readSpreadsheet({
    bytes,
    filename: 'bench.csv',
    limits: { maxBytes: 200 * 1024 * 1024 },
  });
  const inputs = toApplicantRows({ headers: sheet.headers, rows: sheet.rows }).valid.map(
    (v) => v.applicant,
  );
  const other = await saveCall({
    db: database.db,
    actor,
    access,
    body: { ...(await callBody(database, access, call.id)), code: 'BENCH-2' },
  });
  const prepared = prepareApplicants({
    call: other,
    organizationId: access.organizationId,
    inputs,
    channel: 'import',
    registeredBy: null,
    now: new Date(),
    index: {
      byDocument: new Map(),
      byPhone: new Map(),
      formerBeneficiaryCase: new Map(),
      people: [],
    },
  });
  const rawStarted = performance.now();
  await database.db.transaction(async (tx) => {
    // A plain multi-row INSERT, 500 rows a statement: what an ORM does by default.
    for (let i = 0; i < prepared.rows.length; i += 500)
      await tx.insert(applicants).values(prepared.rows.slice(i, i + 500));
  });
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  await database.close();
  return { summary, importSeconds, rawSeconds, bytes: bytes.length };
}

async function callBody(database: Database, access: ProgramAccess, callId: string) {
  const call = await getCall({ db: database.db, access, callId });
  return {
    code: call.code,
    name: call.name,
    opensOn: call.opensOn,
    closesOn: call.closesOn,
    territories: call.territories.map((t) => ({ territoryCode: t.territoryCode, goal: t.goal })),
    rules: call.rules,
  };
}

export async function selectWorkload(n: number) {
  const database = await openDatabase({});
  const { actor, access, call } = await registrationFixture(database);
  await importApplicants({
    db: database.db,
    actor,
    access,
    callId: call.id,
    bytes: applicantsCsv(n),
    filename: 'bench.csv',
  });
  // The coordinator tightens a rule: every applicant is judged again and written (a new rules version).
  const started = performance.now();
  const body = await callBody(database, access, call.id);
  await saveCall({
    db: database.db,
    actor,
    access,
    callId: call.id,
    body: {
      ...body,
      rules: {
        ...body.rules,
        criteria: body.rules.criteria.map((c) =>
          c.kind === 'business_min_months' ? { ...c, months: 12 } : c,
        ),
      },
    },
  });
  const evaluatedAt = performance.now();
  let selected = 0;
  for (const t of call.territories) {
    const result = await confirmSelection({
      db: database.db,
      actor: { ...actor, userId: '00000000-0000-7000-8000-000000000000' },
      access,
      callId: call.id,
      territoryCode: t.territoryCode,
    });
    selected += result.selected.length;
  }
  const seconds = (performance.now() - started) / 1000;
  await database.close();
  return {
    seconds,
    eligibilitySeconds: (evaluatedAt - started) / 1000,
    selected,
  };
}
