import { and, sql, type SQL } from 'drizzle-orm';
import { LEVELS, type Level, type TAssessmentReport } from '../../../shared/schemas/assessment.ts';
import type { Db } from '../../db/client.ts';
import type { ProgramAccess } from '../../http/context.ts';
import { casePopulation, statusAt, type CasePopulation } from '../cases/cases.policy.ts';
import * as repo from './assessment.repo.ts';
import { loadQuestionnaire } from './questionnaire.service.ts';

const zeroLevels = () => Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;

/**
 * Diagnoses made and pending per city, levels per lever, plans designed and needing a mentor per
 * city, activities planned / recorded / done per city and per lever — over the cases the caller
 * sees (active and completed), optionally one city or locality.
 */
export async function getAssessmentReport(options: {
  db: Db;
  access: ProgramAccess;
  filter: { municipalityCode?: string | undefined; localityCode?: string | undefined };
  /** The reports module's cases and moment; by default the caller's scope and place, now. */
  population?: CasePopulation;
}): Promise<TAssessmentReport> {
  const { db, access, filter } = options;
  const population = options.population ?? casePopulation(access, { ...filter, before: null });
  const where: SQL = and(
    population.where,
    // Withdrawn cases are out of every figure: they are neither pending nor part of the work done.
    sql`${statusAt(population.before)} <> 'withdrawn'`,
  )!;
  const counts = await repo.reportCounts(db, where, population.before);
  const questionnaire = await loadQuestionnaire(db, access.programId);
  // The current questionnaire's levers first, then any that older versions used.
  const levers = [
    ...new Set([
      ...questionnaire.definition.levers.map((l) => l.id),
      ...counts.levels.map((l) => l.lever),
    ]),
  ];
  const byLever = new Map(levers.map((l) => [l, zeroLevels()]));
  for (const c of counts.levels) {
    const row = byLever.get(c.lever);
    if (row && c.level in row) row[c.level as Level] = c.n;
  }
  const overallLevels = zeroLevels();
  for (const c of counts.overall) if (c.key in overallLevels) overallLevels[c.key as Level] = c.n;
  return {
    levers,
    diagnosesByCity: counts.diagnosed.map((c) => ({
      municipalityCode: c.city,
      cases: c.cases,
      diagnosed: c.diagnosed,
      pending: c.cases - c.diagnosed,
    })),
    levelsByLever: levers.map((lever) => ({ lever, counts: byLever.get(lever)! })),
    overallLevels,
    plansByCity: counts.plansByCity.map((c) => ({
      municipalityCode: c.city,
      designed: c.designed,
      presented: c.presented,
      needMentor: c.need_mentor,
    })),
    activitiesByCity: counts.byCity,
    activitiesByLever: counts.byLever,
  };
}
