import { and, asc, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { anyOf } from '../../db/bulk.ts';
import type { Executor } from '../../db/client.ts';
import { cases, owners } from '../cases/cases.table.ts';
import {
  trainingEnrollments,
  trainingModules,
  trainingSessions,
  trainingTracks,
} from './training.table.ts';

// ---------- modules ----------

/** The program's modules (or some of them), with how many sessions each has. */
export async function modulesOf(db: Executor, programId: string, ids?: string[]) {
  return db
    .select({
      module: trainingModules,
      sessions: sql<number>`(select count(*)::int from ${trainingSessions} where ${trainingSessions.moduleId} = ${trainingModules.id})`,
    })
    .from(trainingModules)
    .where(
      and(
        eq(trainingModules.programId, programId),
        ids ? anyOf(trainingModules.id, ids, 'uuid') : undefined,
      ),
    )
    .orderBy(asc(trainingModules.title), asc(trainingModules.id));
}
export type ModuleRow = Awaited<ReturnType<typeof modulesOf>>[number];

export async function insertModule(db: Executor, values: typeof trainingModules.$inferInsert) {
  const [row] = await db
    .insert(trainingModules)
    .values(values)
    .returning({ id: trainingModules.id });
  return row!.id;
}

export async function updateModule(
  db: Executor,
  f: { id: string; version: number; values: Partial<typeof trainingModules.$inferInsert> },
) {
  const rows = await db
    .update(trainingModules)
    .set({ ...f.values, version: f.version + 1, updatedAt: new Date() })
    .where(and(eq(trainingModules.id, f.id), eq(trainingModules.version, f.version)))
    .returning({ id: trainingModules.id });
  return rows.length > 0;
}

export async function deleteModule(db: Executor, id: string) {
  await db.delete(trainingModules).where(eq(trainingModules.id, id));
}

/** Tracks of the program that include the module. */
export async function tracksWithModule(db: Executor, programId: string, moduleId: string) {
  return db
    .select({ id: trainingTracks.id, name: trainingTracks.name })
    .from(trainingTracks)
    .where(
      and(
        eq(trainingTracks.programId, programId),
        sql`${moduleId}::uuid = any(${trainingTracks.moduleIds})`,
      ),
    );
}

// ---------- tracks ----------

export async function tracksOf(db: Executor, programId: string, id?: string) {
  return db
    .select()
    .from(trainingTracks)
    .where(
      and(
        eq(trainingTracks.programId, programId),
        id === undefined ? undefined : eq(trainingTracks.id, id),
      ),
    )
    .orderBy(asc(trainingTracks.name), asc(trainingTracks.id));
}
export type TrackRow = Awaited<ReturnType<typeof tracksOf>>[number];

export async function insertTrack(db: Executor, values: typeof trainingTracks.$inferInsert) {
  const [row] = await db.insert(trainingTracks).values(values).returning({ id: trainingTracks.id });
  return row!.id;
}

export async function updateTrack(
  db: Executor,
  f: { id: string; version: number; values: Partial<typeof trainingTracks.$inferInsert> },
) {
  const rows = await db
    .update(trainingTracks)
    .set({ ...f.values, version: f.version + 1, updatedAt: new Date() })
    .where(and(eq(trainingTracks.id, f.id), eq(trainingTracks.version, f.version)))
    .returning({ id: trainingTracks.id });
  return rows.length > 0;
}

export async function deleteTrack(db: Executor, id: string) {
  await db.delete(trainingTracks).where(eq(trainingTracks.id, id));
}

// ---------- sessions ----------

const sessionFields = {
  session: trainingSessions,
  moduleTitle: trainingModules.title,
  format: trainingModules.format,
  enrolled: sql<number>`(select count(*)::int from ${trainingEnrollments} where ${trainingEnrollments.sessionId} = ${trainingSessions.id})`,
};

/** Sessions that start in [from, to), optionally of one module. */
export async function sessionsBetween(
  db: Executor,
  f: { programId: string; from: Date; to: Date; moduleId?: string },
) {
  return db
    .select(sessionFields)
    .from(trainingSessions)
    .innerJoin(trainingModules, eq(trainingModules.id, trainingSessions.moduleId))
    .where(
      and(
        eq(trainingSessions.programId, f.programId),
        sql`${trainingSessions.startsAt} >= ${f.from.toISOString()}`,
        lt(trainingSessions.startsAt, f.to),
        f.moduleId ? eq(trainingSessions.moduleId, f.moduleId) : undefined,
      ),
    )
    .orderBy(asc(trainingSessions.startsAt), asc(trainingSessions.id));
}
export type SessionRow = Awaited<ReturnType<typeof sessionsBetween>>[number];

export async function findSession(db: Executor, programId: string, id: string) {
  const [row] = await db
    .select(sessionFields)
    .from(trainingSessions)
    .innerJoin(trainingModules, eq(trainingModules.id, trainingSessions.moduleId))
    .where(and(eq(trainingSessions.programId, programId), eq(trainingSessions.id, id)))
    .limit(1);
  return row ?? null;
}

/**
 * Locks the session row until the transaction ends: enrollments of one session are decided one at
 * a time, so its capacity holds under concurrency. Returns the session, or null.
 */
export async function lockSession(db: Executor, programId: string, id: string) {
  const [row] = await db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.programId, programId), eq(trainingSessions.id, id)))
    .for('update');
  return row ?? null;
}

