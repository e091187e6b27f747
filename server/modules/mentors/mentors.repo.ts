import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, gt, inArray, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import { anyOf } from '../../db/bulk.ts';
import type { Executor } from '../../db/client.ts';
import { plans, planActivities } from '../assessment/assessment.table.ts';
import { memberships, users } from '../auth/auth.table.ts';
import { cases } from '../cases/cases.table.ts';
import { serviceEntities, services } from '../services/services.table.ts';
import {
  caseExtraServices,
  mentorAssignments,
  mentoringSessions,
  mentorProfiles,
  sessionAttendees,
} from './mentors.table.ts';

// ---------- profiles ----------

/** The program's mentors (active users with the mentor role), their profile and active mentees. */
export async function mentorsOf(db: Executor, programId: string, userIds?: string[]) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      profile: mentorProfiles,
      active: sql<number>`(select count(*)::int from ${cases} where ${cases.programId} = ${programId} and ${cases.mentorId} = ${users.id} and ${cases.status} = 'active')`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      mentorProfiles,
      and(eq(mentorProfiles.programId, programId), eq(mentorProfiles.userId, users.id)),
    )
    .where(
      and(
        eq(memberships.programId, programId),
        eq(memberships.role, 'mentor'),
        isNull(users.disabledAt),
        userIds ? anyOf(users.id, userIds, 'uuid') : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
}
export type MentorRow = Awaited<ReturnType<typeof mentorsOf>>[number];

/**
 * Locks the mentor's membership until the transaction ends: assignments and sessions of one
 * mentor are decided one at a time, so capacity and overlaps hold under concurrency.
 */
export async function lockMentor(db: Executor, programId: string, userId: string) {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.programId, programId),
        eq(memberships.userId, userId),
        eq(memberships.role, 'mentor'),
      ),
    )
    .for('update');
  return rows.length > 0;
}

export async function upsertProfile(db: Executor, values: typeof mentorProfiles.$inferInsert) {
  const { programId: _p, userId: _u, ...set } = values;
  await db
    .insert(mentorProfiles)
    .values(values)
    .onConflictDoUpdate({
      target: [mentorProfiles.programId, mentorProfiles.userId],
      set: { ...set, updatedAt: new Date() },
    });
}

// ---------- queue ----------

/** Levers of the plan's mentor activities, else all its levers. */
const planLevers = sql<string[]>`coalesce(
  (select array_agg(distinct ${planActivities.lever} order by ${planActivities.lever}) from ${planActivities}
    where ${planActivities.planId} = ${plans.id} and ${planActivities.responsible} = 'mentor'),
  (select array_agg(distinct ${planActivities.lever} order by ${planActivities.lever}) from ${planActivities}
    where ${planActivities.planId} = ${plans.id}),
  '{}'::text[])`;

