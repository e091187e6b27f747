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
