import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TBulletin,
  TBulletinEdition,
  TBulletinEditionInput,
  TDashboard,
  TReportOptions,
} from '../../../../shared/schemas/reports.ts';
import type { TLocale } from '../../../../shared/schemas/auth.ts';
import { api } from '../../api/client.ts';
import { queryString, reportQuery, type ReportFilter } from './filters.ts';

const enc = encodeURIComponent;
const reportsPath = (programId: string) => `/api/programs/${enc(programId)}/reports`;

/** The pages of the module. */
export const dashboardPage = (programId: string, filter: ReportFilter = {}) =>
  `/p/${enc(programId)}/reports${queryString({ ...filter })}`;
export const bulletinPage = (programId: string, asOf?: string) =>
  `/p/${enc(programId)}/reports/bulletin${queryString({ asOf })}`;

/** The files: a figure's table, the bulletin, the researcher's rows. */
export const figureExportUrl = (
  programId: string,
  key: string,
  format: 'csv' | 'xlsx',
  filter: ReportFilter,
  language: TLocale,
) =>
  `${reportsPath(programId)}/figures/${enc(key)}/export${queryString({
    format,
    ...reportQuery(filter, language),
  })}`;

export type BulletinFormat = 'html' | 'pdf' | 'xlsx' | 'json';
export const bulletinUrl = (
  programId: string,
  format: BulletinFormat,
  filter: ReportFilter,
  language: TLocale,
) =>
  `${reportsPath(programId)}/bulletin${queryString({ format, ...reportQuery(filter, language) })}`;

export const researchRowsUrl = (programId: string, format: 'csv' | 'xlsx') =>
  `${reportsPath(programId)}/research-rows${queryString({ format })}`;

export const reportKeys = {
  all: (programId: string) => ['reports', programId] as const,
  options: (programId: string) => ['reports', programId, 'options'] as const,
  dashboard: (programId: string, filter: ReportFilter, language: TLocale) =>
    ['reports', programId, 'dashboard', filter, language] as const,
  bulletin: (programId: string, asOf: string, language: TLocale) =>
    ['reports', programId, 'bulletin', asOf, language] as const,
  edition: (programId: string, asOf: string) => ['reports', programId, 'edition', asOf] as const,
};

/** Cities, localities and supervisors in the reader's scope, the cycle, and what they may do. */
export function useReportOptions(programId: string) {
  return useQuery({
    queryKey: reportKeys.options(programId),
    queryFn: ({ signal }) => api<TReportOptions>(`${reportsPath(programId)}/options`, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The summary and every figure for the filters, with their labels in the UI language. */
export function useDashboard(programId: string, filter: ReportFilter, language: TLocale) {
  return useQuery({
    queryKey: reportKeys.dashboard(programId, filter, language),
    queryFn: ({ signal }) =>
      api<TDashboard>(`${reportsPath(programId)}/dashboard`, {
        query: reportQuery(filter, language),
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The bulletin as data, for the bottlenecks its figures show. */
export function useBulletin(programId: string, asOf: string, language: TLocale) {
  return useQuery({
    queryKey: reportKeys.bulletin(programId, asOf, language),
    queryFn: ({ signal }) =>
      api<TBulletin>(`${reportsPath(programId)}/bulletin`, {
        query: { ...reportQuery({ asOf }, language), format: 'json' },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** What was written for the edition of this as-of date (empty texts and version 0 when nothing). */
export function useBulletinEdition(programId: string, asOf: string) {
  return useQuery({
    queryKey: reportKeys.edition(programId, asOf),
    queryFn: ({ signal }) =>
      api<TBulletinEdition>(`${reportsPath(programId)}/bulletins/${enc(asOf)}`, { signal }),
    // The form is filled from it: a background refetch must not overwrite what is being typed.
    refetchOnWindowFocus: false,
  });
}

export function useSaveBulletinEdition(programId: string, asOf: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBulletinEditionInput) =>
      api<TBulletinEdition>(`${reportsPath(programId)}/bulletins/${enc(asOf)}`, {
        method: 'PUT',
        body,
      }),
    onSuccess: (edition) => {
      queryClient.setQueryData(reportKeys.edition(programId, asOf), edition);
      void queryClient.invalidateQueries({
        queryKey: reportKeys.all(programId),
        predicate: (q) => q.queryKey[2] === 'bulletin',
      });
    },
  });
}

/** A GeoJSON document as ECharts' registerMap takes it. */
export interface GeoJson {
  type: 'FeatureCollection';
  features: unknown[];
}

/** The maps never change while the app runs: fetched once. */
const GEO_STALE = 24 * 3600_000;

export function useGeo(name: 'co-departments' | 'bogota-localities', enabled: boolean) {
  return useQuery({
    queryKey: ['geo', name] as const,
    queryFn: ({ signal }) => api<GeoJson>(`/api/geo/${name}`, { signal }),
    enabled,
    staleTime: GEO_STALE,
    gcTime: GEO_STALE,
  });
}

/** `{ "68001": [longitude, latitude] }` of the cities. */
export function useCentroids(enabled: boolean) {
  return useQuery({
    queryKey: ['geo', 'municipality-centroids'] as const,
    queryFn: ({ signal }) =>
      api<Record<string, [number, number]>>('/api/geo/municipality-centroids', { signal }),
    enabled,
    staleTime: GEO_STALE,
    gcTime: GEO_STALE,
  });
}
