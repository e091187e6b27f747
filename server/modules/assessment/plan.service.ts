import { isFinalStage } from '../../../shared/domain/cases/gates.ts';
import { dueOn, generatePlan, planProgress } from '../../../shared/domain/assessment/plan.ts';
import type {
  ActivityStatus,
  Level,
  Responsible,
  TPlan,
  TPlanActivity,
  TPlanBody,
} from '../../../shared/schemas/assessment.ts';
import { suggestServices } from '../../../shared/domain/services/suggest.ts';
import type { TService } from '../../../shared/schemas/services.ts';
import { programServiceIds } from '../mentors/mentors.repo.ts';
import { serviceIndexFor } from '../services/ecosystem.service.ts';
import type { TLocale } from '../../../shared/schemas/auth.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, invalidFields, notFound } from '../../http/errors.ts';
import { readUpload, requireDocument, storeByHash } from '../../storage/files.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { CaseRow } from '../cases/cases.repo.ts';
import { requireCase } from '../cases/cases.service.ts';
import { loadCaseSettings } from '../cases/settings.service.ts';
import * as repo from './assessment.repo.ts';
import { leverResults, requireOpen } from './assessment.service.ts';
import type { planActivities, plans } from './assessment.table.ts';
import { loadAssessmentSettings } from './questionnaire.service.ts';

const today = () => new Date().toISOString().slice(0, 10);

async function planOut(db: Executor, row: CaseRow, plan: repo.PlanRow): Promise<TPlan> {
  const activities = await repo.activitiesOf(db, plan.id);
  const evidence = await repo.evidenceOfPlan(db, plan.id);
  const settings = await loadAssessmentSettings(db, row.programId);
  const caseSettings = await loadCaseSettings(db, row.programId);
  const diagnosis = await repo.currentDiagnosis(db, row.id);
  const { services, index } = await serviceIndexFor(db, row.programId);
  const byId = new Map(services.map((s) => [s.id, s]));
  const levers = new Set([
    ...Object.keys(diagnosis?.levels ?? {}),
    ...activities.map((a) => a.activity.lever),
  ]);
  const progress = planProgress(
    activities.map((a) => ({ status: a.activity.status as ActivityStatus })),
    settings.completionPercent,
  );
  return {
    id: plan.id,
    caseId: row.id,
    diagnosisId: plan.diagnosisId,
    version: plan.version,
    weeks: plan.weeks,
    startsOn: plan.startsOn,
    presentedOn: plan.presentedOn,
    ownerPriorities: plan.ownerPriorities,
    needsMentor: row.needsMentor,
    createdAt: plan.createdAt.toISOString(),
    activities: activities.map(({ activity: a, recordedByName }) => ({
      id: a.id,
      position: a.position,
      lever: a.lever,
      title: a.title,
      description: a.description,
      week: a.week,
      dueOn: a.dueOn,
      responsible: a.responsible as Responsible,
      status: a.status as ActivityStatus,
      recordedOn: a.recordedOn,
      note: a.note,
      recordedByName,
      evidence: evidence
        .filter((e) => e.activityId === a.id)
        .map(({ id, originalName, mimeType, sizeBytes }) => ({
          id,
          originalName,
          mimeType,
          sizeBytes,
        })),
      service: linkedService(byId, a.serviceId),
    })),
    progress,
    locked: row.status !== 'active',
    proposeCompletion:
      progress.completionReached &&
      row.status === 'active' &&
      !isFinalStage(caseSettings, row.stage),
    businessName: row.businessName,
    ownerName: row.ownerName,
    facilitatorName: row.facilitatorName,
    serviceSuggestions: Object.fromEntries(
      [...levers].map((l) => [l, suggestServices(index, l, row.municipalityCode, 5)]),
    ),
  };
}

function linkedService(byId: Map<string, TService>, id: string | null): TPlanActivity['service'] {
  const s = id ? byId.get(id) : undefined;
  return s
    ? {
        id: s.id,
        name: s.name,
        entityName: s.entity.name,
        status: s.status,
        link: s.link,
        contact: s.contact,
      }
    : null;
}

export async function getPlan(options: { db: Executor; access: ProgramAccess; caseId: string }) {
  const row = await requireCase(options.db, options.access, options.caseId);
  const plan = await repo.currentPlan(options.db, row.id);
  return { plan: plan ? await planOut(options.db, row, plan) : null };
}