/** Active cases whose current plan needs a mentor and have none, oldest plan first. */
export async function waitingPlans(
  db: Executor,
  f: { programId: string; scope: SQL; municipalityCode?: string; limit: number; offset: number },
) {
  return db
    .select({
      caseId: cases.id,
      businessName: cases.businessName,
      ownerName: cases.ownerName,
      municipalityCode: cases.municipalityCode,
      localityCode: cases.localityCode,
      overallLevel: cases.overallLevel,
      planCreatedAt: plans.createdAt,
      levers: planLevers,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(cases)
    .innerJoin(plans, and(eq(plans.caseId, cases.id), eq(plans.isCurrent, true)))
    .where(
      and(
        eq(cases.programId, f.programId),
        f.scope,
        eq(cases.status, 'active'),
        eq(cases.needsMentor, true),
        isNull(cases.mentorId),
        f.municipalityCode ? eq(cases.municipalityCode, f.municipalityCode) : undefined,
      ),
    )
    .orderBy(asc(plans.createdAt), asc(cases.id))
    .limit(f.limit)
    .offset(f.offset);
}

/** The levers a case's current plan needs a mentor for (see `planLevers`). */
export async function leversOfCurrentPlan(db: Executor, caseId: string) {
  const [row] = await db
    .select({ levers: planLevers })
    .from(plans)
    .where(and(eq(plans.caseId, caseId), eq(plans.isCurrent, true)));
  return row ? row.levers : null;
}

// ---------- assignments ----------

const assigner = alias(users, 'assigner');
const ender = alias(users, 'ender');

export async function assignmentHistory(db: Executor, caseId: string) {
  return db
    .select({
      mentorId: mentorAssignments.mentorId,
      mentorName: users.name,
      assignedAt: mentorAssignments.assignedAt,
      assignedByName: assigner.name,
      endedAt: mentorAssignments.endedAt,
      endedByName: ender.name,
      endReason: mentorAssignments.endReason,
    })
    .from(mentorAssignments)
    .innerJoin(users, eq(users.id, mentorAssignments.mentorId))
    .leftJoin(assigner, eq(assigner.id, mentorAssignments.assignedBy))
    .leftJoin(ender, eq(ender.id, mentorAssignments.endedBy))
    .where(eq(mentorAssignments.caseId, caseId))
    .orderBy(sql`${mentorAssignments.assignedAt} desc`, sql`${mentorAssignments.id} desc`);
}

export async function endAssignment(
  db: Executor,
  values: { caseId: string; endedBy: string | null; reason: string; at: Date },
) {
  await db
    .update(mentorAssignments)
    .set({ endedAt: values.at, endedBy: values.endedBy, endReason: values.reason })
    .where(and(eq(mentorAssignments.caseId, values.caseId), isNull(mentorAssignments.endedAt)));
}

export async function insertAssignment(
  db: Executor,
  values: typeof mentorAssignments.$inferInsert,
) {
  await db.insert(mentorAssignments).values(values);
}

/** The case's mentor, for the scope; the case's version does not change. */
export async function setCaseMentor(db: Executor, caseId: string, mentorId: string | null) {
  await db.update(cases).set({ mentorId }).where(eq(cases.id, caseId));
}

// ---------- sessions ----------

const sessionFields = {
  session: mentoringSessions,
  mentorName: users.name,
};

/**
 * Sessions that start in [from, to), optionally of one mentor, limited by `visible` (a condition
 * on the session: the caller's own sessions or those with a case in scope).
 */
export async function sessionsBetween(
  db: Executor,
  f: { programId: string; from: Date; to: Date; mentorId?: string; visible: SQL },
) {
  return db
    .select(sessionFields)
    .from(mentoringSessions)
    .innerJoin(users, eq(users.id, mentoringSessions.mentorId))
    .where(
      and(
        eq(mentoringSessions.programId, f.programId),
        sql`${mentoringSessions.startsAt} >= ${f.from.toISOString()}`,
        lt(mentoringSessions.startsAt, f.to),
        f.mentorId ? eq(mentoringSessions.mentorId, f.mentorId) : undefined,
        f.visible,
      ),
    )
    .orderBy(asc(mentoringSessions.startsAt), asc(mentoringSessions.id));
}

export async function findSession(db: Executor, programId: string, id: string, visible: SQL) {
  const [row] = await db
    .select(sessionFields)
    .from(mentoringSessions)
    .innerJoin(users, eq(users.id, mentoringSessions.mentorId))
    .where(and(eq(mentoringSessions.programId, programId), eq(mentoringSessions.id, id), visible))
    .limit(1);
  return row ?? null;
}

/** A session of the same mentor, not cancelled, that overlaps [startsAt, endsAt). */
export async function overlappingSession(
  db: Executor,
  f: { mentorId: string; startsAt: Date; endsAt: Date; exceptId?: string },
) {
  const [row] = await db
    .select({ startsAt: mentoringSessions.startsAt, endsAt: mentoringSessions.endsAt })
    .from(mentoringSessions)
    .where(
      and(
        eq(mentoringSessions.mentorId, f.mentorId),
        ne(mentoringSessions.status, 'cancelled'),
        lt(mentoringSessions.startsAt, f.endsAt),
        gt(mentoringSessions.endsAt, f.startsAt),
        f.exceptId ? ne(mentoringSessions.id, f.exceptId) : undefined,
      ),
    )
    .orderBy(asc(mentoringSessions.startsAt))
    .limit(1);
  return row ?? null;
}

export async function insertSession(db: Executor, values: typeof mentoringSessions.$inferInsert) {
  const [row] = await db
    .insert(mentoringSessions)
    .values(values)
    .returning({ id: mentoringSessions.id });
  return row!.id;
}

export async function updateSession(
  db: Executor,
  f: { id: string; version: number; values: Partial<typeof mentoringSessions.$inferInsert> },
) {
  const rows = await db
    .update(mentoringSessions)
    .set({ ...f.values, version: f.version + 1, updatedAt: new Date() })
    .where(and(eq(mentoringSessions.id, f.id), eq(mentoringSessions.version, f.version)))
    .returning({ id: mentoringSessions.id });
  return rows.length > 0;
}

export async function replaceAttendees(
  db: Executor,
  sessionId: string,
  rows: Array<typeof sessionAttendees.$inferInsert>,
) {
  await db.delete(sessionAttendees).where(eq(sessionAttendees.sessionId, sessionId));
  if (rows.length > 0) await db.insert(sessionAttendees).values(rows);
}

export async function attendeesOf(db: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return db
    .select({
      sessionId: sessionAttendees.sessionId,
      caseId: sessionAttendees.caseId,
      attendance: sessionAttendees.attendance,
      businessName: cases.businessName,
      ownerName: cases.ownerName,
    })
    .from(sessionAttendees)
    .innerJoin(cases, eq(cases.id, sessionAttendees.caseId))
    .where(anyOf(sessionAttendees.sessionId, sessionIds, 'uuid'))
    .orderBy(asc(cases.businessName), asc(cases.id));
}

/** Sessions with at least one case matching `scope` (a condition on `cases`). */
export function sessionWithCaseIn(scope: SQL): SQL {
  return sql`exists (select 1 from ${sessionAttendees} inner join ${cases} on ${cases.id} = ${sessionAttendees.caseId}
    where ${sessionAttendees.sessionId} = ${mentoringSessions.id} and ${scope})`;
}

export function sessionOfMentor(mentorId: string): SQL {
  return eq(mentoringSessions.mentorId, mentorId);
}

/** The cases named, within the scope, with their mentor and status. */
export async function casesFor(
  db: Executor,
  f: { programId: string; scope: SQL; caseIds: string[] },
) {
  return db
    .select({
      id: cases.id,
      businessId: cases.businessId,
      mentorId: cases.mentorId,
      status: cases.status,
    })
    .from(cases)
    .where(and(eq(cases.programId, f.programId), f.scope, anyOf(cases.id, f.caseIds, 'uuid')));
}

export async function businessesOfCases(db: Executor, caseIds: string[]) {
  return db
    .select({ id: cases.id, businessId: cases.businessId })
    .from(cases)
    .where(anyOf(cases.id, caseIds, 'uuid'));
}

/** A mentor's active mentees. */
export async function menteesOf(
  db: Executor,
  f: { programId: string; mentorId: string; scope: SQL },
) {
  return db
    .select({
      caseId: cases.id,
      businessName: cases.businessName,
      ownerName: cases.ownerName,
      municipalityCode: cases.municipalityCode,
    })
    .from(cases)
    .where(
      and(
        eq(cases.programId, f.programId),
        eq(cases.mentorId, f.mentorId),
        eq(cases.status, 'active'),
        f.scope,
      ),
    )
    .orderBy(asc(cases.businessName), asc(cases.id));
}

// ---------- extra services ----------

const updater = alias(users, 'updater');

export async function extraServicesOf(db: Executor, caseId: string, id?: string) {
  return db
    .select({
      extra: caseExtraServices,
      serviceName: services.name,
      entityName: serviceEntities.name,
      updatedByName: updater.name,
    })
    .from(caseExtraServices)
    .leftJoin(services, eq(services.id, caseExtraServices.serviceId))
    .leftJoin(serviceEntities, eq(serviceEntities.id, services.entityId))
    .leftJoin(updater, eq(updater.id, caseExtraServices.updatedBy))
    .where(
      and(
        eq(caseExtraServices.caseId, caseId),
        id === undefined ? undefined : eq(caseExtraServices.id, id),
      ),
    )
    .orderBy(asc(caseExtraServices.createdAt), asc(caseExtraServices.id));
}

export async function insertExtraService(
  db: Executor,
  values: typeof caseExtraServices.$inferInsert,
) {
  const [row] = await db
    .insert(caseExtraServices)
    .values(values)
    .returning({ id: caseExtraServices.id });
  return row!.id;
}

export async function updateExtraService(
  db: Executor,
  f: {
    caseId: string;
    id: string;
    version: number;
    values: Partial<typeof caseExtraServices.$inferInsert>;
  },
) {
  const rows = await db
    .update(caseExtraServices)
    .set({ ...f.values, version: f.version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(caseExtraServices.caseId, f.caseId),
        eq(caseExtraServices.id, f.id),
        eq(caseExtraServices.version, f.version),
      ),
    )
    .returning({ id: caseExtraServices.id });
  return rows.length > 0;
}

/** Which of these ids are services of the program. */
export async function programServiceIds(db: Executor, programId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.programId, programId), inArray(services.id, ids)));
  return new Set(rows.map((r) => r.id));
}

