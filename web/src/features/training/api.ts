import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCaseCard } from '../../../../shared/schemas/cases.ts';
import type {
  TAttendanceBody,
  TCaseTraining,
  TTrack,
  TTrackBody,
  TTrackList,
  TTrainingModule,
  TTrainingModuleBody,
  TTrainingModuleList,
  TTrainingReport,
  TTrainingReportQuery,
  TTrainingSessionBody,
  TTrainingSessionDetail,
  TTrainingSessionList,
  TTrainingSessionQuery,
} from '../../../../shared/schemas/training.ts';
import { api } from '../../api/client.ts';

const enc = encodeURIComponent;
const programPath = (programId: string) => `/api/programs/${enc(programId)}`;
const trainingPath = (programId: string) => `${programPath(programId)}/training`;

export const trainingKeys = {
  all: (programId: string) => ['training', programId] as const,
  modules: (programId: string) => ['training', programId, 'modules'] as const,
  tracks: (programId: string) => ['training', programId, 'tracks'] as const,
  sessions: (programId: string, query: TTrainingSessionQuery) =>
    ['training', programId, 'sessions', query] as const,
  session: (programId: string, sessionId: string) =>
    ['training', programId, 'session', sessionId] as const,
  report: (programId: string, query: Partial<TTrainingReportQuery>) =>
    ['training', programId, 'report', query] as const,
  caseTraining: (programId: string, caseId: string) =>
    ['training', programId, 'case', caseId] as const,
  caseSearch: (programId: string, q: string) => ['training', programId, 'case-search', q] as const,
};

export function useModules(programId: string, enabled = true) {
  return useQuery({
    queryKey: trainingKeys.modules(programId),
    queryFn: ({ signal }) =>
      api<TTrainingModuleList>(`${trainingPath(programId)}/modules`, { signal }),
    enabled,
  });
}

export function useTracks(programId: string, enabled = true) {
  return useQuery({
    queryKey: trainingKeys.tracks(programId),
    queryFn: ({ signal }) => api<TTrackList>(`${trainingPath(programId)}/tracks`, { signal }),
    enabled,
  });
}

/** Saving or deleting anything of training may change every list of it. */
function useTrainingMutation<V, R>(programId: string, fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: trainingKeys.all(programId) }),
  });
}

export function useSaveModule(programId: string) {
  return useTrainingMutation(
    programId,
    ({ id, body }: { id: string | null; body: TTrainingModuleBody }) =>
      id
        ? api<TTrainingModule>(`${trainingPath(programId)}/modules/${enc(id)}`, {
            method: 'PUT',
            body,
          })
        : api<TTrainingModule>(`${trainingPath(programId)}/modules`, { method: 'POST', body }),
  );
}

export function useDeleteModule(programId: string) {
  return useTrainingMutation(programId, (id: string) =>
    api<{ ok: true }>(`${trainingPath(programId)}/modules/${enc(id)}`, { method: 'DELETE' }),
  );
}

export function useSaveTrack(programId: string) {
  return useTrainingMutation(programId, ({ id, body }: { id: string | null; body: TTrackBody }) =>
    id
      ? api<TTrack>(`${trainingPath(programId)}/tracks/${enc(id)}`, { method: 'PUT', body })
      : api<TTrack>(`${trainingPath(programId)}/tracks`, { method: 'POST', body }),
  );
}

export function useDeleteTrack(programId: string) {
  return useTrainingMutation(programId, (id: string) =>
    api<{ ok: true }>(`${trainingPath(programId)}/tracks/${enc(id)}`, { method: 'DELETE' }),
  );
}

export function useTrainingSessions(programId: string, query: TTrainingSessionQuery) {
  return useQuery({
    queryKey: trainingKeys.sessions(programId, query),
    queryFn: ({ signal }) =>
      api<TTrainingSessionList>(`${trainingPath(programId)}/sessions`, {
        query: { ...query },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useTrainingSession(programId: string, sessionId: string | null) {
  return useQuery({
    queryKey: trainingKeys.session(programId, sessionId ?? ''),
    queryFn: ({ signal }) =>
      api<TTrainingSessionDetail>(`${trainingPath(programId)}/sessions/${enc(sessionId ?? '')}`, {
        signal,
      }),
    enabled: sessionId !== null,
  });
}

export function useSaveTrainingSession(programId: string) {
  return useTrainingMutation(
    programId,
    ({ id, body }: { id: string | null; body: TTrainingSessionBody }) =>
      id
        ? api<TTrainingSessionDetail>(`${trainingPath(programId)}/sessions/${enc(id)}`, {
            method: 'PUT',
            body,
          })
        : api<TTrainingSessionDetail>(`${trainingPath(programId)}/sessions`, {
            method: 'POST',
            body,
          }),
  );
}

export function useEnroll(programId: string, sessionId: string) {
  return useTrainingMutation(programId, (caseIds: string[]) =>
    api<TTrainingSessionDetail>(
      `${trainingPath(programId)}/sessions/${enc(sessionId)}/enrollments`,
      {
        method: 'POST',
        body: { caseIds },
      },
    ),
  );
}

export function useUnenroll(programId: string, sessionId: string) {
  return useTrainingMutation(programId, (caseId: string) =>
    api<TTrainingSessionDetail>(
      `${trainingPath(programId)}/sessions/${enc(sessionId)}/enrollments/${enc(caseId)}`,
      { method: 'DELETE' },
    ),
  );
}

export function useRecordAttendance(programId: string, sessionId: string) {
  return useTrainingMutation(programId, (body: TAttendanceBody) =>
    api<TTrainingSessionDetail>(
      `${trainingPath(programId)}/sessions/${enc(sessionId)}/attendance`,
      {
        method: 'PUT',
        body,
      },
    ),
  );
}

export function useTrainingReport(programId: string, query: Partial<TTrainingReportQuery>) {
  return useQuery({
    queryKey: trainingKeys.report(programId, query),
    queryFn: ({ signal }) =>
      api<TTrainingReport>(`${trainingPath(programId)}/report`, { query: { ...query }, signal }),
    enabled: Boolean(query.trackId),
    placeholderData: keepPreviousData,
  });
}

export function useCaseTraining(programId: string, caseId: string, enabled = true) {
  return useQuery({
    queryKey: trainingKeys.caseTraining(programId, caseId),
    queryFn: ({ signal }) =>
      api<TCaseTraining>(`${programPath(programId)}/cases/${enc(caseId)}/training`, { signal }),
    enabled,
  });
}

export function certificateUrl(programId: string, caseId: string, trackId: string): string {
  return `${programPath(programId)}/cases/${enc(caseId)}/training/certificate?trackId=${enc(trackId)}`;
}

/** Active cases in the caller's scope whose business or owner matches, for enrollment. */
export function useCaseSearch(programId: string, q: string) {
  return useQuery({
    queryKey: trainingKeys.caseSearch(programId, q),
    queryFn: ({ signal }) =>
      api<{ items: TCaseCard[]; total: number }>(`${programPath(programId)}/cases`, {
        query: { q, status: 'active', pageSize: 20 },
        signal,
      }),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}
