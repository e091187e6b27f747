import {
  checkAnswers,
  needsMentor,
  scoreAssessment,
  type AnswerIssue,
  type Scored,
} from '../../../shared/domain/assessment/scoring.ts';
import type {
  Level,
  TLeverResult,
  TAnswers,
  TAssessmentSettings,
  TCaseAssessment,
  TDiagnosis,
  TQuestionnaireDefinition,
} from '../../../shared/schemas/assessment.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, invalidFields } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { CaseRow } from '../cases/cases.repo.ts';
import { requireCase } from '../cases/cases.service.ts';
import * as repo from './assessment.repo.ts';
import type { diagnoses, StoredLever } from './assessment.table.ts';
import {
  ensureQuestionnaire,
  loadAssessmentSettings,
  loadQuestionnaire,
} from './questionnaire.service.ts';

/** Completed and withdrawn cases keep their assessment and plan as they were. */
export function requireOpen(row: CaseRow) {
  if (row.status !== 'active') throw new AppError('case_locked');
}

function answerErrors(issues: AnswerIssue[]) {
  return invalidFields(
    issues.map((i) => ({
      path: i.path.join('.'),
      code: i.code,
      ...(i.params ? { params: i.params } : {}),
    })),
  );
}

/** The lever results a diagnosis stores compactly, as objects. */
export function leverResults(stored: readonly StoredLever[]): TLeverResult[] {
  return stored.map(([lever, points, maxPoints, score, level]) => ({
    lever,
    points,
    maxPoints,
    score,
    level,
  }));
}

/** The row of a new diagnosis, as scored (no adjustment yet). */
export function diagnosisRow(options: {
  businessId: string;
  caseId: string;
  programId: string;
  assessmentId: string;
  questionnaireVersion: number;
  scored: Scored;
  createdBy: string | null;
  createdAt?: Date;
}): typeof diagnoses.$inferInsert {
  const { scored } = options;
  return {
    businessId: options.businessId,
    caseId: options.caseId,
    programId: options.programId,
    assessmentId: options.assessmentId,
    questionnaireVersion: options.questionnaireVersion,
    levers: scored.levers.map((l): StoredLever => [
      l.lever,
      l.points,
      l.maxPoints,
      l.score,
      l.level,
    ]),
    levels: Object.fromEntries(scored.levers.map((l) => [l.lever, l.level])),
    overallScore: scored.overall.score,
    originalOverallLevel: scored.overall.level,
    overallLevel: scored.overall.level,
    needsMentor: scored.needsMentor,
    createdBy: options.createdBy,
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
  };
}

/** A stored diagnosis with its explanation recomputed from the frozen answers it was made from. */
async function diagnosisOut(
  db: Executor,
  row: repo.DiagnosisRow,
  definition: TQuestionnaireDefinition,
  answers: TAnswers,
  settings: TAssessmentSettings,
): Promise<TDiagnosis> {
  const explained = new Map(
    scoreAssessment(definition, settings, answers).levers.map((l) => [l.lever, l.explanation]),
  );
  const adjustments = await repo.adjustmentsOf(db, row.id);
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    questionnaireVersion: row.questionnaireVersion,
    createdAt: row.createdAt.toISOString(),
    levers: leverResults(row.levers).map((l) => ({
      ...l,
      originalLevel: l.level,
      level: row.levels[l.lever] ?? l.level,
      explanation: explained.get(l.lever) ?? [],
    })),
    overall: {
      score: row.overallScore,
      level: row.overallLevel,
      originalLevel: row.originalOverallLevel,
    },
    needsMentor: row.needsMentor,
    adjustments: adjustments.map((a) => ({ ...a, at: a.at.toISOString() })),
    answers,
  };
}