/** The rows of a plan generated from a diagnosis (shared by one case and the batch). */
export function planRows(options: {
  row: Pick<CaseRow, 'businessId' | 'id' | 'programId'>;
  diagnosis: {
    id: string;
    levers: Array<{ lever: string; score: number }>;
    levels: Record<string, Level>;
    needsMentor: boolean;
  };
  settings: Parameters<typeof generatePlan>[0]['settings'];
  startsOn: string;
  locale: TLocale;
  createdBy: string | null;
  planId?: string;
}) {
  const { row, diagnosis, settings } = options;
  const plan: typeof plans.$inferInsert = {
    businessId: row.businessId,
    caseId: row.id,
    programId: row.programId,
    diagnosisId: diagnosis.id,
    weeks: settings.plan.weeks,
    startsOn: options.startsOn,
    needsMentor: diagnosis.needsMentor,
    createdBy: options.createdBy,
    ...(options.planId ? { id: options.planId } : {}),
  };
  const activities = generatePlan({
    settings,
    levers: diagnosis.levers.map((l) => ({
      lever: l.lever,
      score: l.score,
      level: diagnosis.levels[l.lever] ?? 'incipiente',
    })),
    needsMentor: diagnosis.needsMentor,
    locale: options.locale,
  });
  return { plan, activities };
}

/** Generates the case's plan from its current diagnosis; replacing one needs no follow-up recorded. */
export async function generateCasePlan(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  locale: TLocale;
  body: { startsOn?: string | undefined; replace: boolean };
}) {
  const { actor, body } = options;
  await options.db.transaction(async (tx) => {
    const row = await requireCase(tx, options.access, options.caseId, true);
    requireOpen(row);
    const diagnosis = await repo.currentDiagnosis(tx, row.id);
    if (!diagnosis) throw new AppError('no_diagnosis');
    const existing = await repo.currentPlan(tx, row.id, true);
    if (existing) {
      if (!body.replace) throw new AppError('plan_exists');
      const activities = await repo.activitiesOf(tx, existing.id);
      if (activities.some((a) => a.activity.status !== 'scheduled'))
        throw new AppError('plan_has_follow_up');
      await repo.retirePlans(tx, [row.id]);
    }
    const settings = await loadAssessmentSettings(tx, row.programId);
    const startsOn = body.startsOn ?? today();
    const { plan, activities } = planRows({
      row,
      diagnosis: { ...diagnosis, levers: leverResults(diagnosis.levers) },
      settings,
      startsOn,
      locale: options.locale,
      createdBy: actor.userId,
    });
    const inserted = await repo.insertPlan(tx, plan);
    await repo.insertActivities(
      tx,
      activities.map((a) => activityRow(row, inserted.id, startsOn, a)),
    );
    await repo.setCaseFacts(tx, [row.id], { planState: 'designed', planCompleted: false });
    await recordAudit({
      tx,
      actor,
      action: existing ? 'plan.replace' : 'plan.generate',
      entityType: 'plan',
      entityId: inserted.id,
      programId: row.programId,
      businessId: row.businessId,
      after: { activities: activities.length, startsOn, weeks: plan.weeks },
    });
  });
  return (await getPlan(options)).plan!;
}

export function activityRow(
  row: Pick<CaseRow, 'businessId' | 'id' | 'programId'>,
  planId: string,
  startsOn: string,
  a: {
    position: number;
    lever: string;
    title: string;
    description: string;
    week: number;
    responsible: Responsible;
    serviceId?: string | null;
  },
): typeof planActivities.$inferInsert {
  return {
    businessId: row.businessId,
    planId,
    caseId: row.id,
    programId: row.programId,
    position: a.position,
    lever: a.lever,
    title: a.title,
    description: a.description,
    week: a.week,
    dueOn: dueOn(startsOn, a.week),
    responsible: a.responsible,
    serviceId: a.serviceId ?? null,
  };
}

async function openPlan(tx: Executor, access: ProgramAccess, caseId: string) {
  const row = await requireCase(tx, access, caseId, true);
  requireOpen(row);
  const plan = await repo.currentPlan(tx, row.id, true);
  if (!plan) throw new AppError('no_plan');
  return { row, plan };
}

