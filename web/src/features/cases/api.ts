import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type {
  TAgenda,
  TAssignBody,
  TBoard,
  TCaseCard,
  TCaseDetail,
  TCaseFilter,
  TCaseListQuery,
  TCaseReport,
  TCaseSettings,
  TCaseStaff,
  TEncounterBody,
} from '../../../../shared/schemas/cases.ts';
import { api, upload } from '../../api/client.ts';
import type { UploadOptions } from '../../api/client.ts';
import type { Page } from '../users/api.ts';

const enc = encodeURIComponent;

export const casesPath = (programId: string) => `/api/programs/${enc(programId)}`;
export const casePath = (programId: string, caseId: string) =>
  `${casesPath(programId)}/cases/${enc(caseId)}`;

/** Filters as they travel in a query string: no empty values. */
export type CaseFilter = Omit<TCaseFilter, 'status'>;

export const caseKeys = {
  /** Everything that a change to any case of the program may alter. */
  all: (programId: string) => ['cases', programId] as const,
  settings: (programId: string) => ['cases', programId, 'settings'] as const,
  board: (programId: string, filter: CaseFilter) => ['cases', programId, 'board', filter] as const,
  column: (programId: string, filter: CaseFilter, stage: string) =>
    ['cases', programId, 'column', filter, stage] as const,
  list: (programId: string, query: CaseListParams) => ['cases', programId, 'list', query] as const,
  detail: (programId: string, caseId: string) => ['cases', programId, 'detail', caseId] as const,
  staff: (programId: string) => ['cases', programId, 'staff'] as const,
  report: (programId: string) => ['cases', programId, 'report'] as const,
  agenda: (programId: string) => ['cases', programId, 'agenda'] as const,
};

