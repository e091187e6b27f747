import { invalidFields } from '../../http/errors.ts';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { memberships } from '../auth/auth.table.ts';
import { cases } from '../cases/cases.table.ts';
import { programCities, programLocalities, programs } from './programs.table.ts';
import { departments, localities, municipalities } from './territories.table.ts';

/** Programs the user can open, running cycles first. */
export async function listProgramsForUser(
  db: Executor,
  options: { organizationId: string; userId: string; isAdmin: boolean },
) {
  const base = db
    .select({
      id: programs.id,
      code: programs.code,
      name: programs.name,
      cycleStart: programs.cycleStart,
      cycleEnd: programs.cycleEnd,
      role: memberships.role,
    })
    .from(programs)
    .leftJoin(
      memberships,
      and(eq(memberships.programId, programs.id), eq(memberships.userId, options.userId)),
    );
  const where = options.isAdmin
    ? eq(programs.organizationId, options.organizationId)
    : and(
        eq(programs.organizationId, options.organizationId),
        sql`${memberships.role} is not null`,
      );
  // Running cycles first, then finished ones (latest first), then those still to come.
  const phase = sql`case when ${programs.cycleStart} <= current_date and ${programs.cycleEnd} >= current_date then 0
    when ${programs.cycleEnd} < current_date then 1 else 2 end`;
  return base.where(where).orderBy(phase, desc(programs.cycleStart), asc(programs.code));
}

export async function findProgram(db: Executor, id: string) {
  const [row] = await db.select().from(programs).where(eq(programs.id, id)).limit(1);
  return row ?? null;
}

export async function findProgramByCode(db: Executor, organizationId: string, code: string) {
  const [row] = await db
    .select()
    .from(programs)
    .where(and(eq(programs.organizationId, organizationId), eq(programs.code, code)))
    .limit(1);
  return row ?? null;
}

/** Refuses a city filter that names no city of the program (400 at `municipalityCode`). */
export async function requireProgramCity(
  db: Executor,
  programId: string,
  code: string | undefined,
) {
  if (!code) return;
  const cities = await listProgramCities(db, programId);
  if (!cities.some((c) => c.municipalityCode === code))
    throw invalidFields([{ path: 'municipalityCode', code: 'not_program_city' }]);
}

export async function listProgramCities(db: Executor, programId: string) {
  return db
    .select({
      municipalityCode: programCities.municipalityCode,
      name: municipalities.name,
      goal: programCities.goal,
    })
    .from(programCities)
    .innerJoin(municipalities, eq(municipalities.code, programCities.municipalityCode))
    .where(eq(programCities.programId, programId))
    .orderBy(asc(municipalities.name));
}

export async function listProgramLocalities(db: Executor, programId: string) {
  return db
    .select({
      localityCode: programLocalities.localityCode,
      municipalityCode: localities.municipalityCode,
      name: localities.name,
      goal: programLocalities.goal,
    })
    .from(programLocalities)
    .innerJoin(localities, eq(localities.code, programLocalities.localityCode))
    .where(eq(programLocalities.programId, programId))
    .orderBy(asc(localities.code));
}

export async function insertProgram(db: Executor, values: typeof programs.$inferInsert) {
  const [row] = await db.insert(programs).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateProgram(
  db: Executor,
  id: string,
  values: Pick<typeof programs.$inferInsert, 'code' | 'name' | 'cycleStart' | 'cycleEnd'>,
) {
  await db.update(programs).set(values).where(eq(programs.id, id));
}

export async function replaceProgramTerritories(
  db: Executor,
  programId: string,
  cities: Array<{ municipalityCode: string; goal: number | null }>,
  locs: Array<{ localityCode: string; goal: number }>,
) {
  await db.delete(programLocalities).where(eq(programLocalities.programId, programId));
  await db.delete(programCities).where(eq(programCities.programId, programId));
  if (cities.length > 0)
    await db.insert(programCities).values(cities.map((c) => ({ ...c, programId })));
  if (locs.length > 0)
    await db.insert(programLocalities).values(locs.map((l) => ({ ...l, programId })));
}

export async function existingMunicipalities(db: Executor, codes: string[]) {
  if (codes.length === 0) return new Set<string>();
  const rows = await db
    .select({ code: municipalities.code })
    .from(municipalities)
    .where(inArray(municipalities.code, codes));
  return new Set(rows.map((r) => r.code));
}

export async function findLocalities(db: Executor, codes: string[]) {
  if (codes.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ code: localities.code, municipalityCode: localities.municipalityCode })
    .from(localities)
    .where(inArray(localities.code, codes));
  return new Map(rows.map((r) => [r.code, r.municipalityCode]));
}

/** Case counts per city of a program, restricted by a scope condition. */
export async function countCasesByCity(
  db: Executor,
  programId: string,
  scope: ReturnType<typeof sql>,
) {
  return db
    .select({
      municipalityCode: cases.municipalityCode,
      registered: count(),
      active: sql<number>`count(*) filter (where ${cases.status} = 'active')`.mapWith(Number),
      withdrawn: sql<number>`count(*) filter (where ${cases.status} = 'withdrawn')`.mapWith(Number),
      completed: sql<number>`count(*) filter (where ${cases.status} = 'completed')`.mapWith(Number),
    })
    .from(cases)
    .where(and(eq(cases.programId, programId), scope))
    .groupBy(cases.municipalityCode);
}

/** Case counts per locality of a program (cases without a locality are left out). */
export async function countCasesByLocality(
  db: Executor,
  programId: string,
  scope: ReturnType<typeof sql>,
) {
  return db
    .select({
      localityCode: sql<string>`${cases.localityCode}`,
      registered: count(),
      active: sql<number>`count(*) filter (where ${cases.status} = 'active')`.mapWith(Number),
      withdrawn: sql<number>`count(*) filter (where ${cases.status} = 'withdrawn')`.mapWith(Number),
      completed: sql<number>`count(*) filter (where ${cases.status} = 'completed')`.mapWith(Number),
    })
    .from(cases)
    .where(and(eq(cases.programId, programId), sql`${cases.localityCode} is not null`, scope))
    .groupBy(cases.localityCode);
}

export async function searchMunicipalities(
  db: Executor,
  options: { q?: string | undefined; departmentCode?: string | undefined; limit: number },
) {
  const conditions = [];
  if (options.departmentCode)
    conditions.push(eq(municipalities.departmentCode, options.departmentCode));
  if (options.q) {
    conditions.push(
      sql`(unaccent_simple(${municipalities.name}) ilike unaccent_simple(${'%' + options.q + '%'}) or ${municipalities.code} like ${options.q + '%'})`,
    );
  }
  return db
    .select({
      code: municipalities.code,
      name: municipalities.name,
      departmentCode: municipalities.departmentCode,
      departmentName: departments.name,
    })
    .from(municipalities)
    .innerJoin(departments, eq(departments.code, municipalities.departmentCode))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(municipalities.name))
    .limit(options.limit);
}

export async function listDepartments(db: Executor) {
  return db.select().from(departments).orderBy(asc(departments.name));
}

export async function listLocalities(db: Executor, municipalityCode: string | undefined) {
  return db
    .select({
      code: localities.code,
      name: localities.name,
      municipalityCode: localities.municipalityCode,
    })
    .from(localities)
    .where(municipalityCode ? eq(localities.municipalityCode, municipalityCode) : undefined)
    .orderBy(asc(localities.code));
}
