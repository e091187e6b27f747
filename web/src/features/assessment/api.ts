import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type {
  Level,
  TAnswers,
  TCaseAssessment,
  TQuestionnaireVersion,
} from '../../../../shared/schemas/assessment.ts';
import { api } from '../../api/client.ts';
import { caseKeys, casePath, casesPath } from '../cases/api.ts';

export const assessmentPath = (programId: string, caseId: string) =>
  `${casePath(programId, caseId)}/assessment`;

export const assessmentKeys = {
  detail: (programId: string, caseId: string) => ['assessment', programId, caseId] as const,
  questionnaire: (programId: string, version: number) =>
    ['assessment', programId, 'questionnaire', version] as const,
};

/** Where the assessment and the plan of a case open in the app. */
export const assessmentPage = (programId: string, caseId: string) =>
  `/p/${encodeURIComponent(programId)}/cases/${encodeURIComponent(caseId)}/assessment`;
export const planPage = (programId: string, caseId: string) =>
  `/p/${encodeURIComponent(programId)}/cases/${encodeURIComponent(caseId)}/plan`;

export function useCaseAssessment(programId: string, caseId: string, enabled = true) {
  return useQuery({
    queryKey: assessmentKeys.detail(programId, caseId),
    queryFn: ({ signal }) => api<TCaseAssessment>(assessmentPath(programId, caseId), { signal }),
    enabled,
  });
}

/**
 * A questionnaire version other than the current one (a diagnosis made with an older version
 * explains itself with that version's questions).
 */
export function useQuestionnaireVersion(programId: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: assessmentKeys.questionnaire(programId, version),
    queryFn: ({ signal }) =>
      api<TQuestionnaireVersion>(
        `${casesPath(programId)}/questionnaire/versions/${encodeURIComponent(version)}`,
        { signal },
      ),
    enabled,
    staleTime: Infinity,
    retry: false,
  });
}

/** After a submission or an adjustment, case cards (level, mentor, gates) have changed too. */
export function assessmentChanged(
  queryClient: QueryClient,
  programId: string,
  data: TCaseAssessment,
) {
  queryClient.setQueryData(assessmentKeys.detail(programId, data.caseId), data);
  void queryClient.invalidateQueries({ queryKey: caseKeys.all(programId) });
}

export interface AnswersBody {
  answers: TAnswers;
  /** The draft's version as read; absent to start a draft (or a re-assessment). */
  version?: number;
}

/** Saves a draft; plain function, so a save started as the page closes still completes. */
export function saveDraft(programId: string, caseId: string, body: AnswersBody) {
  return api<TCaseAssessment>(`${assessmentPath(programId, caseId)}/draft`, {
    method: 'PUT',
    body,
  });
}

export function submitAssessment(programId: string, caseId: string, body: AnswersBody) {
  return api<TCaseAssessment>(`${assessmentPath(programId, caseId)}/submit`, {
    method: 'POST',
    body,
  });
}

/** Starts a new assessment from the answers of the last one. */
export function useStartReassessment(programId: string, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: TAnswers) => saveDraft(programId, caseId, { answers }),
    onSuccess: (data) => assessmentChanged(queryClient, programId, data),
  });
}

export interface AdjustBody {
  /** A lever id, or "overall". */
  target: string;
  level: Level;
  reason: string;
}

export function useAdjustLevel(programId: string, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AdjustBody) =>
      api<TCaseAssessment>(`${casePath(programId, caseId)}/diagnosis/adjust`, {
        method: 'POST',
        body,
      }),
    onSuccess: (data) => assessmentChanged(queryClient, programId, data),
  });
}
