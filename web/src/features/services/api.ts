import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCaseExtraServices,
  TEcosystemReport,
  TExtraService,
  TExtraServiceBody,
} from '../../../../shared/schemas/mentors.ts';
import type {
  TService,
  TServiceBody,
  TServiceList,
  TServiceQuery,
} from '../../../../shared/schemas/services.ts';
import { api, upload } from '../../api/client.ts';
import type { UploadOptions } from '../../api/client.ts';

const servicesPath = (programId: string) =>
  `/api/programs/${encodeURIComponent(programId)}/services`;

export const serviceKeys = {
  all: (programId: string) => ['services', programId] as const,
  list: (programId: string, query: Partial<TServiceQuery>) =>
    ['services', programId, 'list', query] as const,
  extras: (programId: string, caseId: string) => ['services', programId, 'extras', caseId] as const,
  report: (programId: string, filter: EcosystemFilter) =>
    ['services', programId, 'report', filter] as const,
};

/** The report's filter as it travels in the query string. */
export interface EcosystemFilter {
  municipalityCode?: string;
}

/** The catalog, filtered and paged, with its counts over the whole filtered list. */
export function useServiceList(programId: string, query: Partial<TServiceQuery>) {
  return useQuery({
    queryKey: serviceKeys.list(programId, query),
    queryFn: ({ signal }) =>
      api<TServiceList>(servicesPath(programId), { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A service as the form sends it: new, or an edit of the version read. */
export function useSaveService(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TServiceBody }) =>
      id
        ? api<TService>(`${servicesPath(programId)}/${encodeURIComponent(id)}`, {
            method: 'PUT',
            body,
          })
        : api<TService>(servicesPath(programId), { method: 'POST', body }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: serviceKeys.all(programId) }),
  });
}

/** What an import did: rows read, services added and updated, entities added. */
export interface ServiceImportSummary {
  rows: number;
  created: number;
  updated: number;
  entitiesCreated: number;
}

export function useImportServices(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, ...options }: { file: File } & UploadOptions) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return upload<ServiceImportSummary>(`${servicesPath(programId)}/import`, form, options);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: serviceKeys.all(programId) }),
  });
}

/** The matrix to fill in, or the catalog as a matrix, in a format and language. */
export function servicesSpreadsheetUrl(
  programId: string,
  what: 'template' | 'export',
  format: 'xlsx' | 'csv',
  language: 'es' | 'en',
): string {
  return `${servicesPath(programId)}/${what}?format=${format}&language=${language}`;
}

const extrasPath = (programId: string, caseId: string) =>
  `/api/programs/${encodeURIComponent(programId)}/cases/${encodeURIComponent(caseId)}/extra-services`;

/** The services flagged for a case, the ones that could be, and whether the case is closed. */
export function useCaseExtraServices(programId: string, caseId: string, enabled = true) {
  return useQuery({
    queryKey: serviceKeys.extras(programId, caseId),
    queryFn: ({ signal }) => api<TCaseExtraServices>(extrasPath(programId, caseId), { signal }),
    enabled,
  });
}

/** A new extra service for the case, or an update of one (with the version read). */
export function useSaveExtraService(programId: string, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TExtraServiceBody }) =>
      id
        ? api<TExtraService>(`${extrasPath(programId, caseId)}/${encodeURIComponent(id)}`, {
            method: 'PUT',
            body,
          })
        : api<TExtraService>(extrasPath(programId, caseId), { method: 'POST', body }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: serviceKeys.all(programId) }),
  });
}

/** Services, coverage, mentors and extra services by city and lever. */
export function useEcosystemReport(programId: string, filter: EcosystemFilter) {
  return useQuery({
    queryKey: serviceKeys.report(programId, filter),
    queryFn: ({ signal }) =>
      api<TEcosystemReport>(`${servicesPath(programId)}/report`, { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}
