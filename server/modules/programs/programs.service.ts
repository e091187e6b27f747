import type { Role } from '../../../shared/roles.ts';
import type { TProgram, TProgramBody, TProgramHome } from '../../../shared/schemas/programs.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { invalidFields, notFound } from '../../http/errors.ts';
import type { ReadCache } from '../../http/read-cache.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { caseScope } from '../cases/cases.policy.ts';
import * as repo from './programs.repo.ts';

export async function listPrograms(options: {
  db: Executor;
  user: { id: string; organizationId: string; isAdmin: boolean };
}) {
  const rows = await repo.listProgramsForUser(options.db, {
    organizationId: options.user.organizationId,
    userId: options.user.id,
    isAdmin: options.user.isAdmin,
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      cycleStart: r.cycleStart,
      cycleEnd: r.cycleEnd,
      role: (options.user.isAdmin ? 'admin' : r.role) as Role,
    })),
  };
}

export async function getProgram(options: { db: Executor; programId: string }): Promise<TProgram> {
  const program = await repo.findProgram(options.db, options.programId);
  if (!program) throw notFound();
  const [cities, localities] = await Promise.all([
    repo.listProgramCities(options.db, program.id),
    repo.listProgramLocalities(options.db, program.id),
  ]);
  return {
    id: program.id,
    code: program.code,
    name: program.name,
    cycleStart: program.cycleStart,
    cycleEnd: program.cycleEnd,
    cities,
    localities,
  };
}

/** Counts per city that the member may see; goals are shown to program and territory scopes. */
/** Cache key of what a scope sees: the same counts serve everyone with the same scope. */
function scopeKey(access: ProgramAccess): string {
  const { scope } = access;
  if (scope.type === 'program') return 'program';
  if (scope.type === 'territory')
    return `t:${[...scope.cities].sort().join(',')}:${[...scope.localities].sort().join(',')}`;
  return `own:${access.role}:${access.userId}`;
}

export function getProgramHome(options: {
  db: Executor;
  access: ProgramAccess;
  cache: ReadCache;
}): Promise<TProgramHome> {
  return options.cache.get(`home:${options.access.programId}:${scopeKey(options.access)}`, () =>
    loadProgramHome(options),
  );
}

type Counts = { registered: number; active: number; withdrawn: number; completed: number };
const ZERO: Counts = { registered: 0, active: 0, withdrawn: 0, completed: 0 };
const countsOf = (row: Counts | undefined): Counts =>
  row
    ? {
        registered: row.registered,
        active: row.active,
        withdrawn: row.withdrawn,
        completed: row.completed,
      }
    : ZERO;

async function loadProgramHome(options: {
  db: Executor;
  access: ProgramAccess;
}): Promise<TProgramHome> {
  const { db, access } = options;
  const { scope } = access;
  const program = await repo.findProgram(db, access.programId);
  if (!program) throw notFound();
  const condition = caseScope(access);
  const [cities, localities, cityCounts, localityCounts] = await Promise.all([
    repo.listProgramCities(db, program.id),
    repo.listProgramLocalities(db, program.id),
    repo.countCasesByCity(db, program.id, condition),
    repo.countCasesByLocality(db, program.id, condition),
  ]);
  const byCity = new Map(cityCounts.map((c) => [c.municipalityCode, c]));
  const byLocality = new Map(localityCounts.map((c) => [c.localityCode, c]));
  // Whole-program and territorial scopes see their territories and goals; own scopes see where their cases are.
  const showGoal = scope.type !== 'own';
  const inTerritory = (city: string, locality?: string) =>
    scope.type === 'program' ||
    (scope.type === 'territory' &&
      (scope.cities.includes(city) ||
        (locality !== undefined && scope.localities.includes(locality))));

  const cityRows = cities
    .filter(
      (c) =>
        byCity.has(c.municipalityCode) ||
        inTerritory(c.municipalityCode) ||
        (scope.type === 'territory' &&
          localities.some(
            (l) =>
              l.municipalityCode === c.municipalityCode &&
              scope.localities.includes(l.localityCode),
          )),
    )
    .map((c) => ({
      municipalityCode: c.municipalityCode,
      name: c.name,
      goal: showGoal ? c.goal : null,
      ...countsOf(byCity.get(c.municipalityCode)),
    }));
  const localityRows = localities
    .filter(
      (l) => byLocality.has(l.localityCode) || inTerritory(l.municipalityCode, l.localityCode),
    )
    .map((l) => ({
      localityCode: l.localityCode,
      municipalityCode: l.municipalityCode,
      name: l.name,
      goal: showGoal ? l.goal : null,
      ...countsOf(byLocality.get(l.localityCode)),
    }));

  const sum = (k: keyof Counts) => cityRows.reduce((s, r) => s + r[k], 0);
  // A city's goal counts once: its own, or else the sum of its localities' goals.
  const goals = cityRows.map(
    (c) =>
      c.goal ??
      sumOrNull(
        localityRows.filter((l) => l.municipalityCode === c.municipalityCode).map((l) => l.goal),
      ),
  );
  return {
    program: {
      id: program.id,
      code: program.code,
      name: program.name,
      cycleStart: program.cycleStart,
      cycleEnd: program.cycleEnd,
    },
    cities: cityRows,
    localities: localityRows,
    totals: {
      registered: sum('registered'),
      active: sum('active'),
      withdrawn: sum('withdrawn'),
      completed: sum('completed'),
      goal: showGoal ? sumOrNull(goals) : null,
    },
  };
}

