/** Assessed, diagnosed and planned cases for tests, made through the services themselves. */
import { DEFAULT_QUESTIONNAIRE } from '../../shared/domain/assessment/standard.ts';
import type { TAnswers } from '../../shared/schemas/assessment.ts';
import type { Db } from '../db/client.ts';
import type { Actor, ProgramAccess } from '../http/context.ts';
import { submitAssessment } from '../modules/assessment/assessment.service.ts';
import { generateCasePlan, savePlan } from '../modules/assessment/plan.service.ts';
import { demoAnswers } from '../modules/demo/demo.assessment.ts';
import { createRng } from '../modules/demo/demo.random.ts';
import type { World } from './world.ts';

/** A complete, valid set of answers to the standard questionnaire (deterministic per seed). */
export function fullAnswers(seed = 1, capability = 0.5): TAnswers {
  return demoAnswers(DEFAULT_QUESTIONNAIRE, capability, createRng(seed));
}

/** The program coordinator of the test world, as services see them. */
export function coordinatorOf(w: World): { actor: Actor; access: ProgramAccess } {
  return {
    actor: {
      userId: w.users.coordinator.id,
      organizationId: w.orgA.id,
      requestId: 'test',
      ip: null,
    },
    access: {
      programId: w.programP.id,
      organizationId: w.orgA.id,
      userId: w.users.coordinator.id,
      role: 'coordinator',
      scope: { type: 'program', cities: [], localities: [] },
    },
  };
}

/** Submits an assessment for a case, and optionally generates (and presents) its plan. */
export async function assessCase(
  db: Db,
  w: World,
  caseId: string,
  options: { plan?: boolean; presented?: boolean; seed?: number; startsOn?: string } = {},
) {
  const who = coordinatorOf(w);
  const assessment = await submitAssessment({
    db,
    ...who,
    caseId,
    body: { answers: fullAnswers(options.seed ?? 1) },
  });
  if (!options.plan) return { assessment, plan: null };
  let plan = await generateCasePlan({
    db,
    ...who,
    caseId,
    locale: 'es',
    body: { replace: false, startsOn: options.startsOn ?? '2026-09-01' },
  });
  if (options.presented)
    plan = await savePlan({
      db,
      ...who,
      caseId,
      body: {
        version: plan.version,
        startsOn: plan.startsOn,
        weeks: plan.weeks,
        presentedOn: plan.startsOn,
        ownerPriorities: 'Vender más',
        activities: plan.activities.map((a) => ({
          id: a.id,
          lever: a.lever,
          title: a.title,
          description: a.description,
          week: a.week,
          responsible: a.responsible,
          serviceId: a.service?.id ?? null,
        })),
      },
    });
  return { assessment, plan };
}