export async function insertSession(db: Executor, values: typeof trainingSessions.$inferInsert) {
  const [row] = await db
    .insert(trainingSessions)
    .values(values)
    .returning({ id: trainingSessions.id });
  return row!.id;
}

export async function updateSession(
  db: Executor,
  f: { id: string; version: number; values: Partial<typeof trainingSessions.$inferInsert> },
) {
  const rows = await db
    .update(trainingSessions)
    .set({ ...f.values, version: f.version + 1, updatedAt: new Date() })
    .where(and(eq(trainingSessions.id, f.id), eq(trainingSessions.version, f.version)))
    .returning({ id: trainingSessions.id });
  return rows.length > 0;
}

// ---------- enrollments ----------

/** The session's enrollments of cases matching `scope` (a condition on `cases`). */
export async function enrollmentsOf(db: Executor, sessionId: string, scope: SQL) {
  return db
    .select({
      caseId: trainingEnrollments.caseId,
      businessName: cases.businessName,
      ownerName: cases.ownerName,
      municipalityCode: cases.municipalityCode,
      attendance: trainingEnrollments.attendance,
      minutes: trainingEnrollments.minutes,
    })
    .from(trainingEnrollments)
    .innerJoin(cases, eq(cases.id, trainingEnrollments.caseId))
    .where(and(eq(trainingEnrollments.sessionId, sessionId), scope))
    .orderBy(asc(cases.businessName), asc(cases.id));
}

/** How many cases the session has, and which of these are among them. */
export async function enrolledIn(db: Executor, sessionId: string) {
  return db
    .select({ caseId: trainingEnrollments.caseId, attendance: trainingEnrollments.attendance })
    .from(trainingEnrollments)
    .where(eq(trainingEnrollments.sessionId, sessionId));
}

export async function insertEnrollments(
  db: Executor,
  rows: Array<typeof trainingEnrollments.$inferInsert>,
) {
  if (rows.length > 0) await db.insert(trainingEnrollments).values(rows).onConflictDoNothing();
}

export async function deleteEnrollment(db: Executor, sessionId: string, caseId: string) {
  await db
    .delete(trainingEnrollments)
    .where(
      and(eq(trainingEnrollments.sessionId, sessionId), eq(trainingEnrollments.caseId, caseId)),
    );
}

export async function setAttendance(
  db: Executor,
  f: {
    sessionId: string;
    caseId: string;
    attendance: string;
    minutes: number;
    recordedBy: string | null;
  },
) {
  await db
    .update(trainingEnrollments)
    .set({
      attendance: f.attendance,
      minutes: f.minutes,
      recordedBy: f.recordedBy,
      recordedAt: new Date(),
    })
    .where(
      and(eq(trainingEnrollments.sessionId, f.sessionId), eq(trainingEnrollments.caseId, f.caseId)),
    );
}