export async function getCaseAssessment(options: {
  db: Executor;
  access: ProgramAccess;
  caseId: string;
}): Promise<TCaseAssessment> {
  const { db, access } = options;
  const row = await requireCase(db, access, options.caseId);
  const current = await repo.currentAssessment(db, row.id);
  const diagnosisRow = await repo.currentDiagnosis(db, row.id);
  const questionnaire = await loadQuestionnaire(
    db,
    access.programId,
    current?.status === 'draft' ? current.questionnaireVersion : undefined,
  );
  const settings = await loadAssessmentSettings(db, access.programId);
  let diagnosis: TDiagnosis | null = null;
  if (diagnosisRow) {
    const source =
      current?.id === diagnosisRow.assessmentId
        ? current
        : await repo.assessmentById(db, diagnosisRow.assessmentId);
    const def = await loadQuestionnaire(db, access.programId, diagnosisRow.questionnaireVersion);
    diagnosis = await diagnosisOut(
      db,
      diagnosisRow,
      def.definition,
      source?.answers ?? {},
      settings,
    );
  }
  return {
    caseId: row.id,
    locked: row.status !== 'active',
    questionnaire: {
      version: questionnaire.version,
      definition: questionnaire.definition,
      createdAt: (questionnaire.createdAt ?? new Date(0)).toISOString(),
      createdByName: await repo.userName(db, questionnaire.createdBy),
    },
    settings,
    assessment: current
      ? {
          id: current.id,
          status: current.status as 'draft' | 'submitted',
          questionnaireVersion: current.questionnaireVersion,
          answers: current.answers,
          version: current.version,
          updatedAt: current.updatedAt.toISOString(),
          submittedAt: current.submittedAt?.toISOString() ?? null,
        }
      : null,
    diagnosis,
    hasPlan: row.planState !== null,
  };
}

/**
 * The draft an answer set goes into: the current draft at the version the caller read, or a new
 * one (also after a submitted assessment: a re-assessment) under the latest questionnaire.
 */
async function draftFor(
  tx: Executor,
  row: CaseRow,
  version: number | undefined,
): Promise<{
  draft: repo.AssessmentRow | null;
  questionnaireVersion: number;
  def: TQuestionnaireDefinition;
}> {
  const current = await repo.currentAssessment(tx, row.id, true);
  if (current?.status === 'draft') {
    if (version !== current.version)
      throw new AppError('conflict', { params: { version: current.version } });
    const q = await loadQuestionnaire(tx, row.programId, current.questionnaireVersion);
    return { draft: current, questionnaireVersion: q.version, def: q.definition };
  }
  if (version !== undefined) throw new AppError('assessment_submitted');
  const q = await ensureQuestionnaire(tx, row.programId);
  return { draft: null, questionnaireVersion: q.version, def: q.definition };
}

/**
 * Locks the case and finds where the answers go, refusing them (400, nothing written) when they
 * do not fit: each answer checked against its question, and on submission every shown required
 * question answered and no hidden one.
 */
async function openAnswers(
  tx: Executor,
  options: { access: ProgramAccess; caseId: string; body: AnswersBody; mode: 'draft' | 'submit' },
) {
  const row = await requireCase(tx, options.access, options.caseId, true);
  requireOpen(row);
  const target = await draftFor(tx, row, options.body.version);
  const issues = checkAnswers(target.def, options.body.answers, options.mode);
  if (issues.length > 0) throw answerErrors(issues);
  return { row, ...target };
}

/** Writes the answers into the draft (at the version read) or a new assessment; returns its id. */
async function writeAnswers(
  tx: Executor,
  options: {
    row: CaseRow;
    draft: repo.AssessmentRow | null;
    questionnaireVersion: number;
    actor: Actor;
    values: { answers: TAnswers; status?: string; submittedBy?: string | null; submittedAt?: Date };
  },
): Promise<string> {
  const { row, draft, values } = options;
  if (draft) {
    const saved = await repo.updateDraft(tx, { id: draft.id, version: draft.version, values });
    if (!saved) throw new AppError('conflict');
    return saved.id;
  }
  const inserted = await repo.insertAssessment(tx, {
    businessId: row.businessId,
    caseId: row.id,
    programId: row.programId,
    questionnaireVersion: options.questionnaireVersion,
    startedBy: options.actor.userId,
    ...values,
  });
  return inserted.id;
}

interface AnswersBody {
  answers: TAnswers;
  version?: number | undefined;
}

/** Saves answers as a draft; each must fit its question, none is required yet. */
export async function saveDraft(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: AnswersBody;
}) {
  const { actor, body } = options;
  await options.db.transaction(async (tx) => {
    const { row, draft, questionnaireVersion } = await openAnswers(tx, {
      ...options,
      mode: 'draft',
    });
    const id = await writeAnswers(tx, {
      row,
      draft,
      questionnaireVersion,
      actor,
      values: { answers: body.answers },
    });
    await recordAudit({
      tx,
      actor,
      action: draft ? 'assessment.save_draft' : 'assessment.start',
      entityType: 'assessment',
      entityId: id,
      programId: row.programId,
      businessId: row.businessId,
      // The answers are personal data: the audit says how many, not what.
      after: { answered: Object.keys(body.answers).length, questionnaireVersion },
    });
  });
  return getCaseAssessment({ db: options.db, access: options.access, caseId: options.caseId });
}

