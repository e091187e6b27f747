/**
 * The services ecosystem's rules, pure: when a service opens (a month, "permanent / open", or not
 * said), and whether it is **active** or **to be activated** today, with the reasons.
 *
 * Active = (a start month is set and has arrived, or it is permanent / open) and (a link,
 * requirements or a contact person is given). Otherwise to be activated, saying why.
 */

export type Opening =
  { kind: 'month'; month: string } | { kind: 'permanent' } | { kind: 'none' } | { kind: 'invalid' };

const MONTHS: Record<string, number> = {
  enero: 1,
  ene: 1,
  january: 1,
  jan: 1,
  febrero: 2,
  feb: 2,
  february: 2,
  marzo: 3,
  mar: 3,
  march: 3,
  abril: 4,
  abr: 4,
  april: 4,
  apr: 4,
  mayo: 5,
  may: 5,
  junio: 6,
  jun: 6,
  june: 6,
  julio: 7,
  jul: 7,
  july: 7,
  agosto: 8,
  ago: 8,
  august: 8,
  aug: 8,
  septiembre: 9,
  setiembre: 9,
  sep: 9,
  sept: 9,
  september: 9,
  octubre: 10,
  oct: 10,
  october: 10,
  noviembre: 11,
  nov: 11,
  november: 11,
  diciembre: 12,
  dic: 12,
  december: 12,
  dec: 12,
};

/** Words that say a service is always open. */
const PERMANENT =
  /^(permanente|abiert[ao]|siempre|todo el ano|continu[ao]|permanent|open|always|ongoing)\b/;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const pad = (n: number) => String(n).padStart(2, '0');

function month(year: number, m: number): Opening {
  if (m < 1 || m > 12 || year < 1990 || year > 2100) return { kind: 'invalid' };
  return { kind: 'month', month: `${year}-${pad(m)}` };
}

/** Days between 1899-12-30 and 1970-01-01: where Excel's day numbers start. */
const EXCEL_EPOCH_DAYS = 25_569;

/**
 * Reads a start month as people write it in the matrix: "marzo 2026", "Marzo de 2026", "mar-26",
 * "2026-03", "03/2026", "1/03/2026", a spreadsheet date or day number, "permanente", "abierta".
 */
export function parseOpening(value: string | number | Date | null | undefined): Opening {
  if (value === null || value === undefined) return { kind: 'none' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: 'invalid' };
    return month(value.getUTCFullYear(), value.getUTCMonth() + 1);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1) return { kind: 'invalid' };
    const date = new Date((Math.floor(value) - EXCEL_EPOCH_DAYS) * 86_400_000);
    return month(date.getUTCFullYear(), date.getUTCMonth() + 1);
  }
  const text = fold(value);
  if (
    text === '' ||
    text === '-' ||
    /^(n\/?a|no aplica|sin fecha|por definir|pendiente)$/.test(text)
  )
    return { kind: 'none' };
  if (PERMANENT.test(text)) return { kind: 'permanent' };
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?$/.exec(text);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(?:\d{1,2}[-/.])?(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = /^([a-z]+)\.?(?: de| del)?[ -/]*(\d{2}|\d{4})$/.exec(text);
  if (m && MONTHS[m[1]!] !== undefined) {
    const year = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    return month(year, MONTHS[m[1]!]!);
  }
  return { kind: 'invalid' };
}

export type ServiceStatus = 'active' | 'to_activate';
export type InactiveReason = 'no_opening_date' | 'opening_not_reached' | 'no_way_to_reach';

export interface StatusInput {
  /** YYYY-MM, or null. */
  startMonth: string | null;
  permanent: boolean;
  link: string | null;
  requirements: string | null;
  contact: string | null;
}

const given = (s: string | null) => s !== null && s.trim() !== '';

/** The status of a service on `today` (YYYY-MM-DD), with every reason it is not active. */
export function serviceStatus(
  s: StatusInput,
  today: string,
): { status: 'active' } | { status: 'to_activate'; reasons: InactiveReason[] } {
  const reasons: InactiveReason[] = [];
  if (!s.permanent) {
    if (!s.startMonth) reasons.push('no_opening_date');
    else if (s.startMonth > today.slice(0, 7)) reasons.push('opening_not_reached');
  }
  if (!given(s.link) && !given(s.requirements) && !given(s.contact))
    reasons.push('no_way_to_reach');
  return reasons.length === 0 ? { status: 'active' } : { status: 'to_activate', reasons };
}

/** A link people can open: http(s), with a host that has a dot. */
export function isWebLink(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