/** Writes the case's plan facts from the plan as it now stands. */
async function refreshFacts(tx: Executor, row: CaseRow, plan: repo.PlanRow) {
  const settings = await loadAssessmentSettings(tx, row.programId);
  const activities = await repo.activitiesOf(tx, plan.id);
  const progress = planProgress(
    activities.map((a) => ({ status: a.activity.status as ActivityStatus })),
    settings.completionPercent,
  );
  await repo.setCaseFacts(tx, [row.id], {
    planState: plan.presentedOn ? 'presented' : 'designed',
    planCompleted: progress.completionReached,
  });
  return activities;
}

/**
 * Saves the plan as edited with the owner: dates, length, presentation, priorities and the
 * activities (new ones added, missing ones removed unless they have a follow-up).
 */
export async function savePlan(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: TPlanBody;
}) {
  const { actor, body } = options;
  await options.db.transaction(async (tx) => {
    const { row, plan } = await openPlan(tx, options.access, options.caseId);
    if (plan.version !== body.version)
      throw new AppError('conflict', { params: { version: plan.version } });
    const existing = new Map(
      (await repo.activitiesOf(tx, plan.id)).map((a) => [a.activity.id, a.activity]),
    );
    const diagnosis = await repo.currentDiagnosis(tx, row.id);
    const levers = new Set([
      ...Object.keys(diagnosis?.levels ?? {}),
      ...[...existing.values()].map((a) => a.lever),
    ]);
    const kept = new Set(body.activities.flatMap((a) => (a.id ? [a.id] : [])));
    const knownServices = await programServiceIds(
      tx,
      row.programId,
      body.activities.flatMap((a) => (a.serviceId ? [a.serviceId] : [])),
    );
    const problems: Array<{
      path: string;
      code: string;
      params?: Record<string, string | number>;
    }> = [];
    if (body.presentedOn && body.presentedOn > today())
      problems.push({ path: 'presentedOn', code: 'date_in_future' });
    body.activities.forEach((a, i) => {
      if (a.id && !existing.has(a.id))
        problems.push({ path: `activities.${i}.id`, code: 'unknown_activity' });
      if (a.week > body.weeks)
        problems.push({ path: `activities.${i}.week`, code: 'week_beyond_plan' });
      if (!levers.has(a.lever))
        problems.push({ path: `activities.${i}.lever`, code: 'unknown_lever' });
      if (a.serviceId && !knownServices.has(a.serviceId))
        problems.push({ path: `activities.${i}.serviceId`, code: 'unknown_service' });
    });
    for (const a of existing.values())
      if (!kept.has(a.id) && a.status !== 'scheduled')
        problems.push({
          path: 'activities',
          code: 'activity_recorded',
          params: { title: a.title },
        });
    if (problems.length > 0) throw invalidFields(problems);
    const saved = await repo.updatePlan(tx, {
      id: plan.id,
      version: plan.version,
      values: {
        startsOn: body.startsOn,
        weeks: body.weeks,
        presentedOn: body.presentedOn,
        ownerPriorities: body.ownerPriorities,
      },
    });
    if (!saved) throw new AppError('conflict');
    await repo.deleteActivities(
      tx,
      [...existing.keys()].filter((id) => !kept.has(id)),
    );
    const added: Array<typeof planActivities.$inferInsert> = [];
    for (const [position, a] of body.activities.entries()) {
      const fields = {
        position,
        lever: a.lever,
        title: a.title,
        description: a.description,
        week: a.week,
        responsible: a.responsible,
        serviceId: a.serviceId,
      };
      if (a.id)
        await repo.updateActivity(tx, a.id, { ...fields, dueOn: dueOn(body.startsOn, a.week) });
      else added.push(activityRow(row, plan.id, body.startsOn, fields));
    }
    await repo.insertActivities(tx, added);
    await refreshFacts(tx, row, saved);
    await recordAudit({
      tx,
      actor,
      action: 'plan.update',
      entityType: 'plan',
      entityId: plan.id,
      programId: row.programId,
      businessId: row.businessId,
      before: {
        startsOn: plan.startsOn,
        weeks: plan.weeks,
        presentedOn: plan.presentedOn,
        activities: existing.size,
      },
      after: {
        startsOn: body.startsOn,
        weeks: body.weeks,
        presentedOn: body.presentedOn,
        activities: body.activities.length,
      },
    });
  });
  return (await getPlan(options)).plan!;
}

