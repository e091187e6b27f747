import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { applicantDocuments, applicants } from './registration.table.ts';

const n = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

export async function countsByTerritory(
  db: Executor,
  options: { callId: string; scope: SQL; requiredKinds: readonly string[] },
) {
  return db
    .select({
      territoryCode: applicants.territoryCode,
      registered: count(),
      eligible: n(sql`${applicants.verdict} = 'eligible'`),
      notEligible: n(sql`${applicants.verdict} = 'not_eligible'`),
      pending: n(sql`${applicants.verdict} = 'pending'`),
      blocked: n(sql`${applicants.blocked}`),
      selected: n(sql`${applicants.selection} = 'selected'`),
      waitlisted: n(sql`${applicants.selection} = 'waitlisted'`),
      women: n(sql`${applicants.sex} = 'F'`),
      // Documents are complete when every kind the call requires has a verified document.
      documentsComplete: n(sql`not exists (
        select 1 from unnest(string_to_array(${options.requiredKinds.join(',')}, ',')) as k(kind)
        where k.kind <> '' and not exists (
          select 1 from ${applicantDocuments} d
          where d.applicant_id = ${applicants.id} and d.kind = k.kind and d.status = 'verified'))`),
    })
    .from(applicants)
    .where(and(eq(applicants.callId, options.callId), options.scope))
    .groupBy(applicants.territoryCode);
}

export async function priorityGroupCounts(db: Executor, options: { callId: string; scope: SQL }) {
  // PGlite and node-postgres both answer `{ rows }`; Drizzle's common type does not say so.
  const result: unknown = await db.execute(sql`
    select g as "group", count(*)::int as "count"
    from ${applicants}, unnest(${applicants.priorityGroups}) as g
    where ${applicants.callId} = ${options.callId} and ${options.scope}
    group by g order by g`);
  return (result as { rows: Array<{ group: string; count: number }> }).rows;
}

/**
 * Applicants of all the program's calls per territory (city, or Bogotá locality), registered
 * before a moment (null: now), and how many of them were selected.
 */
export async function applicantsByTerritory(
  db: Executor,
  options: {
    programId: string;
    scope: SQL;
    before: Date | null;
    municipalityCode?: string | undefined;
    localityCode?: string | undefined;
  },
) {
  return db
    .select({
      territoryCode: applicants.territoryCode,
      registered: count(),
      selected: n(sql`${applicants.selection} = 'selected'`),
      women: n(sql`${applicants.sex} = 'F'`),
    })
    .from(applicants)
    .where(
      and(
        eq(applicants.programId, options.programId),
        options.scope,
        options.before ? sql`${applicants.createdAt} < ${options.before.toISOString()}` : undefined,
        options.municipalityCode
          ? eq(applicants.municipalityCode, options.municipalityCode)
          : undefined,
        options.localityCode ? eq(applicants.localityCode, options.localityCode) : undefined,
      ),
    )
    .groupBy(applicants.territoryCode);
}