/**
 * Submits the assessment: every shown required question answered, no answer to a hidden one.
 * The answers are frozen and the diagnosis is made from them in the same transaction.
 */
export async function submitAssessment(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: AnswersBody;
}) {
  const { actor, body } = options;
  await options.db.transaction(async (tx) => {
    const { row, draft, questionnaireVersion, def } = await openAnswers(tx, {
      ...options,
      mode: 'submit',
    });
    const settings = await loadAssessmentSettings(tx, row.programId);
    const scored = scoreAssessment(def, settings, body.answers);
    const assessmentId = await writeAnswers(tx, {
      row,
      draft,
      questionnaireVersion,
      actor,
      values: {
        status: 'submitted',
        answers: body.answers,
        submittedBy: actor.userId,
        submittedAt: new Date(),
      },
    });
    await repo.retireDiagnoses(tx, [row.id]);
    await repo.insertDiagnoses(tx, [
      diagnosisRow({
        businessId: row.businessId,
        caseId: row.id,
        programId: row.programId,
        assessmentId,
        questionnaireVersion,
        scored,
        createdBy: actor.userId,
      }),
    ]);
    await repo.setCaseFacts(tx, [row.id], {
      overallLevel: scored.overall.level,
      needsMentor: scored.needsMentor,
    });
    await recordAudit({
      tx,
      actor,
      action: 'assessment.submit',
      entityType: 'assessment',
      entityId: assessmentId,
      programId: row.programId,
      businessId: row.businessId,
      after: {
        questionnaireVersion,
        overallLevel: scored.overall.level,
        levels: Object.fromEntries(scored.levers.map((l) => [l.lever, l.level])),
      },
    });
  });
  return getCaseAssessment({ db: options.db, access: options.access, caseId: options.caseId });
}

/**
 * A supervisor changes a lever's level or the overall level, with a reason. The scored level is
 * kept; a change of the overall level applies the mentor rule again.
 */
export async function adjustLevel(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: { target: string; level: Level; reason: string };
}) {
  const { actor, body } = options;
  await options.db.transaction(async (tx) => {
    const row = await requireCase(tx, options.access, options.caseId, true);
    requireOpen(row);
    const diagnosis = await repo.currentDiagnosis(tx, row.id, true);
    if (!diagnosis) throw new AppError('no_diagnosis');
    const overall = body.target === 'overall';
    const from = overall ? diagnosis.overallLevel : diagnosis.levels[body.target];
    if (!from) throw invalidFields([{ path: 'target', code: 'unknown_target' }]);
    if (from === body.level) throw invalidFields([{ path: 'level', code: 'same_level' }]);
    const settings = await loadAssessmentSettings(tx, row.programId);
    const overallLevel = overall ? body.level : diagnosis.overallLevel;
    const mentor = overall ? needsMentor(settings, overallLevel) : diagnosis.needsMentor;
    await repo.insertAdjustment(tx, {
      businessId: row.businessId,
      diagnosisId: diagnosis.id,
      target: body.target,
      fromLevel: from,
      toLevel: body.level,
      reason: body.reason,
      adjustedBy: actor.userId,
    });
    await repo.updateDiagnosisLevels(tx, diagnosis.id, {
      levels: overall ? diagnosis.levels : { ...diagnosis.levels, [body.target]: body.level },
      overallLevel,
      needsMentor: mentor,
    });
    await repo.setCaseFacts(tx, [row.id], { overallLevel, needsMentor: mentor });
    await recordAudit({
      tx,
      actor,
      action: 'diagnosis.adjust',
      entityType: 'diagnosis',
      entityId: diagnosis.id,
      programId: row.programId,
      businessId: row.businessId,
      before: { target: body.target, level: from },
      after: { target: body.target, level: body.level, reason: body.reason },
    });
  });
  return getCaseAssessment({ db: options.db, access: options.access, caseId: options.caseId });
}
