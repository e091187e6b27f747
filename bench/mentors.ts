/**
 * Suggestion workload: 6,000 plans that need a mentor, 150 mentor profiles and a catalog of
 * 2,000 services (imported from the matrix). Times the mentor queue over all 6,000 plans (ranked
 * mentors with reasons for each) and the service suggestions for every activity of those plans
 * (the lever index the plan page builds, once), in-process on in-memory PGlite.
 */
import { eq, sql } from 'drizzle-orm';
import { bulkInsert } from '../server/db/bulk.ts';
import { refreshStatistics } from '../server/db/client.ts';
import { uuidv7 } from '../server/db/columns.ts';
import { planActivities, plans } from '../server/modules/assessment/assessment.table.ts';
import { diagnoseAndPlanBatch } from '../server/modules/assessment/batch.service.ts';
import { memberships, users } from '../server/modules/auth/auth.table.ts';
import { cases } from '../server/modules/cases/cases.table.ts';
import { mentorProfiles } from '../server/modules/mentors/mentors.table.ts';
import { mentorQueue } from '../server/modules/mentors/mentors.service.ts';
import { importMatrix } from '../server/modules/services/matrix.service.ts';
import { serviceIndexFor } from '../server/modules/services/ecosystem.service.ts';
import { suggestServices } from '../shared/domain/services/suggest.ts';
import { DEFAULT_QUESTIONNAIRE } from '../shared/domain/assessment/standard.ts';
import { seedAssessments } from './assessment.ts';
import { CITIES } from './cases.ts';
import { matrixXlsx } from './services.ts';

const LEVERS = DEFAULT_QUESTIONNAIRE.levers.map((l) => l.id);

export async function suggestWorkload(n: number, mentorCount = 150, serviceCount = 2_000) {
  const { database, db, actor, access, org, programId } = await seedAssessments(n);
  await diagnoseAndPlanBatch({ db, actor, programId, locale: 'es' });
  // Every plan waits for a mentor.
  await db
    .update(cases)
    .set({ status: 'active', needsMentor: true, mentorId: null })
    .where(eq(cases.programId, programId));
  const mentorIds = Array.from({ length: mentorCount }, () => uuidv7());
  await bulkInsert(
    db,
    users,
    mentorIds.map((id, i) => ({
      id,
      organizationId: org.id,
      email: `mentor.${i}@bench.test`,
      name: `Mentor ${String(i).padStart(3, '0')}`,
    })),
  );
  await bulkInsert(
    db,
    memberships,
    mentorIds.map((userId) => ({ userId, programId, role: 'mentor', scopeType: 'own' })),
  );
  await bulkInsert(
    db,
    mentorProfiles,
    mentorIds.map((userId, i) => ({
      programId,
      userId,
      levers: [LEVERS[i % LEVERS.length]!, LEVERS[(i * 5 + 2) % LEVERS.length]!],
      cities: [CITIES[i % CITIES.length]!, CITIES[(i + 4) % CITIES.length]!],
      remote: i % 5 === 0,
      capacity: 3 + (i % 6),
      availability: 'Martes en la tarde',
      organization: 'Voluntariado',
      organizationKind: 'volunteer',
    })),
  );
  await importMatrix({
    db,
    actor,
    access,
    bytes: await matrixXlsx(serviceCount),
    filename: 'matriz.xlsx',
  });
  await refreshStatistics(db);

  let t = performance.now();
  const queue = await mentorQueue({ db, access, query: { page: 1, pageSize: n } });
  const mentorSeconds = (performance.now() - t) / 1000;

  t = performance.now();
  const { index } = await serviceIndexFor(db, programId);
  const activities = await db
    .select({ lever: planActivities.lever, city: cases.municipalityCode })
    .from(planActivities)
    .innerJoin(plans, eq(plans.id, planActivities.planId))
    .innerJoin(cases, eq(cases.id, plans.caseId))
    .where(sql`${plans.programId} = ${programId} and ${plans.isCurrent}`);
  let serviceSuggestions = 0;
  let uncovered = 0;
  for (const a of activities) {
    const found = suggestServices(index, a.lever, a.city).length;
    serviceSuggestions += found;
    if (found === 0) uncovered += 1;
  }
  const serviceSeconds = (performance.now() - t) / 1000;
  await database.close();
  if (queue.total !== n || queue.items.length !== n)
    throw new Error(`queue had ${queue.items.length} of ${queue.total}`);
  const mentorSuggestions = queue.items.reduce((s, i) => s + i.suggestions.length, 0);
  return {
    mentorSeconds,
    serviceSeconds,
    plans: queue.items.length,
    mentorSuggestions,
    activities: activities.length,
    serviceSuggestions,
    uncovered,
  };
}
