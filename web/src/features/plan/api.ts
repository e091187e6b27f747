import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ActivityStatus, TPlan, TPlanBody } from '../../../../shared/schemas/assessment.ts';
import { api, upload } from '../../api/client.ts';
import type { UploadOptions } from '../../api/client.ts';
import { assessmentKeys } from '../assessment/api.ts';
import { casePath, casesChanged } from '../cases/api.ts';

const enc = encodeURIComponent;

const planPath = (programId: string, caseId: string) => `${casePath(programId, caseId)}/plan`;

export function usePlan(programId: string, caseId: string) {
  return useQuery({
    queryKey: assessmentKeys.plan(programId, caseId),
    queryFn: ({ signal }) =>
      api<{ plan: TPlan | null }>(planPath(programId, caseId), { signal }).then((r) => r.plan),
  });
}

/**
 * After any change to the plan: keep the answer, and refresh what follows the plan (whether the
 * case has one, and the case's gates and card: designed, presented, completed).
 */
function planChanged(queryClient: QueryClient, programId: string, caseId: string, plan: TPlan) {
  queryClient.setQueryData(assessmentKeys.plan(programId, caseId), plan);
  void queryClient.invalidateQueries({ queryKey: assessmentKeys.detail(programId, caseId) });
  casesChanged(queryClient, programId);
}

export function useGeneratePlan(programId: string, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { startsOn?: string; replace?: boolean }) =>
      api<TPlan>(`${planPath(programId, caseId)}/generate`, { method: 'POST', body }),
    onSuccess: (plan) => planChanged(queryClient, programId, caseId, plan),
  });
}

export function useSavePlan(programId: string, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TPlanBody) =>
      api<TPlan>(planPath(programId, caseId), { method: 'PUT', body }),
    onSuccess: (plan) => planChanged(queryClient, programId, caseId, plan),
  });
}

export interface FollowUpBody {
  status: ActivityStatus;
  recordedOn: string | null;
  note: string;
}

export function useRecordFollowUp(programId: string, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ activityId, ...body }: FollowUpBody & { activityId: string }) =>
      api<TPlan>(`${planPath(programId, caseId)}/activities/${enc(activityId)}/follow-up`, {
        method: 'POST',
        body,
      }),
    onSuccess: (plan) => planChanged(queryClient, programId, caseId, plan),
  });
}

/** A photo or PDF showing an activity was done; the answer is the plan as it is now. */
export function useUploadEvidence(programId: string, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      activityId,
      file,
      ...options
    }: { activityId: string; file: File } & UploadOptions) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return upload<TPlan>(
        `${planPath(programId, caseId)}/activities/${enc(activityId)}/evidence`,
        form,
        options,
      );
    },
    onSuccess: (plan) => planChanged(queryClient, programId, caseId, plan),
  });
}

/** Where a piece of evidence opens (inline, in a new tab; the server audits the read). */
export const evidenceUrl = (programId: string, caseId: string, evidenceId: string) =>
  `${planPath(programId, caseId)}/evidence/${enc(evidenceId)}`;
