import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
};

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