/** The cases named, within the scope, with their business and status. */
export async function casesFor(
  db: Executor,
  f: { programId: string; scope: SQL; caseIds: string[] },
) {
  return db
    .select({ id: cases.id, businessId: cases.businessId, status: cases.status })
    .from(cases)
    .where(and(eq(cases.programId, f.programId), f.scope, anyOf(cases.id, f.caseIds, 'uuid')));
}

// ---------- progress ----------

/** One case's enrollments with their session and module, latest first. */
export async function enrollmentsOfCase(db: Executor, programId: string, caseId: string) {
  return db
    .select({
      sessionId: trainingSessions.id,
      moduleId: trainingSessions.moduleId,
      moduleTitle: trainingModules.title,
      startsAt: trainingSessions.startsAt,
      durationMinutes: trainingSessions.durationMinutes,
      attendance: trainingEnrollments.attendance,
      minutes: trainingEnrollments.minutes,
    })
    .from(trainingEnrollments)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingEnrollments.sessionId))
    .innerJoin(trainingModules, eq(trainingModules.id, trainingSessions.moduleId))
    .where(
      and(eq(trainingEnrollments.programId, programId), eq(trainingEnrollments.caseId, caseId)),
    )
    .orderBy(desc(trainingSessions.startsAt), desc(trainingSessions.id));
}

/**
 * Minutes attended as present per case and module, for some modules, in one query: for the
 * given cases, or for every case matching `scope` (enrolled in a session of those modules).
 */
export async function minutesByCaseAndModule(
  db: Executor,
  f: { programId: string; moduleIds: string[]; caseIds?: string[] },
) {
  if (f.moduleIds.length === 0 || (f.caseIds && f.caseIds.length === 0)) return [];
  return db
    .select({
      caseId: trainingEnrollments.caseId,
      moduleId: trainingSessions.moduleId,
      minutes: sql<number>`coalesce(sum(${trainingEnrollments.minutes}) filter (where ${trainingEnrollments.attendance} = 'present'), 0)::int`,
    })
    .from(trainingEnrollments)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingEnrollments.sessionId))
    .where(
      and(
        eq(trainingEnrollments.programId, f.programId),
        anyOf(trainingSessions.moduleId, f.moduleIds, 'uuid'),
        f.caseIds ? anyOf(trainingEnrollments.caseId, f.caseIds, 'uuid') : undefined,
      ),
    )
    .groupBy(trainingEnrollments.caseId, trainingSessions.moduleId);
}

/**
 * For the report: each case in scope enrolled in a session of the modules, per module, with the
 * minutes attended as present and whether it was present at all, and the case's city, owner's
 * sex and priority groups.
 */
export async function enrolledCasesOfModules(
  db: Executor,
  f: {
    programId: string;
    moduleIds: string[];
    scope: SQL;
    municipalityCode?: string;
    /** Only sessions that started before this moment (null: all). */
    before?: Date | null;
  },
) {
  if (f.moduleIds.length === 0) return [];
  return db
    .select({
      caseId: cases.id,
      municipalityCode: cases.municipalityCode,
      priorityGroups: cases.priorityGroups,
      sex: sql<
        string | null
      >`(select ${owners.sex} from ${owners} where ${owners.businessId} = ${cases.businessId} order by ${owners.createdAt} limit 1)`,
      moduleId: trainingSessions.moduleId,
      minutes: sql<number>`coalesce(sum(${trainingEnrollments.minutes}) filter (where ${trainingEnrollments.attendance} = 'present'), 0)::int`,
      present: sql<boolean>`bool_or(${trainingEnrollments.attendance} = 'present')`,
    })
    .from(trainingEnrollments)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingEnrollments.sessionId))
    .innerJoin(cases, eq(cases.id, trainingEnrollments.caseId))
    .where(
      and(
        eq(trainingEnrollments.programId, f.programId),
        anyOf(trainingSessions.moduleId, f.moduleIds, 'uuid'),
        f.scope,
        f.municipalityCode ? eq(cases.municipalityCode, f.municipalityCode) : undefined,
        f.before ? sql`${trainingSessions.startsAt} < ${f.before.toISOString()}` : undefined,
      ),
    )
    .groupBy(
      cases.id,
      cases.businessId,
      cases.municipalityCode,
      cases.priorityGroups,
      trainingSessions.moduleId,
    );
}
