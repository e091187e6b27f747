import type { Role } from '../../../../shared/roles.ts';
import { useRoleCheck } from '../programs/ProgramContext.tsx';

/** The same role lists as the server's registration policy: the UI only hides, the server decides. */
const CALL_EDITORS: readonly Role[] = ['admin', 'coordinator'];
const APPLICANT_STAFF: readonly Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
  'facilitator',
];
const APPLICANT_REVIEWERS: readonly Role[] = ['admin', 'coordinator', 'supervisor'];

export interface RegistrationPermissions {
  editCalls: boolean;
  seeApplicants: boolean;
  registerApplicants: boolean;
  importApplicants: boolean;
  resolveFlags: boolean;
  /** Attach a document to an application (and open the attached ones). */
  attachDocuments: boolean;
  /** Verify or reject a document. */
  reviewDocuments: boolean;
  /** Allow an application despite a repeated document. */
  overrideDocument: boolean;
  select: boolean;
}

export function useRegistrationPermissions(): RegistrationPermissions {
  const has = useRoleCheck();
  return {
    editCalls: has(CALL_EDITORS),
    seeApplicants: has(APPLICANT_STAFF),
    registerApplicants: has(APPLICANT_STAFF),
    importApplicants: has(APPLICANT_REVIEWERS),
    resolveFlags: has(APPLICANT_REVIEWERS),
    attachDocuments: has(APPLICANT_STAFF),
    reviewDocuments: has(APPLICANT_REVIEWERS),
    overrideDocument: has(CALL_EDITORS),
    select: has(CALL_EDITORS),
  };
}
