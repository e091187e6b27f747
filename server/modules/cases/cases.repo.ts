import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TCaseFilter } from '../../../shared/schemas/cases.ts';
import { anyOf, bulkInsert } from '../../db/bulk.ts';
import type { Executor } from '../../db/client.ts';
import { memberships, users } from '../auth/auth.table.ts';
import {
  businesses,
  caseEvents,
  cases,
  encounterAttachments,
  encounters,
  owners,
} from './cases.table.ts';
import { stageAt, statusAt, type CasePopulation } from './cases.policy.ts';

const BATCH = 500;

/** Creates businesses with their owner and case, in batches (selection turns applicants into cases). */
export async function insertCasesWithBusinesses(
  db: Executor,
  rows: Array<{
    business: typeof businesses.$inferInsert;
    owner: typeof owners.$inferInsert;
    case: typeof cases.$inferInsert;
  }>,
) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await db.insert(businesses).values(batch.map((r) => r.business));
    await db.insert(owners).values(batch.map((r) => r.owner));
    await db.insert(cases).values(batch.map((r) => r.case));
  }
}

const facilitator = alias(users, 'facilitator');
const supervisor = alias(users, 'supervisor');

/** What a card shows: the case with its facilitator's name. */
const cardFields = {
  id: cases.id,
  businessId: cases.businessId,
  version: cases.version,
  businessName: cases.businessName,
  ownerName: cases.ownerName,
  stage: cases.stage,
  status: cases.status,
  municipalityCode: cases.municipalityCode,
  localityCode: cases.localityCode,
  facilitatorId: cases.facilitatorId,
  facilitatorName: facilitator.name,
  supervisorId: cases.supervisorId,
  registeredAt: cases.registeredAt,
  lastEncounterOn: cases.lastEncounterOn,
  encounterCount: cases.encounterCount,
  encountersInStage: cases.encountersInStage,
  lastNextSteps: cases.nextStep,
  withdrawalReason: cases.withdrawalReason,
  overallLevel: cases.overallLevel,
  needsMentor: cases.needsMentor,
  planState: cases.planState,
  planCompleted: cases.planCompleted,
};
type Field<C extends { _: { notNull: boolean; data: unknown } }> = C['_']['notNull'] extends true
  ? C['_']['data']
  : C['_']['data'] | null;
/** A card's row; the facilitator comes from a left join, so their name may be missing. */
export type CardRow = Omit<
  { [K in keyof typeof cardFields]: Field<(typeof cardFields)[K]> },
  'facilitatorName'
> & { facilitatorName: string | null };

export interface CaseFilterSql {
  programId: string;
  scope: SQL;
  filter: TCaseFilter;
  stage?: string | undefined;
}

