import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TAuditEvent, TAuditQuery } from '../../../../shared/schemas/audit.ts';
import { api } from '../../api/client.ts';
import type { Page } from '../users/api.ts';

export type AuditParams = Partial<Omit<TAuditQuery, 'page' | 'pageSize'>> & {
  page: number;
  pageSize: number;
};

export function useAuditEvents(params: AuditParams) {
  return useQuery({
    queryKey: ['audit', params] as const,
    queryFn: ({ signal }) => api<Page<TAuditEvent>>('/api/audit', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The start of a calendar day in the browser's time zone, as the API wants it (ISO with offset). */
export function dayStartIso(day: string): string | undefined {
  const date = new Date(`${day}T00:00:00`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The last millisecond of a calendar day in the browser's time zone. */
export function dayEndIso(day: string): string | undefined {
  const date = new Date(`${day}T23:59:59.999`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Top-level keys whose value differs between before and after (for objects). */
export function changedKeys(before: unknown, after: unknown): string[] {
  const isObj = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(before) || !isObj(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}
