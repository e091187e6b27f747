import type { Role } from '../../../../shared/roles.ts';
import { useRoleCheck } from '../programs/ProgramContext.tsx';

/** The same role lists as the server's case policy: the UI only hides, the server decides. */
export const CASE_VIEWERS: readonly Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
  'facilitator',
  'mentor',
];
export const CASE_WORKERS: readonly Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
  'facilitator',
];
export const REACTIVATORS: readonly Role[] = ['admin', 'coordinator', 'supervisor'];
const ASSIGNERS: readonly Role[] = ['admin', 'coordinator', 'supervisor', 'case_coordinator'];
export const SETTINGS_EDITORS: readonly Role[] = ['admin', 'coordinator'];

export interface CasePermissions {
  see: boolean;
  /** Move, record encounters, withdraw. */
  work: boolean;
  reactivate: boolean;
  /** Assign facilitators and supervisors; also sees everyone's caseload. */
  assign: boolean;
  editSettings: boolean;
}

export function useCasePermissions(): CasePermissions {
  const has = useRoleCheck();
  return {
    see: has(CASE_VIEWERS),
    work: has(CASE_WORKERS),
    reactivate: has(REACTIVATORS),
    assign: has(ASSIGNERS),
    editSettings: has(SETTINGS_EDITORS),
  };
}