// ---------- report ----------

/** Per city and lever: plans (active and completed cases) with an activity on it, and linked ones. */
export async function plansByCityAndLever(db: Executor, f: { programId: string; scope: SQL }) {
  // One row per plan and lever first (hash aggregation), then counted: much faster than
  // count(distinct …) over every activity.
  const result: unknown = await db.execute(sql`
    select city as "municipalityCode", lever, count(*)::int as plans,
           count(*) filter (where linked)::int as linked
    from (
      select ${cases.municipalityCode} as city, a.lever, p.id,
             bool_or(a.service_id is not null) as linked
      from ${cases}
      join ${plans} p on p.case_id = ${cases.id} and p.is_current
      join ${planActivities} a on a.plan_id = p.id
      where ${cases.programId} = ${f.programId} and ${f.scope} and ${cases.status} <> 'withdrawn'
      group by 1, 2, 3
    ) per_plan
    group by 1, 2`);
  return (
    result as {
      rows: Array<{ municipalityCode: string; lever: string; plans: number; linked: number }>;
    }
  ).rows;
}

/** Per city: plans that need a mentor (active and completed cases), and those with one. */
export async function mentorNeedByCity(db: Executor, f: { programId: string; scope: SQL }) {
  return db
    .select({
      municipalityCode: cases.municipalityCode,
      need: sql<number>`count(*)::int`,
      with: sql<number>`count(*) filter (where ${cases.mentorId} is not null)::int`,
    })
    .from(cases)
    .where(
      and(
        eq(cases.programId, f.programId),
        f.scope,
        ne(cases.status, 'withdrawn'),
        eq(cases.needsMentor, true),
        sql`${cases.planState} is not null`,
      ),
    )
    .groupBy(cases.municipalityCode)
    .orderBy(cases.municipalityCode);
}

