import ical, { ICalEventStatus } from 'ical-generator';
import type { TSession, TSessionBody, TSessionQuery } from '../../../shared/schemas/mentors.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, forbidden, invalidFields, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { caseScope } from '../cases/cases.policy.ts';
import { findProgram } from '../programs/programs.repo.ts';
import * as repo from './mentors.repo.ts';
import { getMentor } from './mentors.service.ts';

/** Calendar days are Colombian days. */
const OFFSET = '-05:00';
const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00${OFFSET}`);
const DAY_MS = 86_400_000;

/** A mentor sees their own sessions; others the sessions with a case in their scope. */
function visibleTo(access: ProgramAccess) {
  return access.role === 'mentor'
    ? repo.sessionOfMentor(access.userId)
    : repo.sessionWithCaseIn(caseScope(access));
}

type SessionRow = NonNullable<Awaited<ReturnType<typeof repo.findSession>>>;
type AttendeeRow = Awaited<ReturnType<typeof repo.attendeesOf>>[number];

function sessionOut(r: SessionRow, attendees: AttendeeRow[]): TSession {
  const s = r.session;
  return {
    id: s.id,
    version: s.version,
    mentorId: s.mentorId,
    mentorName: r.mentorName,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    durationMinutes: Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000),
    mode: s.mode as TSession['mode'],
    place: s.place,
    link: s.link,
    agenda: s.agenda,
    kind: attendees.length > 1 ? 'group' : 'individual',
    status: s.status as TSession['status'],
    notes: s.notes,
    tasks: s.tasks,
    attendees: attendees.map((a) => ({
      caseId: a.caseId,
      businessName: a.businessName,
      ownerName: a.ownerName,
      attendance: a.attendance as TSession['attendees'][number]['attendance'],
    })),
  };
}

async function withAttendees(db: Executor, rows: SessionRow[]): Promise<TSession[]> {
  const attendees = await repo.attendeesOf(
    db,
    rows.map((r) => r.session.id),
  );
  const bySession = new Map<string, AttendeeRow[]>();
  for (const a of attendees) {
    const list = bySession.get(a.sessionId);
    if (list) list.push(a);
    else bySession.set(a.sessionId, [a]);
  }
  return rows.map((r) => sessionOut(r, bySession.get(r.session.id) ?? []));
}

/** The calendar: sessions starting between two days (Colombian time), of a mentor or all. */
export async function listSessions(options: {
  db: Db;
  access: ProgramAccess;
  query: TSessionQuery;
}) {
  const { db, access, query } = options;
  const rows = await repo.sessionsBetween(db, {
    programId: access.programId,
    from: dayStart(query.from),
    to: new Date(dayStart(query.to).getTime() + DAY_MS),
    ...(query.mentorId ? { mentorId: query.mentorId } : {}),
    visible: visibleTo(access),
  });
  return { items: await withAttendees(db, rows) };
}

async function getSession(db: Executor, access: ProgramAccess, id: string) {
  const row = await repo.findSession(db, access.programId, id, visibleTo(access));
  if (!row) throw notFound();
  return (await withAttendees(db, [row]))[0]!;
}

/**
 * Checks a session as written: the mentor's own mentees (active, in the caller's scope; cases
 * already in the session may stay), no overlap with another session of the mentor, and
 * attendance or "held" only once it has started. Returns the attendee rows.
 */
async function checkSession(
  tx: Executor,
  options: {
    access: ProgramAccess;
    body: TSessionBody;
    startsAt: Date;
    endsAt: Date;
    keep: Set<string>;
    exceptId?: string;
  },
) {
  const { access, body, startsAt, endsAt } = options;
  if (access.role === 'mentor' && body.mentorId !== access.userId) throw forbidden();
  if (!(await repo.lockMentor(tx, access.programId, body.mentorId)))
    throw invalidFields([{ path: 'mentorId', code: 'not_program_mentor' }]);
  const found = await repo.casesFor(tx, {
    programId: access.programId,
    scope: caseScope(access),
    caseIds: body.caseIds,
  });
  const byId = new Map(found.map((c) => [c.id, c]));
  const problems: Array<{ path: string; code: string }> = [];
  body.caseIds.forEach((id, i) => {
    const c = byId.get(id);
    if (!c) {
      if (!options.keep.has(id)) throw notFound();
      return;
    }
    if (options.keep.has(id)) return;
    if (c.mentorId !== body.mentorId || c.status !== 'active')
      problems.push({ path: `caseIds.${i}`, code: 'not_mentee' });
  });
  const started = startsAt.getTime() <= Date.now();
  if (!started && body.status === 'held')
    problems.push({ path: 'status', code: 'session_not_started' });
  if (!started)
    body.attendance.forEach((a, i) => {
      if (a.attendance !== 'pending')
        problems.push({ path: `attendance.${i}.attendance`, code: 'session_not_started' });
    });
  if (problems.length > 0) throw invalidFields(problems);
  if (body.status !== 'cancelled') {
    const clash = await repo.overlappingSession(tx, {
      mentorId: body.mentorId,
      startsAt,
      endsAt,
      ...(options.exceptId ? { exceptId: options.exceptId } : {}),
    });
    if (clash)
      throw new AppError('session_overlap', {
        params: { startsAt: clash.startsAt.toISOString(), endsAt: clash.endsAt.toISOString() },
      });
  }
  const attendance = new Map(body.attendance.map((a) => [a.caseId, a.attendance]));
  return (sessionId: string) =>
    body.caseIds.map((caseId) => ({
      sessionId,
      caseId,
      businessId: byId.get(caseId)?.businessId ?? '',
      attendance: attendance.get(caseId) ?? 'pending',
    }));
}

function sessionValues(body: TSessionBody, startsAt: Date, endsAt: Date) {
  return {
    mentorId: body.mentorId,
    startsAt,
    endsAt,
    mode: body.mode,
    place: body.place,
    link: body.link,
    agenda: body.agenda,
    status: body.status,
    notes: body.notes,
    tasks: body.tasks,
  };
}

function times(body: TSessionBody) {
  const startsAt = new Date(body.startsAt);
  return { startsAt, endsAt: new Date(startsAt.getTime() + body.durationMinutes * 60_000) };
}

/** Schedules a session of a mentor with one or several of their mentees. */
export async function createSession(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  body: TSessionBody;
}) {
  const { access, actor, body } = options;
  const id = await options.db.transaction(async (tx) => {
    const { startsAt, endsAt } = times(body);
    const attendees = await checkSession(tx, { access, body, startsAt, endsAt, keep: new Set() });
    const sessionId = await repo.insertSession(tx, {
      programId: access.programId,
      createdBy: actor.userId,
      ...sessionValues(body, startsAt, endsAt),
    });
    await repo.replaceAttendees(tx, sessionId, attendees(sessionId));
    await recordAudit({
      tx,
      actor,
      action: 'mentoring.session.create',
      entityType: 'mentoring_session',
      entityId: sessionId,
      programId: access.programId,
      after: { mentorId: body.mentorId, startsAt: body.startsAt, cases: body.caseIds.length },
    });
    return sessionId;
  });
  return getSession(options.db, access, id);
}

/** Changes a session at the version read: details, businesses, status, attendance, notes, tasks. */
export async function updateSession(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  sessionId: string;
  body: TSessionBody;
}) {
  const { access, actor, body } = options;
  await options.db.transaction(async (tx) => {
    const current = await getSession(tx, access, options.sessionId);
    if (body.version === undefined || body.version !== current.version)
      throw new AppError('conflict', { params: { version: current.version } });
    const { startsAt, endsAt } = times(body);
    const keep = new Set(current.attendees.map((a) => a.caseId));
    if (body.mentorId !== current.mentorId) keep.clear();
    const attendees = await checkSession(tx, {
      access,
      body,
      startsAt,
      endsAt,
      keep,
      exceptId: current.id,
    });
    const saved = await repo.updateSession(tx, {
      id: current.id,
      version: current.version,
      values: sessionValues(body, startsAt, endsAt),
    });
    if (!saved) throw new AppError('conflict');
    await repo.replaceAttendees(tx, current.id, await fillBusinesses(tx, attendees(current.id)));
    await recordAudit({
      tx,
      actor,
      action: 'mentoring.session.update',
      entityType: 'mentoring_session',
      entityId: current.id,
      programId: access.programId,
      before: {
        status: current.status,
        startsAt: current.startsAt,
        cases: current.attendees.length,
      },
      after: { status: body.status, startsAt: body.startsAt, cases: body.caseIds.length },
    });
  });
  return getSession(options.db, access, options.sessionId);
}

/** Attendees kept from before may be out of the caller's scope now: their business id is looked up. */
async function fillBusinesses(
  tx: Executor,
  rows: Array<{ sessionId: string; caseId: string; businessId: string; attendance: string }>,
) {
  const missing = rows.filter((r) => r.businessId === '').map((r) => r.caseId);
  if (missing.length === 0) return rows;
  const ids = new Map((await repo.businessesOfCases(tx, missing)).map((c) => [c.id, c.businessId]));
  return rows.map((r) => (r.businessId ? r : { ...r, businessId: ids.get(r.caseId)! }));
}

/** A mentor's sessions as an iCalendar file: 90 days back and a year ahead. */
export async function mentorCalendar(options: { db: Db; access: ProgramAccess; userId: string }) {
  const { db, access, userId } = options;
  const mentor = await getMentor({ db, access, userId });
  const program = await findProgram(db, access.programId);
  const now = Date.now();
  const rows = await repo.sessionsBetween(db, {
    programId: access.programId,
    from: new Date(now - 90 * DAY_MS),
    to: new Date(now + 366 * DAY_MS),
    mentorId: userId,
    visible: visibleTo(access),
  });
  const sessions = await withAttendees(db, rows);
  const calendar = ical({ name: `${program?.name ?? 'Palanca'} · ${mentor.name}` });
  for (const s of sessions)
    calendar.createEvent({
      id: `${s.id}@palanca`,
      start: new Date(s.startsAt),
      end: new Date(s.endsAt),
      summary: s.attendees.map((a) => a.businessName).join(', '),
      description: [s.agenda, s.link].filter(Boolean).join('\n\n'),
      location: s.mode === 'in_person' ? s.place : s.link || null,
      ...(s.link ? { url: s.link } : {}),
      status: s.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      sequence: s.version,
    });
  return { text: calendar.toString(), name: mentor.name };
}

/** A mentor's active mentees in the caller's scope, for the session form. */
export async function listMentees(options: { db: Db; access: ProgramAccess; userId: string }) {
  const { db, access, userId } = options;
  await getMentor({ db, access, userId });
  return {
    items: await repo.menteesOf(db, {
      programId: access.programId,
      mentorId: userId,
      scope: caseScope(access),
    }),
  };
}
