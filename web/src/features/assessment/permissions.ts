import { CASE_WORKERS, REACTIVATORS, SETTINGS_EDITORS } from '../cases/permissions.ts';
import { useRoleCheck } from '../programs/ProgramContext.tsx';

export interface AssessmentPermissions {
  /** Fill in, save and submit the questionnaire; start a new assessment. */
  assess: boolean;
  /** Change a level of the diagnosis, with a reason. */
  adjust: boolean;
  /** Change the scoring, plan and completion settings, the templates and the questionnaire. */
  editSettings: boolean;
}

/**
 * The server's assessment routes take the role lists of its case policy, and so does this: the UI
 * only hides, the server decides.
 */
export function useAssessmentPermissions(): AssessmentPermissions {
  const has = useRoleCheck();
  return {
    assess: has(CASE_WORKERS),
    adjust: has(REACTIVATORS),
    editSettings: has(SETTINGS_EDITORS),
  };
}