function sumOrNull(values: Array<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length > 0 ? present.reduce((a, b) => a + b, 0) : null;
}

/** Checks the territories of a program body against DIVIPOLA and each other. */
async function checkTerritories(db: Executor, body: TProgramBody) {
  const cityCodes = body.cities.map((c) => c.municipalityCode);
  const known = await repo.existingMunicipalities(db, cityCodes);
  const locs = await repo.findLocalities(
    db,
    body.localities.map((l) => l.localityCode),
  );
  const problems: Array<{ path: string; code: string; params: Record<string, string> }> = [];
  body.cities.forEach((c, i) => {
    if (!known.has(c.municipalityCode))
      problems.push({
        path: `cities.${i}.municipalityCode`,
        code: 'unknown_municipality',
        params: { code: c.municipalityCode },
      });
  });
  body.localities.forEach((l, i) => {
    const municipality = locs.get(l.localityCode);
    if (!municipality)
      problems.push({
        path: `localities.${i}.localityCode`,
        code: 'unknown_locality',
        params: { code: l.localityCode },
      });
    else if (!cityCodes.includes(municipality))
      problems.push({
        path: `localities.${i}.localityCode`,
        code: 'locality_city_missing',
        params: { code: l.localityCode },
      });
  });
  if (problems.length > 0) throw invalidFields(problems);
}

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  return [...new Map(items.map((i) => [key(i), i])).values()];
}

/** Creates a program, or replaces one's settings and territories; the code stays unique per organization. */
async function saveProgram(options: {
  db: Db;
  actor: Actor;
  organizationId: string;
  /** Absent to create. */
  programId?: string;
  body: TProgramBody;
}) {
  const { db, body, organizationId } = options;
  await checkTerritories(db, body);
  const fields = {
    code: body.code,
    name: body.name,
    cycleStart: body.cycleStart,
    cycleEnd: body.cycleEnd,
  };
  const id = await db.transaction(async (tx) => {
    const clash = await repo.findProgramByCode(tx, organizationId, body.code);
    if (clash && clash.id !== options.programId) {
      throw invalidFields([{ path: 'code', code: 'program_code_taken' }]);
    }
    const before = options.programId
      ? await getProgram({ db: tx, programId: options.programId })
      : null;
    const programId =
      options.programId ?? (await repo.insertProgram(tx, { organizationId, ...fields })).id;
    if (options.programId) await repo.updateProgram(tx, programId, fields);
    await repo.replaceProgramTerritories(
      tx,
      programId,
      dedupe(body.cities, (c) => c.municipalityCode),
      dedupe(body.localities, (l) => l.localityCode),
    );
    await recordAudit({
      tx,
      actor: options.actor,
      action: before ? 'program.update' : 'program.create',
      entityType: 'program',
      entityId: programId,
      programId,
      before,
      after: body,
    });
    return programId;
  });
  return getProgram({ db, programId: id });
}

export function createProgram(options: {
  db: Db;
  actor: Actor;
  organizationId: string;
  body: TProgramBody;
}) {
  return saveProgram(options);
}

export function updateProgram(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  body: TProgramBody;
}) {
  const { access, ...rest } = options;
  return saveProgram({
    ...rest,
    organizationId: access.organizationId,
    programId: access.programId,
  });
}