/** Sessions held and scheduled per mentor (not cancelled), with a case in scope. */
export async function sessionsPerMentor(db: Executor, f: { programId: string; scope: SQL }) {
  return db
    .select({
      mentorId: mentoringSessions.mentorId,
      held: sql<number>`count(*) filter (where ${mentoringSessions.status} = 'held')::int`,
      scheduled: sql<number>`count(*) filter (where ${mentoringSessions.status} = 'scheduled')::int`,
    })
    .from(mentoringSessions)
    .where(and(eq(mentoringSessions.programId, f.programId), sessionWithCaseIn(f.scope)))
    .groupBy(mentoringSessions.mentorId);
}

/** Active mentees per mentor within the scope. */
export async function menteesPerMentor(db: Executor, f: { programId: string; scope: SQL }) {
  return db
    .select({ mentorId: cases.mentorId, active: sql<number>`count(*)::int` })
    .from(cases)
    .where(
      and(
        eq(cases.programId, f.programId),
        f.scope,
        eq(cases.status, 'active'),
        sql`${cases.mentorId} is not null`,
      ),
    )
    .groupBy(cases.mentorId);
}

export async function extraServiceCounts(db: Executor, f: { programId: string; scope: SQL }) {
  return db
    .select({
      kind: caseExtraServices.kind,
      status: caseExtraServices.status,
      count: sql<number>`count(*)::int`,
    })
    .from(caseExtraServices)
    .innerJoin(cases, eq(cases.id, caseExtraServices.caseId))
    .where(and(eq(caseExtraServices.programId, f.programId), f.scope))
    .groupBy(caseExtraServices.kind, caseExtraServices.status);
}
