import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { ProgramAccess } from '../../http/context.ts';
import { cases, owners } from './cases.table.ts';

/**
 * The cases a member may see, as a SQL condition (always combined with the program id).
 * Territory scopes see their cities and localities; own scopes see the cases tied to them.
 */
export function caseScope(access: ProgramAccess): SQL {
  const { scope, role, userId } = access;
  switch (scope.type) {
    case 'program':
      return sql`true`;
    case 'territory': {
      const parts: SQL[] = [];
      if (scope.cities.length > 0) parts.push(inArray(cases.municipalityCode, scope.cities));
      if (scope.localities.length > 0) parts.push(inArray(cases.localityCode, scope.localities));
      return parts.length > 0 ? (or(...parts) ?? sql`false`) : sql`false`;
    }
    case 'own':
      switch (role) {
        case 'mentor':
          return eq(cases.mentorId, userId);
        case 'owner':
          return inArray(
            cases.businessId,
            sql`(select ${owners.businessId} from ${owners} where ${owners.userId} = ${userId})`,
          );
        case 'supervisor':
          return eq(cases.supervisorId, userId);
        case 'case_coordinator':
          return eq(cases.caseCoordinatorId, userId);
        case 'admin':
        case 'coordinator':
        case 'facilitator':
        case 'researcher':
          return eq(cases.facilitatorId, userId);
      }
  }
}

/** The caller's scope narrowed to a place a report filters on (either may be absent). */
export function caseScopeIn(
  access: ProgramAccess,
  place: { municipalityCode?: string | undefined; localityCode?: string | undefined },
): SQL {
  return and(
    caseScope(access),
    place.municipalityCode ? eq(cases.municipalityCode, place.municipalityCode) : undefined,
    place.localityCode ? eq(cases.localityCode, place.localityCode) : undefined,
  )!;
}

/**
 * The cases a report counts: the reader's scope, the chosen place and supervisor, and — for a past
 * date — only those registered before `before` (the end of the as-of day). `before: null` means
 * now: the current state.
 */
export interface CasePopulation {
  where: SQL;
  before: Date | null;
}

export function casePopulation(
  access: ProgramAccess,
  filter: {
    municipalityCode?: string | undefined;
    localityCode?: string | undefined;
    supervisorId?: string | undefined;
    before: Date | null;
  },
): CasePopulation {
  return {
    where: and(
      eq(cases.programId, access.programId),
      caseScopeIn(access, filter),
      filter.supervisorId ? eq(cases.supervisorId, filter.supervisorId) : undefined,
      filter.before ? sql`${cases.registeredAt} < ${filter.before.toISOString()}` : undefined,
    )!,
    before: filter.before,
  };
}

/** The case's status at the population's moment: withdrawn and completed are dated. */
export function statusAt(before: Date | null): SQL {
  if (!before) return sql`${cases.status}`;
  const at = before.toISOString();
  return sql`(case when ${cases.withdrawnAt} < ${at} then 'withdrawn'
                   when ${cases.completedAt} < ${at} then 'completed' else 'active' end)`;
}

/**
 * The case's stage at the population's moment, from its stage changes: a join (one pass over the
 * changes of the cases counted) and the expression to select.
 */
export function stageAt(p: CasePopulation): { join: SQL; stage: SQL } {
  if (!p.before) return { join: sql``, stage: sql`${cases.stage}` };
  const at = p.before.toISOString();
  const changes = sql`from case_events e where e.kind = 'stage_changed'
    and e.case_id in (select ${cases.id} from ${cases} where ${p.where})`;
  return {
    join: sql`left join (select distinct on (e.case_id) e.case_id, e.detail->>'to' as stage
        ${changes} and e.at < ${at} order by e.case_id, e.at desc) last_change
        on last_change.case_id = ${cases.id}
      left join (select distinct on (e.case_id) e.case_id, e.detail->>'from' as stage
        ${changes} order by e.case_id, e.at asc) first_change
        on first_change.case_id = ${cases.id}`,
    stage: sql`coalesce(last_change.stage, first_change.stage, ${cases.stage})`,
  };
}
