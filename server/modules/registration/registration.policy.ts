import { eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/roles.ts';
import type { ProgramAccess } from '../../http/context.ts';
import { applicants } from './registration.table.ts';

/** Who reads a call's setup, and who changes it. */
export const CALL_READERS: readonly Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
  'facilitator',
  'researcher',
];
export const CALL_EDITORS: readonly Role[] = ['admin', 'coordinator'];
/** Who registers applicants in the field (active search) and reads applicant rows. */
export const APPLICANT_STAFF: readonly Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
  'facilitator',
];
/** Who verifies documents, resolves duplicates, imports and selects. */
export const APPLICANT_REVIEWERS: readonly Role[] = ['admin', 'coordinator', 'supervisor'];
export const SELECTORS: readonly Role[] = ['admin', 'coordinator'];

/** The applicants a member may see: territory scopes their territories, own scopes those they registered. */
export function applicantScope(access: ProgramAccess): SQL {
  const { scope } = access;
  switch (scope.type) {
    case 'program':
      return sql`true`;
    case 'territory': {
      const parts: SQL[] = [];
      if (scope.cities.length > 0) parts.push(inArray(applicants.municipalityCode, scope.cities));
      if (scope.localities.length > 0)
        parts.push(inArray(applicants.localityCode, scope.localities));
      return parts.length > 0 ? (or(...parts) ?? sql`false`) : sql`false`;
    }
    case 'own':
      return eq(applicants.registeredBy, access.userId);
  }
}
