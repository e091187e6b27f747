import type { TReportQuery } from '../../../../shared/schemas/reports.ts';

/** The dashboard's filters as the URL keeps them; the language comes from the UI, not the URL. */
export type ReportFilter = Omit<TReportQuery, 'language'>;

export const REPORT_FILTER_KEYS = [
  'asOf',
  'from',
  'municipalityCode',
  'localityCode',
  'supervisorId',
] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CITY = /^\d{5}$/;
const LOCALITY = /^\d{5}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A real calendar day written `YYYY-MM-DD` (not 2026-02-30). */
export function isIsoDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * The filters in the URL, each dropped when it is not a value the server would accept; a locality
 * only with its city.
 */
export function readReportFilter(params: URLSearchParams): ReportFilter {
  const out: ReportFilter = {};
  const asOf = params.get('asOf');
  if (asOf && isIsoDay(asOf)) out.asOf = asOf;
  const from = params.get('from');
  if (from && isIsoDay(from)) out.from = from;
  const city = params.get('municipalityCode');
  if (city && CITY.test(city)) out.municipalityCode = city;
  const locality = params.get('localityCode');
  if (locality && LOCALITY.test(locality) && city && locality.startsWith(`${city}-`))
    out.localityCode = locality;
  const supervisor = params.get('supervisorId');
  if (supervisor && UUID.test(supervisor)) out.supervisorId = supervisor;
  return out;
}

/** Today in Bogotá, `YYYY-MM-DD`: the day the server counts up to when no date is chosen. */
export function todayInBogota(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Bogota',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The filters as query parameters of an API call or a file's address, in the UI language. */
export function reportQuery(
  filter: ReportFilter,
  language: TReportQuery['language'],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of REPORT_FILTER_KEYS) {
    const value = filter[key];
    if (value) out[key] = value;
  }
  out.language = language;
  return out;
}

/** A query string (`?a=1&b=2`) of parameters, leaving out the empty ones. */
export function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const qs = search.toString();
  return qs ? `?${qs}` : '';
}

export type ReportFilterKey = (typeof REPORT_FILTER_KEYS)[number];

interface ErrorLike {
  status: number;
  code: string;
  message: string;
  fields: { path: string; message: string }[];
}
const errorLike = (e: unknown): e is ErrorLike =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as ErrorLike).code === 'string' &&
  Array.isArray((e as ErrorLike).fields);
const isFilterKey = (key: string | undefined): key is ReportFilterKey =>
  (REPORT_FILTER_KEYS as readonly string[]).includes(key ?? '');

/**
 * The server's refusal placed on the filter it is about: a field error by its path's last
 * segment (`asOf`, `query.asOf`), a place or supervisor out of the program or the reader's scope
 * on the filter that chose it. Empty when the error is about none of them.
 */
export function filterErrors(
  error: unknown,
  filter: ReportFilter,
): Partial<Record<ReportFilterKey, string>> {
  const out: Partial<Record<ReportFilterKey, string>> = {};
  if (!errorLike(error)) return out;
  for (const field of error.fields) {
    const key = field.path.split('.').pop();
    if (isFilterKey(key) && !(key in out)) out[key] = field.message;
  }
  // A default that follows from a chosen value (the period's start after a too early as-of
  // date) is not the person's mistake: only the filters they chose are marked, when one is.
  const chosen = Object.keys(out).filter((k) => filter[k as ReportFilterKey]);
  if (chosen.length > 0)
    for (const key of Object.keys(out) as ReportFilterKey[]) if (!filter[key]) delete out[key];
  if (Object.keys(out).length > 0 || error.status >= 500 || error.status === 0) return out;
  const code = error.code;
  if (filter.localityCode && /locality/.test(code)) out.localityCode = error.message;
  else if (filter.supervisorId && /supervisor/.test(code)) out.supervisorId = error.message;
  else if (filter.municipalityCode && (/city|municipality/.test(code) || error.status === 404))
    out.municipalityCode = error.message;
  return out;
}
