import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type {
  Level,
  TAssessmentSettings,
  TQuestionnaireDefinition,
} from '../../../shared/schemas/assessment.ts';
import { anyOf, arrayParam, bulkInsert, readMany } from '../../db/bulk.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../auth/auth.table.ts';
import { cases } from '../cases/cases.table.ts';
import { programs } from '../programs/programs.table.ts';
import {
  activityEvidence,
  assessments,
  diagnoses,
  diagnosisAdjustments,
  planActivities,
  plans,
  questionnaires,
} from './assessment.table.ts';

// ---------- questionnaires and settings ----------

export async function latestQuestionnaire(db: Executor, programId: string) {
  const [row] = await db
    .select()
    .from(questionnaires)
    .where(eq(questionnaires.programId, programId))
    .orderBy(desc(questionnaires.version))
    .limit(1);
  return row ?? null;
}

export async function questionnaireVersion(db: Executor, programId: string, version: number) {
  const [row] = await db
    .select()
    .from(questionnaires)
    .where(and(eq(questionnaires.programId, programId), eq(questionnaires.version, version)));
  return row ?? null;
}

export async function questionnaireVersions(db: Executor, programId: string) {
  return db
    .select({
      version: questionnaires.version,
      createdAt: questionnaires.createdAt,
      createdByName: users.name,
      definition: questionnaires.definition,
    })
    .from(questionnaires)
    .leftJoin(users, eq(users.id, questionnaires.createdBy))
    .where(eq(questionnaires.programId, programId))
    .orderBy(desc(questionnaires.version));
}

