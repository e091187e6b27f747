/**
 * Assessment workload: 6,000 submitted assessments of the standard questionnaire scored and
 * planned in one batch (diagnoses, plans, activities, case facts, one transaction), in-process
 * on in-memory PGlite.
 */
import { bulkInsert } from '../server/db/bulk.ts';
import { refreshStatistics } from '../server/db/client.ts';
import { assessments } from '../server/modules/assessment/assessment.table.ts';
import { diagnoseAndPlanBatch } from '../server/modules/assessment/batch.service.ts';
import { ensureQuestionnaire } from '../server/modules/assessment/questionnaire.service.ts';
import { demoAnswers } from '../server/modules/demo/demo.assessment.ts';
import { createRng } from '../server/modules/demo/demo.random.ts';
import { scoreAssessment } from '../shared/domain/assessment/scoring.ts';
import {
  DEFAULT_ASSESSMENT_SETTINGS,
  DEFAULT_QUESTIONNAIRE,
} from '../shared/domain/assessment/standard.ts';
import { seedCases } from './cases.ts';

/** `n` cases of the bench program, each with a submitted assessment of the standard questionnaire. */
export async function seedAssessments(n: number) {
  const seeded = await seedCases(n);
  const { db, programId, rows } = seeded;
  await ensureQuestionnaire(db, programId);
  const rng = createRng(2026);
  const submitted = rows.map((r) => ({
    businessId: r.case.businessId,
    caseId: r.case.id,
    programId,
    questionnaireVersion: 1,
    status: 'submitted',
    answers: demoAnswers(DEFAULT_QUESTIONNAIRE, (rng.next() + rng.next() + rng.next()) / 3, rng),
    submittedAt: new Date('2026-10-01T15:00:00Z'),
  }));
  await bulkInsert(db, assessments, submitted);
  await refreshStatistics(db);
  return { ...seeded, submitted };
}

export async function diagnosePlanWorkload(n: number) {
  const { database, db, actor, programId, submitted } = await seedAssessments(n);

  // The pure part alone, for the per-item cost of scoring.
  let t = performance.now();
  for (const a of submitted)
    scoreAssessment(DEFAULT_QUESTIONNAIRE, DEFAULT_ASSESSMENT_SETTINGS, a.answers);
  const scoringMs = performance.now() - t;

  t = performance.now();
  const result = await diagnoseAndPlanBatch({ db, actor, programId, locale: 'es' });
  const seconds = (performance.now() - t) / 1000;
  await database.close();
  if (result.diagnosed !== n || result.plans !== n)
    throw new Error(`batch did ${JSON.stringify(result)}`);
  return { seconds, scoringMs, ...result };
}
