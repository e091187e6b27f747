import { scoreAssessment } from '../../../shared/domain/assessment/scoring.ts';
import type { TQuestionnaireDefinition } from '../../../shared/schemas/assessment.ts';
import type { TLocale } from '../../../shared/schemas/auth.ts';
import type { Db } from '../../db/client.ts';
import { refreshStatistics } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './assessment.repo.ts';
import { diagnosisRow } from './assessment.service.ts';
import { diagnoses, planActivities, plans } from './assessment.table.ts';
import { activityRow, planRows } from './plan.service.ts';
import { loadAssessmentSettings, loadQuestionnaire } from './questionnaire.service.ts';
import { uuidv7 } from '../../db/columns.ts';

/**
 * Diagnoses every submitted assessment of a program that has none yet, and generates a plan for
 * each of those cases that has no plan, in one transaction: assessments captured elsewhere (a
 * field tablet, an import, the demo) become diagnoses and plans in one step. All or nothing.
 */
export async function diagnoseAndPlanBatch(options: {
  db: Db;
  actor: Actor;
  programId: string;
  locale: TLocale;
  /** First day of each new plan; the assessment's submission day when absent. */
  startsOn?: (caseId: string, submittedOn: string) => string;
}) {
  const { db, programId } = options;
  return db.transaction(async (tx) => {
    const pending = await repo.undiagnosed(tx, programId);
    if (pending.length === 0) return { diagnosed: 0, plans: 0, activities: 0 };
    const settings = await loadAssessmentSettings(tx, programId);
    const withPlan = new Set(
      await repo.casesWithPlan(
        tx,
        pending.map((p) => p.caseId),
      ),
    );
    const diagnosisRows: Array<typeof diagnoses.$inferInsert> = [];
    const planRowsOut: Array<typeof plans.$inferInsert> = [];
    const activityRowsOut: Array<typeof planActivities.$inferInsert> = [];
    const facts: Parameters<typeof repo.setCaseFactsMany>[1] = [];
    // Each version the assessments were given under, read once.
    const versions = new Map<number, TQuestionnaireDefinition>();
    for (const version of new Set(pending.map((p) => p.questionnaireVersion)))
      versions.set(version, (await loadQuestionnaire(tx, programId, version)).definition);
    for (const a of pending) {
      const definition = versions.get(a.questionnaireVersion)!;
      const scored = scoreAssessment(definition, settings, a.answers, { explain: false });
      const row = { businessId: a.businessId, id: a.caseId, programId };
      const diagnosis = {
        ...diagnosisRow({
          businessId: a.businessId,
          caseId: a.caseId,
          programId,
          assessmentId: a.id,
          questionnaireVersion: a.questionnaireVersion,
          scored,
          createdBy: options.actor.userId,
        }),
        id: uuidv7(),
      };
      diagnosisRows.push(diagnosis);
      // A case that already has a plan keeps it (and its state).
      let planState: 'designed' | null = null;
      if (!withPlan.has(a.caseId)) {
        const submittedOn = (a.submittedAt ?? new Date()).toISOString().slice(0, 10);
        const startsOn = options.startsOn?.(a.caseId, submittedOn) ?? submittedOn;
        const planId = uuidv7();
        const generated = planRows({
          row,
          diagnosis: { ...diagnosis, levers: scored.levers, levels: diagnosis.levels },
          settings,
          startsOn,
          locale: options.locale,
          createdBy: options.actor.userId,
          planId,
        });
        planRowsOut.push(generated.plan);
        for (const activity of generated.activities)
          activityRowsOut.push(activityRow(row, planId, startsOn, activity));
        planState = 'designed';
      }
      facts.push({
        caseId: a.caseId,
        overallLevel: scored.overall.level,
        needsMentor: scored.needsMentor,
        planState,
      });
    }
    await repo.retireDiagnoses(
      tx,
      pending.map((p) => p.caseId),
    );
    await repo.insertDiagnoses(tx, diagnosisRows);
    await repo.insertPlans(tx, planRowsOut);
    await repo.insertActivities(tx, activityRowsOut);
    await repo.setCaseFactsMany(tx, facts);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'diagnosis.batch',
      entityType: 'program',
      entityId: programId,
      programId,
      after: {
        diagnosed: diagnosisRows.length,
        plans: planRowsOut.length,
        activities: activityRowsOut.length,
      },
    });
    if (diagnosisRows.length >= 1000)
      await refreshStatistics(tx, [diagnoses, plans, planActivities]);
    return {
      diagnosed: diagnosisRows.length,
      plans: planRowsOut.length,
      activities: activityRowsOut.length,
    };
  });
}
