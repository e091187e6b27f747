import { rankMentors } from '../../../shared/domain/mentors/suggest.ts';
import type {
  TAssignMentorBody,
  TCaseMentor,
  TMentor,
  TMentorProfileBody,
  TMentorQueue,
  TMentorQueueQuery,
} from '../../../shared/schemas/mentors.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, invalidFields, notFound } from '../../http/errors.ts';
import { requireOpen } from '../assessment/assessment.service.ts';
import { loadQuestionnaire } from '../assessment/questionnaire.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { caseScope } from '../cases/cases.policy.ts';
import { insertEvents } from '../cases/cases.repo.ts';
import { requireCase } from '../cases/cases.service.ts';
import { listProgramCities } from '../programs/programs.repo.ts';
import * as repo from './mentors.repo.ts';

/** Roles that assign mentors and read the queue; they see every mentor of the program. */
export const MENTOR_ASSIGNERS = ['admin', 'coordinator', 'supervisor', 'case_coordinator'] as const;
/** Capacity of a mentor whose profile is not filled in yet. */
export const DEFAULT_MENTOR_CAPACITY = 3;

function mentorOut(r: repo.MentorRow): TMentor {
  const p = r.profile;
  return {
    userId: r.userId,
    name: r.name,
    email: r.email,
    hasProfile: p !== null,
    levers: p?.levers ?? [],
    cities: p?.cities ?? [],
    remote: p?.remote ?? false,
    capacity: p?.capacity ?? DEFAULT_MENTOR_CAPACITY,
    availability: p?.availability ?? '',
    organization: p?.organization ?? '',
    organizationKind: (p?.organizationKind ?? 'other') as TMentor['organizationKind'],
    active: r.active,
  };
}

export async function listMentors(options: { db: Db; access: ProgramAccess }) {
  const rows = await repo.mentorsOf(options.db, options.access.programId);
  return { items: rows.map(mentorOut) };
}

/** A mentor reads and edits their own profile only; assigners read every one. */
function requireSelfOrAssigner(access: ProgramAccess, userId: string) {
  if (access.role === 'mentor' && access.userId !== userId) throw notFound();
}

export async function getMentor(options: { db: Executor; access: ProgramAccess; userId: string }) {
  requireSelfOrAssigner(options.access, options.userId);
  const [row] = await repo.mentorsOf(options.db, options.access.programId, [options.userId]);
  if (!row) throw notFound();
  return mentorOut(row);
}

/** Saves a mentor's profile: levers of the questionnaire, cities of the program. */
export async function saveMentorProfile(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  userId: string;
  body: TMentorProfileBody;
}) {
  const { access, body, userId } = options;
  requireSelfOrAssigner(access, userId);
  await options.db.transaction(async (tx) => {
    const [row] = await repo.mentorsOf(tx, access.programId, [userId]);
    if (!row) throw notFound();
    const questionnaire = await loadQuestionnaire(tx, access.programId);
    const levers = new Set(questionnaire.definition.levers.map((l) => l.id));
    const cities = new Set(
      (await listProgramCities(tx, access.programId)).map((c) => c.municipalityCode),
    );
    const problems = [
      ...body.levers.flatMap((l, i) =>
        levers.has(l) ? [] : [{ path: `levers.${i}`, code: 'unknown_lever' }],
      ),
      ...body.cities.flatMap((c, i) =>
        cities.has(c) ? [] : [{ path: `cities.${i}`, code: 'not_program_city' }],
      ),
    ];
    if (problems.length > 0) throw invalidFields(problems);
    const values = {
      ...body,
      levers: [...new Set(body.levers)],
      cities: [...new Set(body.cities)].sort(),
    };
    await repo.upsertProfile(tx, { programId: access.programId, userId, ...values });
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'mentor.profile',
      entityType: 'user',
      entityId: userId,
      programId: access.programId,
      before: row.profile
        ? { capacity: row.profile.capacity, levers: row.profile.levers, cities: row.profile.cities }
        : null,
      after: { capacity: values.capacity, levers: values.levers, cities: values.cities },
    });
  });
  return getMentor(options);
}

