import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { TCaseDetail, TCaseSettings } from '../../../../shared/schemas/cases.ts';
import type {
  ActivityStatus,
  TAssessmentSettings,
  TCaseAssessment,
  TPlan,
  TPlanBody,
} from '../../../../shared/schemas/assessment.ts';
import { api, upload } from '../../api/client.ts';
import type { UploadOptions } from '../../api/client.ts';
import { casePath, casesPath, caseKeys } from '../cases/api.ts';

const enc = encodeURIComponent;

const planPath = (programId: string, caseId: string) => `${casePath(programId, caseId)}/plan`;

export const planKeys = {
  plan: (programId: string, caseId: string) => ['plan', programId, caseId] as const,
  /** The case's diagnosis and questionnaire, for the levers an activity may address. */
  assessment: (programId: string, caseId: string) =>
    ['plan', programId, caseId, 'assessment'] as const,
  settings: (programId: string) => ['plan', programId, 'assessment-settings'] as const,
};

export function usePlan(programId: string, caseId: string) {
  return useQuery({
    queryKey: planKeys.plan(programId, caseId),
    queryFn: ({ signal }) =>
      api<{ plan: TPlan | null }>(planPath(programId, caseId), { signal }).then((r) => r.plan),
  });
}

/** The diagnosis (levers and levels) and the questionnaire (custom lever names); staff only. */
export function usePlanAssessment(programId: string, caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.assessment(programId, caseId),
    queryFn: ({ signal }) =>
      api<TCaseAssessment>(`${casePath(programId, caseId)}/assessment`, { signal }),
    enabled,
  });
}

/** The program's completion rule (share of activities done), among its assessment settings. */
export function useAssessmentSettings(programId: string, enabled = true) {
  return useQuery({
    queryKey: planKeys.settings(programId),
    queryFn: ({ signal }) =>
      api<TAssessmentSettings>(`${casesPath(programId)}/assessment-settings`, { signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** The case (its version and stage, to move it when the plan is done); staff only. */
export function useCaseIfStaff(programId: string, caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.detail(programId, caseId),
    queryFn: ({ signal }) => api<TCaseDetail>(casePath(programId, caseId), { signal }),
    enabled,
  });
}

/** The program's stages (the last one completes a case); staff only. */
export function useCaseSettingsIfStaff(programId: string, enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.settings(programId),
    queryFn: ({ signal }) =>
      api<TCaseSettings>(`${casesPath(programId)}/case-settings`, { signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/**
 * After any change to the plan: keep the answer, and refresh the case (its gates and card
 * follow the plan: designed, presented, completed).
 */
function planChanged(queryClient: QueryClient, programId: string, caseId: string, plan: TPlan) {
  queryClient.setQueryData(planKeys.plan(programId, caseId), plan);
  void queryClient.invalidateQueries({ queryKey: planKeys.assessment(programId, caseId) });
  void queryClient.invalidateQueries({
    queryKey: caseKeys.all(programId),
    predicate: (q) => q.queryKey[2] !== 'settings',
  });
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

/** Paths of the plan's screens. */
export const planPaths = {
  plan: (programId: string, caseId: string) => `/p/${enc(programId)}/cases/${enc(caseId)}/plan`,
  print: (programId: string, caseId: string) =>
    `/p/${enc(programId)}/cases/${enc(caseId)}/plan/print`,
  assessment: (programId: string, caseId: string) =>
    `/p/${enc(programId)}/cases/${enc(caseId)}/assessment`,
  case: (programId: string, caseId: string) => `/p/${enc(programId)}/cases/${enc(caseId)}`,
};