function conditions(f: CaseFilterSql): SQL {
  const c: Array<SQL | undefined> = [eq(cases.programId, f.programId), f.scope];
  const { filter } = f;
  if (filter.municipalityCode) c.push(eq(cases.municipalityCode, filter.municipalityCode));
  if (filter.localityCode) c.push(eq(cases.localityCode, filter.localityCode));
  if (filter.facilitatorId === 'none') c.push(isNull(cases.facilitatorId));
  else if (filter.facilitatorId) c.push(eq(cases.facilitatorId, filter.facilitatorId));
  if (filter.supervisorId) c.push(eq(cases.supervisorId, filter.supervisorId));
  if (filter.priorityGroup)
    c.push(sql`${cases.priorityGroups} @> array[${filter.priorityGroup}]::text[]`);
  if (filter.status) c.push(eq(cases.status, filter.status));
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, '')}%`;
    c.push(sql`${cases.searchText} like unaccent_simple(${like})`);
  }
  if (f.stage) c.push(eq(cases.stage, f.stage));
  return and(...c)!;
}

const SORTS = {
  name: cases.businessName,
  registeredAt: cases.registeredAt,
  stage: cases.stage,
  lastEncounterOn: cases.lastEncounterOn,
  municipality: cases.municipalityCode,
} as const;

export async function listCases(
  db: Executor,
  f: CaseFilterSql & {
    sort: keyof typeof SORTS;
    direction: 'asc' | 'desc';
    limit: number;
    offset: number;
  },
) {
  const where = conditions(f);
  const order = f.direction === 'asc' ? asc : desc;
  // The page first, on the cases alone (an index walk in the sort order stops after a page);
  // the facilitators' names join only the rows of the page.
  const page = db
    .select({ id: cases.id })
    .from(cases)
    .where(where)
    .orderBy(order(SORTS[f.sort]), asc(cases.id))
    .limit(f.limit)
    .offset(f.offset)
    .as('page');
  const [rows, [total]] = await Promise.all([
    db
      .select(cardFields)
      .from(page)
      .innerJoin(cases, eq(cases.id, page.id))
      .leftJoin(facilitator, eq(facilitator.id, cases.facilitatorId))
      .orderBy(order(SORTS[f.sort]), asc(cases.id)),
    db.select({ n: count() }).from(cases).where(where),
  ]);
  return { rows: rows as CardRow[], total: total?.n ?? 0 };
}

/** Every stage's count, and the first `perColumn` cards of each (by business name), in two queries. */
export async function board(db: Executor, f: CaseFilterSql & { perColumn: number }) {
  // Active cases in their stage; completed ones fill the last column.
  const where = and(conditions(f), sql`${cases.status} <> 'withdrawn'`)!;
  const [counts, withdrawn] = await Promise.all([
    db.select({ stage: cases.stage, n: count() }).from(cases).where(where).groupBy(cases.stage),
    db
      .select({ n: count() })
      .from(cases)
      .where(and(conditions(f), eq(cases.status, 'withdrawn'))),
  ]);
  const ranked = db
    .select({
      id: cases.id,
      rank: sql<number>`row_number() over (partition by ${cases.stage} order by ${cases.businessName}, ${cases.id})`.as(
        'rank',
      ),
    })
    .from(cases)
    .where(where)
    .as('ranked');
  const cards = await db
    .select(cardFields)
    .from(cases)
    .innerJoin(ranked, eq(ranked.id, cases.id))
    .leftJoin(facilitator, eq(facilitator.id, cases.facilitatorId))
    .where(and(eq(cases.programId, f.programId), sql`${ranked.rank} <= ${f.perColumn}`))
    .orderBy(asc(cases.businessName), asc(cases.id));
  return { counts, cards: cards as CardRow[], withdrawn: withdrawn[0]?.n ?? 0 };
}

/** One case with its business, owner and staff names; null outside the scope. */
export async function findCase(
  db: Executor,
  options: { programId: string; caseId: string; scope: SQL; lock?: boolean },
) {
  const query = db
    .select({
      ...cardFields,
      programId: cases.programId,
      mentorId: cases.mentorId,
      supervisorName: supervisor.name,
      withdrawnAt: cases.withdrawnAt,
      withdrawalNote: cases.withdrawalNote,
      stageEnteredAt: cases.stageEnteredAt,
      encountersInStage: cases.encountersInStage,
      nextStep: cases.nextStep,
      nextStepDueOn: cases.nextStepDueOn,
      completedAt: cases.completedAt,
      business: {
        name: businesses.name,
        ciiuCode: businesses.ciiuCode,
        address: businesses.address,
        startedOn: businesses.startedOn,
      },
      owner: {
        firstNames: owners.firstNames,
        lastNames: owners.lastNames,
        documentType: owners.documentType,
        documentNumber: owners.documentNumber,
        phone: owners.phone,
        email: owners.email,
        sex: owners.sex,
      },
    })
    .from(cases)
    .innerJoin(businesses, eq(businesses.id, cases.businessId))
    .innerJoin(owners, eq(owners.businessId, cases.businessId))
    .leftJoin(facilitator, eq(facilitator.id, cases.facilitatorId))
    .leftJoin(supervisor, eq(supervisor.id, cases.supervisorId))
    .where(and(eq(cases.id, options.caseId), eq(cases.programId, options.programId), options.scope))
    .limit(1);
  const [row] = await (options.lock ? query.for('update', { of: cases }) : query);
  return row ?? null;
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

/**
 * Writes a case if nobody changed it since `version` was read (optimistic concurrency).
 * Returns false when the version is stale.
 */
export async function updateCase(
  db: Executor,
  options: { caseId: string; version: number; values: Partial<typeof cases.$inferInsert> },
) {
  const rows = await db
    .update(cases)
    .set({ ...options.values, version: sql`${cases.version} + 1`, updatedAt: new Date() })
    .where(and(eq(cases.id, options.caseId), eq(cases.version, options.version)))
    .returning({ id: cases.id });
  return rows.length === 1;
}

export async function insertEncounter(db: Executor, values: typeof encounters.$inferInsert) {
  await db.insert(encounters).values(values);
}

export async function insertEvents(db: Executor, values: Array<typeof caseEvents.$inferInsert>) {
  await bulkInsert(db, caseEvents, values);
}

export async function encountersOf(db: Executor, caseId: string) {
  return db
    .select({
      id: encounters.id,
      occurredOn: encounters.occurredOn,
      mode: encounters.mode,
      durationMinutes: encounters.durationMinutes,
      notes: encounters.notes,
      nextSteps: encounters.nextSteps,
      nextStepDueOn: encounters.nextStepDueOn,
      stage: encounters.stage,
      recordedBy: encounters.recordedBy,
      recordedByName: users.name,
      createdAt: encounters.createdAt,
    })
    .from(encounters)
    .leftJoin(users, eq(users.id, encounters.recordedBy))
    .where(eq(encounters.caseId, caseId))
    .orderBy(desc(encounters.occurredOn), desc(encounters.createdAt));
}

export async function eventsOf(db: Executor, caseId: string) {
  return db
    .select({
      id: caseEvents.id,
      kind: caseEvents.kind,
      at: caseEvents.at,
      detail: caseEvents.detail,
      actorName: users.name,
    })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.actorId))
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(desc(caseEvents.at));
}

/** Cases to assign: explicit ids or a territory's active cases, always inside the scope. */
export async function casesToAssign(
  db: Executor,
  options: {
    programId: string;
    scope: SQL;
    caseIds?: string[] | undefined;
    filter?:
      | {
          municipalityCode?: string | undefined;
          localityCode?: string | undefined;
          onlyUnassigned: boolean;
          role: 'facilitator' | 'supervisor';
        }
      | undefined;
  },
) {
  const c: Array<SQL | undefined> = [eq(cases.programId, options.programId), options.scope];
  if (options.caseIds) c.push(anyOf(cases.id, options.caseIds, 'uuid'));
  if (options.filter) {
    c.push(eq(cases.status, 'active'));
    if (options.filter.municipalityCode)
      c.push(eq(cases.municipalityCode, options.filter.municipalityCode));
    if (options.filter.localityCode) c.push(eq(cases.localityCode, options.filter.localityCode));
    if (options.filter.onlyUnassigned)
      c.push(
        isNull(options.filter.role === 'facilitator' ? cases.facilitatorId : cases.supervisorId),
      );
  }
  return db
    .select({
      id: cases.id,
      businessId: cases.businessId,
      status: cases.status,
      facilitatorId: cases.facilitatorId,
      supervisorId: cases.supervisorId,
    })
    .from(cases)
    .where(and(...c))
    .for('update');
}

export async function setAssignment(
  db: Executor,
  options: { caseIds: string[]; facilitatorId?: string | null; supervisorId?: string | null },
) {
  if (options.caseIds.length === 0) return;
  await db
    .update(cases)
    .set({
      ...(options.facilitatorId !== undefined ? { facilitatorId: options.facilitatorId } : {}),
      ...(options.supervisorId !== undefined ? { supervisorId: options.supervisorId } : {}),
      version: sql`${cases.version} + 1`,
      updatedAt: new Date(),
    })
    .where(anyOf(cases.id, options.caseIds, 'uuid'));
}

/** Members of a program with a role, with their active cases (as facilitator or supervisor). */
export async function staffWithCaseloads(
  db: Executor,
  options: { programId: string; role: 'facilitator' | 'supervisor'; userIds?: string[] },
) {
  const column = options.role === 'facilitator' ? cases.facilitatorId : cases.supervisorId;
  return db
    .select({
      userId: users.id,
      name: users.name,
      role: memberships.role,
      active: sql<number>`(select count(*)::int from ${cases} where ${cases.programId} = ${options.programId} and ${column} = ${users.id} and ${cases.status} = 'active')`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.programId, options.programId),
        eq(memberships.role, options.role),
        isNull(users.disabledAt),
        options.userIds ? anyOf(users.id, options.userIds, 'uuid') : undefined,
      ),
    )
    .orderBy(asc(users.name));
}

export async function withdrawalsByReasonAndStage(db: Executor, p: CasePopulation) {
  return db
    .select({ reason: cases.withdrawalReason, stage: cases.stage, count: count() })
    .from(cases)
    .where(and(p.where, sql`${statusAt(p.before)} = 'withdrawn'`))
    .groupBy(cases.withdrawalReason, cases.stage);
}

export async function casesByStageAndCity(db: Executor, p: CasePopulation) {
  const { join, stage } = stageAt(p);
  const result: unknown = await db.execute(sql`
    select ${cases.municipalityCode} as "municipalityCode", ${stage} as stage, count(*)::int as count
    from ${cases} ${join}
    where ${p.where} and ${statusAt(p.before)} = 'active'
    group by 1, 2`);
  return (result as { rows: Array<{ municipalityCode: string; stage: string; count: number }> })
    .rows;
}

/** Registered, active, withdrawn and completed per city and locality, at the population's moment. */
export async function statusByPlace(db: Executor, p: CasePopulation) {
  const status = statusAt(p.before);
  const n = (s: string) => sql<number>`count(*) filter (where ${status} = ${s})`.mapWith(Number);
  return db
    .select({
      municipalityCode: cases.municipalityCode,
      localityCode: cases.localityCode,
      registered: count(),
      active: n('active'),
      withdrawn: n('withdrawn'),
      completed: n('completed'),
    })
    .from(cases)
    .where(p.where)
    .groupBy(cases.municipalityCode, cases.localityCode);
}

/**
 * The people behind the cases, by the owner's sex or by priority group (a case counts in each of
 * its groups; `none` when it has none): registered, active, withdrawn, diagnosed, with a plan, with
 * a mentor. Diagnosis and plan follow the population's moment through their dated rows.
 */
export async function peopleBy(db: Executor, p: CasePopulation, by: 'sex' | 'group') {
  const status = statusAt(p.before);
  const at = p.before?.toISOString();
  // At a past moment, the cases with a diagnosis or a plan made before it, found in one pass each.
  const madeBefore = (table: string) =>
    sql`${cases.id} in (select x.case_id from ${sql.raw(table)} x where x.created_at < ${at}
      and x.case_id in (select ${cases.id} from ${cases} where ${p.where}))`;
  const diagnosed = at ? madeBefore('diagnoses') : sql`${cases.overallLevel} is not null`;
  const planned = at ? madeBefore('plans') : sql`${cases.planState} is not null`;
  const key = by === 'sex' ? sql`coalesce(o.sex, 'X')` : sql`coalesce(g.g, 'none')`;
  const from =
    by === 'sex'
      ? sql`${cases} left join ${owners} o on o.business_id = ${cases.businessId}`
      : sql`${cases} left join lateral unnest(${cases.priorityGroups}) as g(g) on true`;
  const result: unknown = await db.execute(sql`
    select ${key} as key, count(*)::int as registered,
      count(*) filter (where ${status} = 'active')::int as active,
      count(*) filter (where ${status} = 'withdrawn')::int as withdrawn,
      count(*) filter (where ${diagnosed})::int as diagnosed,
      count(*) filter (where ${planned})::int as planned,
      count(*) filter (where ${cases.mentorId} is not null and ${status} <> 'withdrawn')::int as mentored
    from ${from}
    where ${p.where}
    group by 1 order by 1`);
  return (
    result as {
      rows: Array<{
        key: string;
        registered: number;
        active: number;
        withdrawn: number;
        diagnosed: number;
        planned: number;
        mentored: number;
      }>;
    }
  ).rows;
}

/**
 * Per city and week (Monday): registered that week, and active at the end of it, up to the
 * population's moment.
 */
export async function weeklyByCity(db: Executor, p: CasePopulation) {
  const until = p.before
    ? sql`${p.before.toISOString()}::timestamptz - interval '1 microsecond'`
    : sql`now()`;
  // Registrations and exits counted once per city and week; the active count is their running
  // difference (a case is active at a week's end if registered before it and not yet gone).
  const result: unknown = await db.execute(sql`
    with scoped as (
      select ${cases.municipalityCode} as city, ${cases.registeredAt} as registered_at,
             least(${cases.withdrawnAt}, ${cases.completedAt}) as left_at
      from ${cases} where ${p.where}
    ), weeks as (
      select generate_series(date_trunc('week', min(registered_at)), date_trunc('week', ${until}), interval '1 week') as week
      from scoped
    ), cities as (select distinct city from scoped),
    registered as (
      select city, date_trunc('week', registered_at) as week, count(*) as n from scoped group by 1, 2
    ), exits as (
      select city, date_trunc('week', left_at) as week, count(*) as n from scoped
      where left_at is not null group by 1, 2
    )
    select c.city as "municipalityCode", to_char(w.week, 'YYYY-MM-DD') as week,
      coalesce(r.n, 0)::int as registered,
      (sum(coalesce(r.n, 0)) over running - sum(coalesce(x.n, 0)) over running)::int as active
    from weeks w cross join cities c
    left join registered r on r.city = c.city and r.week = w.week
    left join exits x on x.city = c.city and x.week = w.week
    window running as (partition by c.city order by w.week)
    order by w.week, c.city`);
  return (
    result as {
      rows: Array<{ municipalityCode: string; week: string; registered: number; active: number }>;
    }
  ).rows;
}

/** Active cases of the scope whose next step is due in a date range, or that went quiet. */
export async function agendaCases(
  db: Executor,
  f: {
    programId: string;
    scope: SQL;
    today: string;
    kind: 'overdue' | 'dueSoon' | 'stalled';
    stalledBefore: string;
    limit: number;
  },
) {
  const base = [eq(cases.programId, f.programId), f.scope, eq(cases.status, 'active')];
  const soonUntil = sql`${f.today}::date + 7`;
  const condition =
    f.kind === 'overdue'
      ? sql`${cases.nextStepDueOn} < ${f.today}::date`
      : f.kind === 'dueSoon'
        ? sql`${cases.nextStepDueOn} between ${f.today}::date and ${soonUntil}`
        : sql`coalesce(${cases.lastEncounterOn}, ${cases.registeredAt}::date) <= ${f.stalledBefore}::date`;
  const order =
    f.kind === 'stalled'
      ? sql`coalesce(${cases.lastEncounterOn}, ${cases.registeredAt}::date) asc`
      : sql`${cases.nextStepDueOn} asc`;
  const where = and(...base, condition);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        ...cardFields,
        nextStep: cases.nextStep,
        nextStepDueOn: cases.nextStepDueOn,
        daysSinceContact: sql<number>`(${f.today}::date - coalesce(${cases.lastEncounterOn}, ${cases.registeredAt}::date))::int`,
      })
      .from(cases)
      .leftJoin(facilitator, eq(facilitator.id, cases.facilitatorId))
      .where(where)
      .orderBy(order, asc(cases.businessName))
      .limit(f.limit),
    db.select({ n: count() }).from(cases).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Each facilitator's load within the scope: active, stalled, overdue, withdrawn lately. */
export async function facilitatorLoads(
  db: Executor,
  f: { programId: string; scope: SQL; today: string; stalledBefore: string },
) {
  return db
    .select({
      userId: cases.facilitatorId,
      name: facilitator.name,
      active: sql<number>`count(*) filter (where ${cases.status} = 'active')::int`,
      stalled: sql<number>`count(*) filter (where ${cases.status} = 'active' and coalesce(${cases.lastEncounterOn}, ${cases.registeredAt}::date) <= ${f.stalledBefore}::date)::int`,
      overdue: sql<number>`count(*) filter (where ${cases.status} = 'active' and ${cases.nextStepDueOn} < ${f.today}::date)::int`,
      withdrawnLast30Days: sql<number>`count(*) filter (where ${cases.status} = 'withdrawn' and ${cases.withdrawnAt} >= ${f.today}::date - 30)::int`,
    })
    .from(cases)
    .leftJoin(facilitator, eq(facilitator.id, cases.facilitatorId))
    .where(and(eq(cases.programId, f.programId), f.scope))
    .groupBy(cases.facilitatorId, facilitator.name)
    .orderBy(asc(facilitator.name));
}

export async function insertAttachment(
  db: Executor,
  values: typeof encounterAttachments.$inferInsert,
) {
  const [row] = await db
    .insert(encounterAttachments)
    .values(values)
    .returning({ id: encounterAttachments.id });
  return row!.id;
}

export async function attachmentsOf(db: Executor, caseId: string) {
  return db
    .select()
    .from(encounterAttachments)
    .where(eq(encounterAttachments.caseId, caseId))
    .orderBy(asc(encounterAttachments.createdAt));
}

export async function findEncounter(
  db: Executor,
  options: { caseId: string; encounterId: string },
) {
  const [row] = await db
    .select({ id: encounters.id })
    .from(encounters)
    .where(and(eq(encounters.id, options.encounterId), eq(encounters.caseId, options.caseId)))
    .limit(1);
  return row ?? null;
}