/** Plans that need a mentor and have none, oldest first, each with its best mentors and why. */
export async function mentorQueue(options: {
  db: Db;
  access: ProgramAccess;
  query: TMentorQueueQuery;
}): Promise<TMentorQueue> {
  const { db, access, query } = options;
  const [rows, mentors] = await Promise.all([
    repo.waitingPlans(db, {
      programId: access.programId,
      scope: caseScope(access),
      ...(query.municipalityCode ? { municipalityCode: query.municipalityCode } : {}),
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    repo.mentorsOf(db, access.programId),
  ]);
  const candidates = mentors.map(mentorOut);
  return {
    items: rows.map((r) => ({
      caseId: r.caseId,
      businessName: r.businessName,
      ownerName: r.ownerName,
      municipalityCode: r.municipalityCode,
      localityCode: r.localityCode,
      overallLevel: r.overallLevel,
      planCreatedAt: r.planCreatedAt.toISOString(),
      levers: r.levers,
      suggestions: rankMentors(
        { levers: r.levers, municipalityCode: r.municipalityCode },
        candidates,
      ),
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: rows[0]?.total ?? 0,
  };
}

const canAssign = (access: ProgramAccess) =>
  (MENTOR_ASSIGNERS as readonly string[]).includes(access.role);

export async function getCaseMentor(options: {
  db: Executor;
  access: ProgramAccess;
  caseId: string;
}): Promise<TCaseMentor> {
  const { db, access } = options;
  const row = await requireCase(db, access, options.caseId);
  const [history, levers] = await Promise.all([
    repo.assignmentHistory(db, row.id),
    repo.leversOfCurrentPlan(db, row.id),
  ]);
  const current = history.find((h) => h.endedAt === null && h.mentorId === row.mentorId);
  let mentorName = current?.mentorName ?? null;
  if (row.mentorId && mentorName === null) {
    // A mentor set before assignments were kept has no history row.
    const [m] = await repo.mentorsOf(db, access.programId, [row.mentorId]);
    mentorName = m?.name ?? '';
  }
  const suggestions =
    canAssign(access) && row.status === 'active' && levers !== null && row.mentorId === null
      ? rankMentors(
          { levers, municipalityCode: row.municipalityCode },
          (await repo.mentorsOf(db, access.programId)).map(mentorOut),
        )
      : [];
  return {
    caseId: row.id,
    needsMentor: row.needsMentor,
    hasPlan: levers !== null,
    mentor: row.mentorId ? { userId: row.mentorId, name: mentorName ?? '' } : null,
    history: history.map((h) => ({
      mentorId: h.mentorId,
      mentorName: h.mentorName,
      assignedAt: h.assignedAt.toISOString(),
      assignedByName: h.assignedByName,
      endedAt: h.endedAt?.toISOString() ?? null,
      endedByName: h.endedByName,
      endReason: h.endReason,
    })),
    levers: levers ?? [],
    suggestions,
  };
}

/**
 * Assigns a mentor to a case, changes it, or ends the assignment (`mentorId` null). The mentor
 * must reach the business (serve its city or mentor remotely) and have a free place: the
 * mentor's membership is locked while counting, so two assignments at once cannot both take the
 * last place. Ending or changing a mentor needs a reason; the history keeps every assignment.
 */
export async function assignMentor(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: TAssignMentorBody;
}) {
  const { actor, access, body } = options;
  await options.db.transaction(async (tx) => {
    const row = await requireCase(tx, access, options.caseId, true);
    requireOpen(row);
    if (body.mentorId === null && row.mentorId === null) throw new AppError('no_mentor');
    if (body.mentorId !== null && body.mentorId === row.mentorId)
      throw invalidFields([{ path: 'mentorId', code: 'already_mentor' }]);
    if (row.mentorId !== null && body.reason.length < 3)
      throw invalidFields([{ path: 'reason', code: 'reason_required' }]);
    let mentorName: string | null = null;
    if (body.mentorId !== null) {
      if (!(await repo.lockMentor(tx, access.programId, body.mentorId)))
        throw invalidFields([{ path: 'mentorId', code: 'not_program_mentor' }]);
      const [m] = await repo.mentorsOf(tx, access.programId, [body.mentorId]);
      if (!m) throw invalidFields([{ path: 'mentorId', code: 'not_program_mentor' }]);
      const mentor = mentorOut(m);
      if (!mentor.remote && !mentor.cities.includes(row.municipalityCode))
        throw invalidFields([
          { path: 'mentorId', code: 'mentor_out_of_reach', params: { name: mentor.name } },
        ]);
      if (mentor.active >= mentor.capacity)
        throw new AppError('mentor_full', {
          params: { name: mentor.name, capacity: mentor.capacity },
        });
      mentorName = mentor.name;
    }
    const at = new Date();
    const [previous] = row.mentorId
      ? await repo.mentorsOf(tx, access.programId, [row.mentorId])
      : [];
    if (row.mentorId !== null)
      await repo.endAssignment(tx, {
        caseId: row.id,
        endedBy: actor.userId,
        reason: body.reason,
        at,
      });
    if (body.mentorId !== null)
      await repo.insertAssignment(tx, {
        businessId: row.businessId,
        caseId: row.id,
        programId: row.programId,
        mentorId: body.mentorId,
        assignedAt: at,
        assignedBy: actor.userId,
      });
    await repo.setCaseMentor(tx, row.id, body.mentorId);
    await insertEvents(tx, [
      {
        businessId: row.businessId,
        caseId: row.id,
        programId: row.programId,
        kind: 'assigned',
        at,
        actorId: actor.userId,
        detail: {
          role: 'mentor',
          fromName: previous?.name ?? null,
          toName: mentorName,
          ...(body.reason ? { note: body.reason } : {}),
        },
      },
    ]);
    await recordAudit({
      tx,
      actor,
      action: body.mentorId === null ? 'mentor.unassign' : 'mentor.assign',
      entityType: 'case',
      entityId: row.id,
      programId: row.programId,
      businessId: row.businessId,
      before: { mentorId: row.mentorId },
      after: { mentorId: body.mentorId, reason: body.reason || undefined },
    });
  });
  return getCaseMentor(options);
}