/** Records an activity as done or not done (or back to scheduled), with its date and a note. */
export async function recordFollowUp(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  activityId: string;
  body: { status: ActivityStatus; recordedOn: string | null; note: string };
}) {
  const { actor, body } = options;
  await options.db.transaction(async (tx) => {
    const { row, plan } = await openPlan(tx, options.access, options.caseId);
    const activity = (await repo.activitiesOf(tx, plan.id)).find(
      (a) => a.activity.id === options.activityId,
    )?.activity;
    if (!activity) throw notFound();
    const scheduled = body.status === 'scheduled';
    if (!scheduled) {
      if (!body.recordedOn)
        throw invalidFields([{ path: 'recordedOn', code: 'recorded_on_required' }]);
      if (body.recordedOn > today())
        throw invalidFields([{ path: 'recordedOn', code: 'date_in_future' }]);
      if (body.recordedOn < plan.startsOn)
        throw invalidFields([{ path: 'recordedOn', code: 'date_before_plan' }]);
    }
    await repo.updateActivity(tx, activity.id, {
      status: body.status,
      recordedOn: scheduled ? null : body.recordedOn,
      note: body.note,
      recordedBy: actor.userId,
      recordedAt: new Date(),
    });
    await refreshFacts(tx, row, plan);
    await recordAudit({
      tx,
      actor,
      action: 'plan_activity.follow_up',
      entityType: 'plan_activity',
      entityId: activity.id,
      programId: row.programId,
      businessId: row.businessId,
      before: { status: activity.status, recordedOn: activity.recordedOn },
      after: { status: body.status, recordedOn: scheduled ? null : body.recordedOn },
    });
  });
  return (await getPlan(options)).plan!;
}

/**
 * Evidence of an activity: a photo or PDF recognized by its content, at most 5 MB, stored outside
 * the database under its SHA-256.
 */
export async function attachEvidence(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  dataDir: string;
  caseId: string;
  activityId: string;
  file: { bytes: Uint8Array; filename: string };
}) {
  const { file } = options;
  const type = requireDocument(file.bytes);
  await options.db.transaction(async (tx) => {
    const { row, plan } = await openPlan(tx, options.access, options.caseId);
    const activity = (await repo.activitiesOf(tx, plan.id)).find(
      (a) => a.activity.id === options.activityId,
    );
    if (!activity) throw notFound();
    const stored = await storeByHash({
      dataDir: options.dataDir,
      bytes: file.bytes,
      ext: type.ext,
    });
    const id = await repo.insertEvidence(tx, {
      businessId: row.businessId,
      activityId: options.activityId,
      caseId: row.id,
      contentHash: stored.hash,
      storedName: stored.name,
      originalName: file.filename.slice(0, 200),
      mimeType: type.mime,
      sizeBytes: file.bytes.length,
      uploadedBy: options.actor.userId,
    });
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'plan_evidence.add',
      entityType: 'plan_evidence',
      entityId: id,
      programId: row.programId,
      businessId: row.businessId,
      after: { activityId: options.activityId, mimeType: type.mime, sizeBytes: file.bytes.length },
    });
  });
  return (await getPlan(options)).plan!;
}

/** Opens a piece of evidence of a case in the caller's scope; the read is audited. */
export async function openEvidence(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  dataDir: string;
  caseId: string;
  evidenceId: string;
}) {
  const row = await requireCase(options.db, options.access, options.caseId);
  const evidence = await repo.findEvidence(options.db, row.id, options.evidenceId);
  if (!evidence) throw notFound();
  const bytes = await readUpload({ dataDir: options.dataDir, name: evidence.storedName });
  await recordAudit({
    tx: options.db,
    actor: options.actor,
    action: 'plan_evidence.read',
    entityType: 'plan_evidence',
    entityId: evidence.id,
    programId: row.programId,
    businessId: row.businessId,
  });
  return {
    bytes,
    mimeType: evidence.mimeType,
    filename: `${evidence.id}.${evidence.storedName.split('.').pop()}`,
  };
}
