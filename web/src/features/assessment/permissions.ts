import type { Role } from '../../../../shared/roles.ts';
import { useCurrentUser } from '../auth/api.ts';
import { useCurrentProgram } from '../programs/ProgramContext.tsx';

/** The same role lists as the server's assessment routes: the UI only hides, the server decides. */
const ASSESSORS: readonly Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
  'facilitator',
];
const ADJUSTERS: readonly Role[] = ['admin', 'coordinator', 'supervisor'];

export interface AssessmentPermissions {
  /** Fill in, save and submit the questionnaire; start a new assessment. */
  assess: boolean;
  /** Change a level of the diagnosis, with a reason. */
  adjust: boolean;
}

export function useAssessmentPermissions(): AssessmentPermissions {
  const me = useCurrentUser();
  const { role } = useCurrentProgram();
  const has = (roles: readonly Role[]) => me.isAdmin || (role !== null && roles.includes(role));
  return { assess: has(ASSESSORS), adjust: has(ADJUSTERS) };
}