/** Inserts a version unless it exists (two first drafts at once both get version 1). */
export async function insertQuestionnaire(
  db: Executor,
  values: {
    programId: string;
    version: number;
    definition: TQuestionnaireDefinition;
    createdBy: string | null;
  },
) {
  const [row] = await db.insert(questionnaires).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function userName(db: Executor, userId: string | null) {
  if (!userId) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

export async function savedSettings(db: Executor, programId: string) {
  const [row] = await db
    .select({ settings: programs.assessmentSettings })
    .from(programs)
    .where(eq(programs.id, programId));
  return row ? { settings: row.settings } : null;
}

export async function saveSettings(db: Executor, programId: string, settings: TAssessmentSettings) {
  await db
    .update(programs)
    .set({ assessmentSettings: settings, updatedAt: new Date() })
    .where(eq(programs.id, programId));
}

// ---------- assessments ----------

export type AssessmentRow = typeof assessments.$inferSelect;

/** The case's draft if it has one, else its latest submitted assessment. */
export async function currentAssessment(db: Executor, caseId: string, lock = false) {
  const q = db
    .select()
    .from(assessments)
    .where(eq(assessments.caseId, caseId))
    .orderBy(sql`${assessments.status} = 'draft' desc`, desc(assessments.createdAt))
    .limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function assessmentById(db: Executor, id: string) {
  const [row] = await db.select().from(assessments).where(eq(assessments.id, id));
  return row ?? null;
}

export async function insertAssessment(db: Executor, values: typeof assessments.$inferInsert) {
  const [row] = await db.insert(assessments).values(values).returning();
  return row!;
}

/** Writes a draft if its version is still the one read; null when it was not. */
export async function updateDraft(
  db: Executor,
  options: { id: string; version: number; values: Partial<typeof assessments.$inferInsert> },
) {
  const [row] = await db
    .update(assessments)
    .set({ ...options.values, version: options.version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(assessments.id, options.id),
        eq(assessments.version, options.version),
        eq(assessments.status, 'draft'),
      ),
    )
    .returning();
  return row ?? null;
}

// ---------- diagnoses ----------

export type DiagnosisRow = typeof diagnoses.$inferSelect;

export async function currentDiagnosis(db: Executor, caseId: string, lock = false) {
  const q = db
    .select()
    .from(diagnoses)
    .where(and(eq(diagnoses.caseId, caseId), eq(diagnoses.isCurrent, true)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function retireDiagnoses(db: Executor, caseIds: string[]) {
  if (caseIds.length === 0) return;
  await db
    .update(diagnoses)
    .set({ isCurrent: false })
    .where(and(anyOf(diagnoses.caseId, caseIds, 'uuid'), eq(diagnoses.isCurrent, true)));
}

export async function insertDiagnoses(db: Executor, rows: Array<typeof diagnoses.$inferInsert>) {
  await bulkInsert(db, diagnoses, rows);
}

export async function updateDiagnosisLevels(
  db: Executor,
  id: string,
  values: { levels: Record<string, Level>; overallLevel: Level; needsMentor: boolean },
) {
  await db.update(diagnoses).set(values).where(eq(diagnoses.id, id));
}

export async function insertAdjustment(
  db: Executor,
  values: typeof diagnosisAdjustments.$inferInsert,
) {
  await db.insert(diagnosisAdjustments).values(values);
}

export async function adjustmentsOf(db: Executor, diagnosisId: string) {
  return db
    .select({
      id: diagnosisAdjustments.id,
      target: diagnosisAdjustments.target,
      fromLevel: diagnosisAdjustments.fromLevel,
      toLevel: diagnosisAdjustments.toLevel,
      reason: diagnosisAdjustments.reason,
      byName: users.name,
      at: diagnosisAdjustments.adjustedAt,
    })
    .from(diagnosisAdjustments)
    .leftJoin(users, eq(users.id, diagnosisAdjustments.adjustedBy))
    .where(eq(diagnosisAdjustments.diagnosisId, diagnosisId))
    .orderBy(asc(diagnosisAdjustments.adjustedAt));
}

/** Submitted assessments of a program without a diagnosis yet, for the batch. */
export async function undiagnosed(db: Executor, programId: string) {
  return readMany(db, {
    fields: {
      id: assessments.id,
      businessId: assessments.businessId,
      caseId: assessments.caseId,
      questionnaireVersion: assessments.questionnaireVersion,
      answers: assessments.answers,
      submittedBy: assessments.submittedBy,
      submittedAt: assessments.submittedAt,
    },
    from: assessments,
    where: and(
      eq(assessments.programId, programId),
      eq(assessments.status, 'submitted'),
      sql`not exists (select 1 from ${diagnoses} where ${diagnoses.assessmentId} = ${assessments.id})`,
    ),
  });
}

// ---------- the case's denormalized facts ----------

/** Keeps the case's plan facts (used by the gates and the board); the case version stays. */
export async function setCaseFacts(
  db: Executor,
  caseIds: string[],
  values: Partial<{
    overallLevel: Level | null;
    needsMentor: boolean;
    planState: 'designed' | 'presented' | null;
    planCompleted: boolean;
  }>,
) {
  if (caseIds.length === 0) return;
  await db
    .update(cases)
    .set(values)
    .where(anyOf(cases.id, caseIds, 'uuid'));
}

/** Sets each case's facts from its own values (one statement for a batch); a null plan state keeps the case's. */
export async function setCaseFactsMany(
  db: Executor,
  rows: Array<{
    caseId: string;
    overallLevel: Level;
    needsMentor: boolean;
    planState: string | null;
  }>,
) {
  if (rows.length === 0) return;
  await db.execute(sql`
    update ${cases} set overall_level = f.level, needs_mentor = f.mentor,
           plan_state = coalesce(f.plan, ${cases.planState}),
           plan_completed = f.plan is null and ${cases.planCompleted}
      from unnest(${arrayParam(
        rows.map((r) => r.caseId),
        'uuid',
      )}, ${arrayParam(
        rows.map((r) => r.overallLevel),
        'text',
      )}, ${arrayParam(
        rows.map((r) => r.needsMentor),
        'boolean',
      )}, ${arrayParam(
        rows.map((r) => r.planState),
        'text',
      )}) as f(id, level, mentor, plan)
     where ${cases.id} = f.id`);
}

// ---------- plans ----------

export type PlanRow = typeof plans.$inferSelect;

export async function currentPlan(db: Executor, caseId: string, lock = false) {
  const q = db
    .select()
    .from(plans)
    .where(and(eq(plans.caseId, caseId), eq(plans.isCurrent, true)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

/** Of these cases, those with a current plan. */
export async function casesWithPlan(db: Executor, caseIds: string[]): Promise<string[]> {
  if (caseIds.length === 0) return [];
  const found = await db
    .select({ caseId: plans.caseId })
    .from(plans)
    .where(and(anyOf(plans.caseId, caseIds, 'uuid'), eq(plans.isCurrent, true)));
  return found.map((r) => r.caseId);
}

export async function retirePlans(db: Executor, caseIds: string[]) {
  if (caseIds.length === 0) return;
  await db
    .update(plans)
    .set({ isCurrent: false })
    .where(and(anyOf(plans.caseId, caseIds, 'uuid'), eq(plans.isCurrent, true)));
}

export async function insertPlan(db: Executor, values: typeof plans.$inferInsert) {
  const [row] = await db.insert(plans).values(values).returning();
  return row!;
}

export async function insertPlans(db: Executor, rows: Array<typeof plans.$inferInsert>) {
  await bulkInsert(db, plans, rows);
}

export async function updatePlan(
  db: Executor,
  options: { id: string; version: number; values: Partial<typeof plans.$inferInsert> },
) {
  const [row] = await db
    .update(plans)
    .set({ ...options.values, version: options.version + 1, updatedAt: new Date() })
    .where(and(eq(plans.id, options.id), eq(plans.version, options.version)))
    .returning();
  return row ?? null;
}

export type ActivityRow = typeof planActivities.$inferSelect;

export async function activitiesOf(db: Executor, planId: string) {
  return db
    .select({ activity: planActivities, recordedByName: users.name })
    .from(planActivities)
    .leftJoin(users, eq(users.id, planActivities.recordedBy))
    .where(eq(planActivities.planId, planId))
    .orderBy(asc(planActivities.week), asc(planActivities.position));
}

export async function insertActivities(
  db: Executor,
  rows: Array<typeof planActivities.$inferInsert>,
) {
  await bulkInsert(db, planActivities, rows);
}

export async function updateActivity(
  db: Executor,
  id: string,
  values: Partial<typeof planActivities.$inferInsert>,
) {
  await db.update(planActivities).set(values).where(eq(planActivities.id, id));
}

export async function deleteActivities(db: Executor, ids: string[]) {
  if (ids.length === 0) return;
  await db.delete(planActivities).where(inArray(planActivities.id, ids));
}

export async function evidenceOfPlan(db: Executor, planId: string) {
  return db
    .select({
      id: activityEvidence.id,
      activityId: activityEvidence.activityId,
      storedName: activityEvidence.storedName,
      originalName: activityEvidence.originalName,
      mimeType: activityEvidence.mimeType,
      sizeBytes: activityEvidence.sizeBytes,
    })
    .from(activityEvidence)
    .innerJoin(planActivities, eq(planActivities.id, activityEvidence.activityId))
    .where(eq(planActivities.planId, planId))
    .orderBy(asc(activityEvidence.createdAt));
}

export async function findEvidence(db: Executor, caseId: string, evidenceId: string) {
  const [row] = await db
    .select()
    .from(activityEvidence)
    .where(and(eq(activityEvidence.id, evidenceId), eq(activityEvidence.caseId, caseId)));
  return row ?? null;
}

export async function insertEvidence(db: Executor, values: typeof activityEvidence.$inferInsert) {
  const [row] = await db
    .insert(activityEvidence)
    .values(values)
    .returning({ id: activityEvidence.id });
  return row!.id;
}

// ---------- report ----------

type Counted = { key: string; n: number };

async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** The report's counts over the cases a caller sees (`where` is the case filter and scope). */
export async function reportCounts(db: Executor, where: SQL, before: Date | null = null) {
  // Now: the case's kept facts. At a past moment: the latest diagnosis and plan made before it,
  // and an activity counts as recorded (or done) only if it was recorded before it.
  const at = before?.toISOString();
  // Set-based (one pass over the dated rows of the cases counted), never a lookup per case.
  const diagnosis = at
    ? sql`left join (select distinct on (d.case_id) d.case_id, d.levels, d.overall_level
           from ${diagnoses} d where d.created_at < ${at}
            and d.case_id in (select ${cases.id} from ${cases} where ${where})
           order by d.case_id, d.created_at desc) dx on dx.case_id = ${cases.id}`
    : sql`left join ${diagnoses} dx on dx.case_id = ${cases.id} and dx.is_current`;
  const plan = at
    ? sql`left join (select distinct on (p.case_id) p.case_id, p.id, p.presented_on, p.needs_mentor
           from ${plans} p where p.created_at < ${at}
            and p.case_id in (select ${cases.id} from ${cases} where ${where})
           order by p.case_id, p.created_at desc) px on px.case_id = ${cases.id}`
    : sql`left join ${plans} px on px.case_id = ${cases.id} and px.is_current`;
  const asOfDay = at ? sql`(${at}::timestamptz at time zone 'America/Bogota')::date` : null;
  // Cases per city and overall level in one pass: diagnosed per city, and the overall levels.
  const byLevel = await rows<{ city: string; level: string | null; n: number }>(
    db,
    sql`select ${cases.municipalityCode} as city, dx.overall_level as level, count(*)::int as n
          from ${cases} ${diagnosis} where ${where}
         group by 1, 2 order by 1`,
  );
  const cityTotals = new Map<string, { city: string; cases: number; diagnosed: number }>();
  const overallTotals = new Map<string, number>();
  for (const r of byLevel) {
    const c = cityTotals.get(r.city) ?? { city: r.city, cases: 0, diagnosed: 0 };
    c.cases += r.n;
    if (r.level !== null) {
      c.diagnosed += r.n;
      overallTotals.set(r.level, (overallTotals.get(r.level) ?? 0) + r.n);
    }
    cityTotals.set(r.city, c);
  }
  const diagnosed = [...cityTotals.values()];
  const levels = await rows<{ lever: string; level: string; n: number }>(
    db,
    // Identical level maps are counted once, then opened: many businesses share a profile.
    sql`select l.key as lever, l.value as level, sum(p.n)::int as n
          from (select dx.levels, count(*) as n from ${cases} ${diagnosis}
                 where ${where} and dx.levels is not null group by 1) p
          cross join lateral jsonb_each_text(p.levels) l
         group by 1, 2`,
  );
  const overall: Counted[] = [...overallTotals].map(([key, n]) => ({ key, n }));
  const presented = asOfDay
    ? sql`px.presented_on <= ${asOfDay}`
    : sql`${cases.planState} = 'presented'`;
  const plansByCity = await rows<{
    city: string;
    designed: number;
    presented: number;
    need_mentor: number;
  }>(
    db,
    sql`select ${cases.municipalityCode} as city,
               count(*) filter (where px.id is not null)::int as designed,
               count(*) filter (where ${presented})::int as presented,
               count(*) filter (where px.id is not null and px.needs_mentor)::int as need_mentor
          from ${cases} ${plan} where ${where} group by 1 order by 1`,
  );
  const recorded = at ? sql`a.recorded_at < ${at}` : sql`a.status <> 'scheduled'`;
  const done = at ? sql`a.recorded_at < ${at} and a.status = 'done'` : sql`a.status = 'done'`;
  // By city and by lever in one pass over the activities.
  const activities = await rows<{
    city: string | null;
    lever: string | null;
    planned: number;
    recorded: number;
    done: number;
  }>(
    db,
    sql`select ${cases.municipalityCode} as city, a.lever, count(*)::int as planned,
               count(*) filter (where ${recorded})::int as recorded,
               count(*) filter (where ${done})::int as done
          from ${cases} ${plan} join ${planActivities} a on a.plan_id = px.id
         where ${where} group by grouping sets ((1), (2))`,
  );
  const tally = (r: (typeof activities)[number], key: string) => ({
    key,
    planned: r.planned,
    recorded: r.recorded,
    done: r.done,
  });
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
  const byCity = activities
    .filter((r) => r.city !== null && r.lever === null)
    .map((r) => tally(r, r.city!))
    .sort(byKey);
  const byLever = activities
    .filter((r) => r.lever !== null && r.city === null)
    .map((r) => tally(r, r.lever!))
    .sort(byKey);
  return { diagnosed, levels, overall, plansByCity, byCity, byLever };
}
