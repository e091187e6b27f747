import { attendedMinutes } from '../../../shared/domain/training/completion.ts';
import type {
  TAttendanceBody,
  TEnrollBody,
  TTrainingSession,
  TTrainingSessionBody,
  TTrainingSessionDetail,
  TTrainingSessionQuery,
} from '../../../shared/schemas/training.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, invalidFields, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { caseScope } from '../cases/cases.policy.ts';
import * as repo from './training.repo.ts';

/** Calendar days are Colombian days. */
const OFFSET = '-05:00';
const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00${OFFSET}`);
const DAY_MS = 86_400_000;

function sessionOut(r: repo.SessionRow, now = Date.now()): TTrainingSession {
  const s = r.session;
  return {
    id: s.id,
    version: s.version,
    moduleId: s.moduleId,
    moduleTitle: r.moduleTitle,
    format: r.format as TTrainingSession['format'],
    startsAt: s.startsAt.toISOString(),
    endsAt: new Date(s.startsAt.getTime() + s.durationMinutes * 60_000).toISOString(),
    durationMinutes: s.durationMinutes,
    place: s.place,
    link: s.link,
    trainerName: s.trainerName,
    capacity: s.capacity,
    enrolled: r.enrolled,
    started: s.startsAt.getTime() <= now,
  };
}

/** Sessions starting between two days (Colombian time), of one module or all. */
export async function listSessions(options: {
  db: Executor;
  access: ProgramAccess;
  query: TTrainingSessionQuery;
}) {
  const { db, access, query } = options;
  const rows = await repo.sessionsBetween(db, {
    programId: access.programId,
    from: dayStart(query.from),
    to: new Date(dayStart(query.to).getTime() + DAY_MS),
    ...(query.moduleId ? { moduleId: query.moduleId } : {}),
  });
  return { items: rows.map((r) => sessionOut(r)) };
}

/** A session with the enrollments of the cases in the caller's scope. */
export async function getSession(options: {
  db: Executor;
  access: ProgramAccess;
  sessionId: string;
}): Promise<TTrainingSessionDetail> {
  const { db, access } = options;
  const row = await repo.findSession(db, access.programId, options.sessionId);
  if (!row) throw notFound();
  const enrollments = await repo.enrollmentsOf(db, row.session.id, caseScope(access));
  return {
    ...sessionOut(row),
    enrollments: enrollments.map((e) => ({
      ...e,
      attendance: e.attendance as TTrainingSessionDetail['enrollments'][number]['attendance'],
    })),
  };
}

/** The module must be the program's; in person needs a place, virtual a link. */
async function checkSession(tx: Executor, programId: string, body: TTrainingSessionBody) {
  const [module] = await repo.modulesOf(tx, programId, [body.moduleId]);
  if (!module) throw invalidFields([{ path: 'moduleId', code: 'unknown_module' }]);
  if (module.module.format === 'in_person' && body.place === '')
    throw invalidFields([{ path: 'place', code: 'place_required' }]);
  if (module.module.format === 'virtual' && body.link === '')
    throw invalidFields([{ path: 'link', code: 'link_not_url' }]);
}

function sessionValues(body: TTrainingSessionBody) {
  return {
    moduleId: body.moduleId,
    startsAt: new Date(body.startsAt),
    durationMinutes: body.durationMinutes,
    place: body.place,
    link: body.link,
    trainerName: body.trainerName,
    capacity: body.capacity,
  };
}

export async function createSession(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  body: TTrainingSessionBody;
}) {
  const { access, body } = options;
  const id = await options.db.transaction(async (tx) => {
    await checkSession(tx, access.programId, body);
    const values = sessionValues(body);
    const sessionId = await repo.insertSession(tx, {
      programId: access.programId,
      createdBy: options.actor.userId,
      ...values,
    });
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'training.session.create',
      entityType: 'training_session',
      entityId: sessionId,
      programId: access.programId,
      after: values,
    });
    return sessionId;
  });
  return getSession({ db: options.db, access, sessionId: id });
}

/**
 * Changes a session at the version read. Its places cannot drop below the cases enrolled, and its
 * module cannot change once cases are enrolled (their attendance counts for that module).
 */
export async function updateSession(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  sessionId: string;
  body: TTrainingSessionBody;
}) {
  const { access, body } = options;
  await options.db.transaction(async (tx) => {
    const current = await repo.lockSession(tx, access.programId, options.sessionId);
    if (!current) throw notFound();
    if (body.version !== current.version)
      throw new AppError('conflict', { params: { version: current.version } });
    await checkSession(tx, access.programId, body);
    const enrolled = (await repo.enrolledIn(tx, current.id)).length;
    const problems: Array<{ path: string; code: string; params?: Record<string, number> }> = [];
    if (body.capacity < enrolled)
      problems.push({ path: 'capacity', code: 'capacity_below_enrolled', params: { enrolled } });
    if (body.moduleId !== current.moduleId && enrolled > 0)
      problems.push({ path: 'moduleId', code: 'session_has_enrollments' });
    if (problems.length > 0) throw invalidFields(problems);
    const values = sessionValues(body);
    if (!(await repo.updateSession(tx, { id: current.id, version: current.version, values })))
      throw new AppError('conflict');
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'training.session.update',
      entityType: 'training_session',
      entityId: current.id,
      programId: access.programId,
      before: {
        startsAt: current.startsAt,
        durationMinutes: current.durationMinutes,
        capacity: current.capacity,
      },
      after: values,
    });
  });
  return getSession({ db: options.db, access, sessionId: options.sessionId });
}

/**
 * Enrolls active cases of the caller's scope (404 for any other). The session row stays locked
 * while the places are counted, so two enrollments at once cannot overfill it (409 session_full).
 * Cases already enrolled are left as they are.
 */
export async function enrollCases(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  sessionId: string;
  body: TEnrollBody;
}) {
  const { access, actor, body } = options;
  await options.db.transaction(async (tx) => {
    const session = await repo.lockSession(tx, access.programId, options.sessionId);
    if (!session) throw notFound();
    const found = await repo.casesFor(tx, {
      programId: access.programId,
      scope: caseScope(access),
      caseIds: body.caseIds,
    });
    const byId = new Map(found.map((c) => [c.id, c]));
    if (body.caseIds.some((id) => byId.get(id)?.status !== 'active')) throw notFound();
    const already = new Set((await repo.enrolledIn(tx, session.id)).map((e) => e.caseId));
    const fresh = body.caseIds.filter((id) => !already.has(id));
    if (already.size + fresh.length > session.capacity)
      throw new AppError('session_full', {
        params: { capacity: session.capacity, enrolled: already.size },
      });
    await repo.insertEnrollments(
      tx,
      fresh.map((caseId) => ({
        businessId: byId.get(caseId)!.businessId,
        sessionId: session.id,
        caseId,
        programId: access.programId,
        enrolledBy: actor.userId,
      })),
    );
    await recordAudit({
      tx,
      actor,
      action: 'training.session.enroll',
      entityType: 'training_session',
      entityId: session.id,
      programId: access.programId,
      before: { enrolled: already.size },
      after: { enrolled: already.size + fresh.length, caseIds: fresh },
    });
  });
  return getSession({ db: options.db, access, sessionId: options.sessionId });
}

/** Takes a case out of a session, while its attendance is still pending. */
export async function unenrollCase(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  sessionId: string;
  caseId: string;
}) {
  const { access } = options;
  await options.db.transaction(async (tx) => {
    const session = await repo.lockSession(tx, access.programId, options.sessionId);
    if (!session) throw notFound();
    const visible = await repo.enrollmentsOf(tx, session.id, caseScope(access));
    const enrollment = visible.find((e) => e.caseId === options.caseId);
    if (!enrollment) throw notFound();
    if (enrollment.attendance !== 'pending') throw new AppError('attendance_recorded');
    await repo.deleteEnrollment(tx, session.id, options.caseId);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'training.session.unenroll',
      entityType: 'training_session',
      entityId: session.id,
      programId: access.programId,
      before: { caseId: options.caseId },
    });
  });
  return getSession({ db: options.db, access, sessionId: options.sessionId });
}

/**
 * Records attendance of enrolled cases in the caller's scope. Only once the session has started
 * (anything but pending before is refused); present without minutes counts the whole session.
 */
export async function recordAttendance(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  sessionId: string;
  body: TAttendanceBody;
}) {
  const { access, actor, body } = options;
  await options.db.transaction(async (tx) => {
    const session = await repo.lockSession(tx, access.programId, options.sessionId);
    if (!session) throw notFound();
    const visible = new Map(
      (await repo.enrollmentsOf(tx, session.id, caseScope(access))).map((e) => [e.caseId, e]),
    );
    const started = session.startsAt.getTime() <= Date.now();
    const problems: Array<{ path: string; code: string; params?: Record<string, number> }> = [];
    body.items.forEach((item, i) => {
      if (!visible.has(item.caseId))
        problems.push({ path: `items.${i}.caseId`, code: 'not_enrolled' });
      if (!started && item.attendance !== 'pending')
        problems.push({ path: `items.${i}.attendance`, code: 'session_not_started' });
      if (item.minutes !== undefined && item.minutes > session.durationMinutes)
        problems.push({
          path: `items.${i}.minutes`,
          code: 'minutes_over_duration',
          params: { max: session.durationMinutes },
        });
    });
    if (problems.length > 0) throw invalidFields(problems);
    const changes = [];
    for (const item of body.items) {
      const minutes = attendedMinutes(item.attendance, item.minutes, session.durationMinutes);
      const before = visible.get(item.caseId)!;
      if (before.attendance === item.attendance && before.minutes === minutes) continue;
      await repo.setAttendance(tx, {
        sessionId: session.id,
        caseId: item.caseId,
        attendance: item.attendance,
        minutes,
        recordedBy: actor.userId,
      });
      changes.push({
        caseId: item.caseId,
        from: `${before.attendance}:${before.minutes}`,
        to: `${item.attendance}:${minutes}`,
      });
    }
    await recordAudit({
      tx,
      actor,
      action: 'training.session.attendance',
      entityType: 'training_session',
      entityId: session.id,
      programId: access.programId,
      after: { changes },
    });
  });
  return getSession({ db: options.db, access, sessionId: options.sessionId });
}