export function useCaseSettings(programId: string, enabled = true) {
  return useQuery({
    queryKey: caseKeys.settings(programId),
    queryFn: ({ signal }) =>
      api<TCaseSettings>(`${casesPath(programId)}/case-settings`, { signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useBoard(programId: string, filter: CaseFilter) {
  return useQuery({
    queryKey: caseKeys.board(programId, filter),
    queryFn: ({ signal }) =>
      api<TBoard>(`${casesPath(programId)}/board`, { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Cards of a column past the board's first page, 50 at a time, fetched only when asked for. */
export const COLUMN_PAGE_SIZE = 50;

export function useColumnMore(
  programId: string,
  filter: CaseFilter,
  stage: string,
  enabled: boolean,
) {
  return useInfiniteQuery({
    queryKey: caseKeys.column(programId, filter, stage),
    queryFn: ({ pageParam, signal }) =>
      api<Page<TCaseCard>>(`${casesPath(programId)}/cases`, {
        query: {
          ...filter,
          stage,
          status: 'active',
          sort: 'name',
          page: pageParam,
          pageSize: COLUMN_PAGE_SIZE,
        },
        signal,
      }),
    // The board holds page 1.
    initialPageParam: 2,
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
    enabled,
  });
}

export type CaseListParams = Omit<TCaseListQuery, 'status'> & {
  status?: TCaseListQuery['status'];
};

export function useCaseList(programId: string, params: CaseListParams) {
  return useQuery({
    queryKey: caseKeys.list(programId, params),
    queryFn: ({ signal }) =>
      api<Page<TCaseCard>>(`${casesPath(programId)}/cases`, { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The spreadsheet of the cases matching the filters. */
export function exportUrl(
  programId: string,
  filter: CaseFilter & { stage?: string; status?: string },
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, String(value));
  const qs = params.toString();
  return `${casesPath(programId)}/cases/export${qs ? `?${qs}` : ''}`;
}

export function useCase(programId: string, caseId: string, enabled = true) {
  return useQuery({
    queryKey: caseKeys.detail(programId, caseId),
    queryFn: ({ signal }) => api<TCaseDetail>(casePath(programId, caseId), { signal }),
    enabled,
  });
}

/**
 * Refreshes every case query of the program but its settings: a change to a case, or to what its
 * card shows (its diagnosis, its plan), may move any list, count or detail. `fresh` is a case
 * whose detail the caller has just put in the cache.
 */
export function casesChanged(queryClient: QueryClient, programId: string, fresh?: string) {
  void queryClient.invalidateQueries({
    queryKey: caseKeys.all(programId),
    predicate: (q) =>
      !(q.queryKey[2] === 'detail' && q.queryKey[3] === fresh) && q.queryKey[2] !== 'settings',
  });
}

/** After any change: the answer is the case as it is now; every list and count may have moved. */
export function caseChanged(queryClient: QueryClient, programId: string, detail: TCaseDetail) {
  queryClient.setQueryData(caseKeys.detail(programId, detail.id), detail);
  casesChanged(queryClient, programId, detail.id);
}

export interface MoveVariables {
  caseId: string;
  stage: string;
  version: number;
  encounter?: TEncounterBody;
}

export function moveCase(programId: string, { caseId, ...body }: MoveVariables) {
  return api<TCaseDetail>(`${casePath(programId, caseId)}/move`, { method: 'POST', body });
}

export function useRecordEncounter(programId: string, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TEncounterBody) =>
      api<TCaseDetail>(`${casePath(programId, caseId)}/encounters`, { method: 'POST', body }),
    onSuccess: (detail) => caseChanged(queryClient, programId, detail),
  });
}

export function useWithdrawCase(programId: string, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { reason: string; note: string; version: number }) =>
      api<TCaseDetail>(`${casePath(programId, caseId)}/withdraw`, { method: 'POST', body }),
    onSuccess: (detail) => caseChanged(queryClient, programId, detail),
  });
}

export function useReactivateCase(programId: string, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { note: string; version: number }) =>
      api<TCaseDetail>(`${casePath(programId, caseId)}/reactivate`, { method: 'POST', body }),
    onSuccess: (detail) => caseChanged(queryClient, programId, detail),
  });
}

export interface AssignResult {
  assigned: number;
  caseloads: { userId: string; name: string; active: number }[];
}

export function useAssignCases(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<TAssignBody>) =>
      api<AssignResult>(`${casesPath(programId)}/cases/assign`, { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseKeys.all(programId) }),
  });
}

export function useCaseStaff(programId: string, enabled = true) {
  return useQuery({
    queryKey: caseKeys.staff(programId),
    queryFn: ({ signal }) => api<TCaseStaff>(`${casesPath(programId)}/cases/staff`, { signal }),
    enabled,
  });
}

export function useCaseReport(programId: string) {
  return useQuery({
    queryKey: caseKeys.report(programId),
    queryFn: ({ signal }) => api<TCaseReport>(`${casesPath(programId)}/cases/report`, { signal }),
  });
}

/** What needs attention now, within the caller's scope (the server decides the scope). */
export function useCaseAgenda(programId: string) {
  return useQuery({
    queryKey: caseKeys.agenda(programId),
    queryFn: ({ signal }) => api<TAgenda>(`${casesPath(programId)}/agenda`, { signal }),
  });
}

/** Where an encounter's attachment opens (inline, in a new tab; the server audits the read). */
export const attachmentUrl = (programId: string, caseId: string, attachmentId: string) =>
  `${casePath(programId, caseId)}/attachments/${enc(attachmentId)}`;

/** A photo or PDF for an encounter; the answer is the case as it is now. */
export function useAttachToEncounter(programId: string, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      encounterId,
      file,
      ...options
    }: { encounterId: string; file: File } & UploadOptions) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return upload<TCaseDetail>(
        `${casePath(programId, caseId)}/encounters/${enc(encounterId)}/attachments`,
        form,
        options,
      );
    },
    onSuccess: (detail) => caseChanged(queryClient, programId, detail),
  });
}

/** Saves the stages, gates, reasons and limits; everything shown with them may change. */
export function useSaveCaseSettings(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCaseSettings) =>
      api<TCaseSettings>(`${casesPath(programId)}/case-settings`, { method: 'PUT', body }),
    onSuccess: (settings) => {
      queryClient.setQueryData(caseKeys.settings(programId), settings);
      casesChanged(queryClient, programId);
    },
  });
}
