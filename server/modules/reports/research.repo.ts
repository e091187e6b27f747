import { and, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { anyOf } from '../../db/bulk.ts';
import { diagnoses, planActivities, plans } from '../assessment/assessment.table.ts';
import { businesses, cases, owners } from '../cases/cases.table.ts';
import { grants } from '../grants/grants.table.ts';
import { trainingEnrollments, trainingSessions } from '../training/training.table.ts';
import { researchKeys } from './reports.table.ts';

/**
 * The program's pseudonym key: `key` is stored unless the program already has one (safe when two
 * exports race), and the stored one is returned.
 */
export async function researchKey(tx: Executor, programId: string, key: string): Promise<string> {
  await tx.insert(researchKeys).values({ programId, key }).onConflictDoNothing();
  const [row] = await tx
    .select({ key: researchKeys.key })
    .from(researchKeys)
    .where(eq(researchKeys.programId, programId));
  return row!.key;
}

/** One case as the export needs it: codes, years and weeks, counts and amounts; never a name. */
export interface ResearchFacts {
  case_id: string;
  municipality_code: string;
  locality_code: string | null;
  ciiu_code: string | null;
  business_start_year: number | null;
  owner_birth_year: number | null;
  owner_sex: string | null;
  head_of_household: boolean | null;
  disability: boolean | null;
  conflict_victim: boolean | null;
  ethnic_group: string | null;
  priority_groups: string;
  registered_week: string;
  status: string;
  stage: string;
  withdrawal_reason: string | null;
  withdrawn_week: string | null;
  overall_level: string | null;
  /** The current diagnosis's level per lever. */
  levels: Record<string, string> | null;
  plan_state: string | null;
  needs_mentor: boolean;
  has_mentor: boolean;
  activities_planned: number | null;
  activities_done: number | null;
  grant_currency: string | null;
  grant_approved_minor: number | null;
  grant_disbursed_minor: number | null;
}

/** Monday of the Bogotá week an instant falls in, as YYYY-MM-DD. */
const week = (column: SQLWrapper) =>
  sql`to_char(date_trunc('week', ${column} at time zone 'America/Bogota'), 'YYYY-MM-DD')`;

/** Each fact and the expression that reads it (`ow` the first owner, `b` the business, …). */
const FACTS: Array<[keyof ResearchFacts, SQL]> = [
  ['case_id', sql`${cases.id}`],
  ['municipality_code', sql`${cases.municipalityCode}`],
  ['locality_code', sql`${cases.localityCode}`],
  ['ciiu_code', sql`b.ciiu_code`],
  ['business_start_year', sql`extract(year from b.started_on)::int`],
  ['owner_birth_year', sql`extract(year from ow.birth_date)::int`],
  ['owner_sex', sql`ow.sex`],
  ['head_of_household', sql`ow.head_of_household`],
  ['disability', sql`ow.disability`],
  ['conflict_victim', sql`ow.conflict_victim`],
  ['ethnic_group', sql`ow.ethnic_group`],
  ['priority_groups', sql`array_to_string(${cases.priorityGroups}, '|')`],
  ['registered_week', week(cases.registeredAt)],
  ['status', sql`${cases.status}`],
  ['stage', sql`${cases.stage}`],
  ['withdrawal_reason', sql`${cases.withdrawalReason}`],
  ['withdrawn_week', week(cases.withdrawnAt)],
  ['overall_level', sql`${cases.overallLevel}`],
  ['levels', sql`dx.levels`],
  ['plan_state', sql`${cases.planState}`],
  ['needs_mentor', sql`${cases.needsMentor}`],
  ['has_mentor', sql`${cases.mentorId} is not null`],
  ['activities_planned', sql`case when px.id is null then null else coalesce(act.planned, 0) end`],
  ['activities_done', sql`case when px.id is null then null else coalesce(act.done, 0) end`],
  ['grant_currency', sql`g.currency`],
  ['grant_approved_minor', sql`g.approved_minor::float8`],
  ['grant_disbursed_minor', sql`g.disbursed_minor::float8`],
];

/**
 * Every case of the program within `scope`, in one statement: the first owner, the business, the
 * current diagnosis and plan (with its activity counts) and the grant joined set-wise. The rows
 * come back as one JSON array of arrays: far cheaper to hand over than 100,000 row objects.
 */
export async function researchFacts(
  db: Executor,
  f: { programId: string; scope: SQL },
): Promise<ResearchFacts[]> {
  const result: unknown = await db.execute(sql`
    select coalesce(json_agg(json_build_array(${sql.join(
      FACTS.map(([, expression]) => expression),
      sql`, `,
    )})), '[]')::text as facts
      from ${cases}
      join ${businesses} b on b.id = ${cases.businessId}
      left join (
        select distinct on (o.business_id) o.business_id, o.sex, o.birth_date,
               o.head_of_household, o.disability, o.conflict_victim, o.ethnic_group
          from ${owners} o
         where o.business_id in (
           select c.business_id from ${cases} c where c.program_id = ${f.programId})
         order by o.business_id, o.created_at) ow on ow.business_id = ${cases.businessId}
      left join ${diagnoses} dx on dx.case_id = ${cases.id} and dx.is_current
      left join ${plans} px on px.case_id = ${cases.id} and px.is_current
      left join (
        select a.plan_id, count(*)::int as planned,
               count(*) filter (where a.status = 'done')::int as done
          from ${planActivities} a where a.program_id = ${f.programId}
         group by a.plan_id) act on act.plan_id = px.id
      left join ${grants} g on g.case_id = ${cases.id}
     where ${cases.programId} = ${f.programId} and ${f.scope}`);
  const [row] = (result as { rows: Array<{ facts: string }> }).rows;
  const arrays = JSON.parse(row?.facts ?? '[]') as unknown[][];
  const names = FACTS.map(([name]) => name);
  return arrays.map((values) => {
    const facts: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) facts[names[i]!] = values[i] ?? null;
    return facts as unknown as ResearchFacts;
  });
}

/** Minutes attended as present per case in scope and module (of the modules given). */
export async function trainingMinutes(
  db: Executor,
  f: { programId: string; scope: SQL; moduleIds: string[] },
) {
  if (f.moduleIds.length === 0) return [];
  return db
    .select({
      caseId: cases.id,
      moduleId: trainingSessions.moduleId,
      minutes: sql<number>`coalesce(sum(${trainingEnrollments.minutes}) filter (where ${trainingEnrollments.attendance} = 'present'), 0)::int`,
    })
    .from(trainingEnrollments)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingEnrollments.sessionId))
    .innerJoin(cases, eq(cases.id, trainingEnrollments.caseId))
    .where(
      and(
        eq(trainingEnrollments.programId, f.programId),
        eq(cases.programId, f.programId),
        anyOf(trainingSessions.moduleId, f.moduleIds, 'uuid'),
        f.scope,
      ),
    )
    .groupBy(cases.id, trainingSessions.moduleId);
}
