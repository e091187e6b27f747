import { ZApplicantInput } from '../../../../shared/schemas/registration.ts';
import type { TApplicantInput } from '../../../../shared/schemas/registration.ts';
import {
  APPLICANT_COLUMNS,
  allowedValues,
  detectHeaderLanguage,
  enumLookup,
  matchHeader,
} from './columns.ts';
import type { ApplicantColumn, SpreadsheetLanguage } from './columns.ts';
import {
  normalizeDocumentNumber,
  normalizePhone,
  parseFlexibleDate,
  parseYesNo,
} from '../../../../shared/domain/registration/normalize.ts';
import { foldText } from './fold-text.ts';
import { isCellMarker } from './read.ts';
import type { CellValue, SpreadsheetRow } from './read.ts';

export type ColumnProblemCode = 'unknown_column' | 'duplicate_column' | 'missing_column';

export interface ColumnProblem {
  /** The header as written in the file; for a missing column, the template header. */
  header: string;
  code: ColumnProblemCode;
  /** The field (dotted path) of a duplicate or missing column. */
  column?: string;
  /** 1-based position in the file (absent for a missing column). */
  position?: number;
}

export interface RowError {
  /** The header as written in the file (the template header when the column is missing). */
  column: string;
  /** Dotted path in `TApplicantInput`, e.g. `owner.phone`. */
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export interface ApplicantRowsResult {
  columnProblems: ColumnProblem[];
  valid: Array<{ line: number; applicant: TApplicantInput }>;
  invalid: Array<{ line: number; errors: RowError[] }>;
  /** The language of the headers (for messages naming template headers). */
  language: SpreadsheetLanguage;
}

/** Why a cell could not be converted; allocated only for bad cells. */
class CellFailure {
  constructor(
    readonly code: string,
    readonly params?: Record<string, string | number>,
  ) {}
}

const FORMULA_NOT_ALLOWED = new CellFailure('formula_not_allowed');
const DASHES = /^[-–—]+$/;

type Converted = unknown;
type Converter = (value: CellValue) => Converted;

const FORMULA_START = /^[=+\-@]/;
// A leading sign followed only by digits and number punctuation is a number or a phone, not a
// formula: it can compute nothing that leaks data (DDE payloads need letters, `|` or `!`).
const SIGNED_NUMBER = /^[+-][\d\s.,()/$-]*$/;

/** Whether a text would run as a formula when the data is opened in a spreadsheet again. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !SIGNED_NUMBER.test(text);
}

// A time after a date, as Excel writes date-time cells to CSV ("12/04/1988 0:00").
const TIME_OF_DAY =
  /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[ap]\.?\s?m\.?)?(?:Z|[+-]\d{2}:?\d{2})?)$/i;

function isoFromDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  // ExcelJS builds dates at UTC midnight of the serial: UTC fields are the calendar date.
  const iso = date.toISOString().slice(0, 10);
  return /^\d{4}-/.test(iso) ? iso : null;
}

/** A cell as trimmed text with inner runs of whitespace collapsed ('' when empty). */
function cellText(value: Exclude<CellValue, null>): string {
  if (typeof value === 'string') {
    const text = value.trim();
    // Tested first: most cells have nothing to collapse, and replace() would copy them anyway.
    return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text;
  }
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return isoFromDate(value) ?? '';
  if (typeof value === 'boolean') return String(value);
  // Markers never reach the converters; the row loop reports them.
  return '';
}

/**
 * A whole number written with thousands separators, currency or a zero decimal part:
 * "1.500.000", "1,500,000", "$ 1.500.000", "1'500.000", "1.500.000,00". A separator followed by
 * exactly three digits is a thousands separator (money and head counts have no thousandths);
 * a last separator followed by one or two digits is the decimal mark.
 */
export function parseLocaleNumber(raw: string): { value: number; integer: boolean } | null {
  let s = raw.replace(/\s|\$|cop/gi, '');
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s.startsWith('-')) sign = -1;
    s = s.slice(1);
  }
  // The apostrophe only ever separates millions ("1'500.000"); never a decimal mark.
  if (!/^\d[\d.,'’]*$/.test(s) || /[.,'’]$/.test(s)) return null;
  const parts = s.split(/[.,'’]/);
  const last = parts[parts.length - 1] ?? '';
  let integerGroups = parts;
  let fraction = '';
  if (parts.length > 1 && last.length !== 3) {
    const mark = s.charAt(s.length - last.length - 1);
    if (last.length > 2 || (mark !== '.' && mark !== ',')) return null;
    fraction = last;
    // The decimal mark cannot also be a thousands separator ("1.500.5").
    if (s.slice(0, s.length - last.length - 1).includes(mark)) return null;
    integerGroups = parts.slice(0, -1);
  }
  if (integerGroups.length > 1) {
    const [first = '', ...rest] = integerGroups;
    if (first.length > 3 || rest.some((g) => g.length !== 3)) return null;
  }
  const integerDigits = integerGroups.join('');
  const value = sign * Number(fraction ? `${integerDigits}.${fraction}` : integerDigits);
  if (!Number.isFinite(value)) return null;
  return { value, integer: !/[1-9]/.test(fraction) };
}

const PREFERS_NOT_TO_ANSWER = new Set(
  [
    'prefiero no responder',
    'prefiere no responder',
    'prefiero no decir',
    'no responde',
    'no sabe no responde',
    'ns/nr',
    'nr',
    'prefer not to answer',
    'prefer not to say',
  ].map(foldText),
);

/** Caches conversions of short repeated texts (Sí, No, CC, F …), which is most enum cells. */
function memoized(convert: (text: string) => Converted): (text: string) => Converted {
  const cache = new Map<string, Converted>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit;
    const result = convert(text);
    if (cache.size < 512) cache.set(text, result);
    return result;
  };
}

function converterFor(column: ApplicantColumn, language: SpreadsheetLanguage): Converter {
  const empty = column.required ? undefined : null;
  switch (column.type) {
    case 'text':
      return textConverter(column, empty);
    case 'date':
      return (value) => {
        if (value === null) return empty;
        let iso: string | null;
        if (value instanceof Date) iso = isoFromDate(value);
        else if (typeof value === 'number') iso = parseFlexibleDate(value);
        else if (typeof value === 'string') {
          const text = value.trim();
          if (text === '') return empty;
          // A date column formatted as "General" exports its serial number as text.
          iso = /^\d{1,7}(\.\d+)?$/.test(text)
            ? parseFlexibleDate(Number(text))
            : parseFlexibleDate(text.replace(TIME_OF_DAY, ''));
        } else iso = null;
        return iso ?? new CellFailure('invalid_date');
      };
    case 'boolean': {
      const fromText = memoized((text) => {
        const answer = parseYesNo(text);
        if (answer.ok && answer.value !== null) return answer.value;
        if (column.nullable && PREFERS_NOT_TO_ANSWER.has(foldText(text))) return null;
        return new CellFailure('boolean_format');
      });
      return (value) => {
        if (value === null) return empty;
        if (typeof value === 'boolean') return value;
        if (typeof value === 'number') {
          return value === 1 ? true : value === 0 ? false : new CellFailure('boolean_format');
        }
        if (typeof value === 'string') {
          const text = value.trim();
          return text === '' ? empty : fromText(text);
        }
        return new CellFailure('boolean_format');
      };
    }
    case 'integer':
    case 'money':
      return (value) => {
        if (value === null) return empty;
        if (typeof value === 'number') {
          return Number.isInteger(value) ? value : new CellFailure('integer_expected');
        }
        if (typeof value !== 'string') return new CellFailure('number_format');
        const text = value.trim();
        if (text === '') return empty;
        const parsed = parseLocaleNumber(text);
        if (!parsed) return new CellFailure('number_format');
        return parsed.integer ? Math.trunc(parsed.value) : new CellFailure('integer_expected');
      };
    case 'enum': {
      const lookup = enumLookup(column);
      const allowed = allowedValues(column, language).join(', ');
      const fromText = memoized(
        (text) => lookup.get(foldText(text)) ?? new CellFailure('invalid_option', { allowed }),
      );
      return (value) => {
        if (value === null) return empty;
        if (typeof value === 'string' || typeof value === 'number') {
          const text = String(value).trim();
          return text === '' ? empty : fromText(text);
        }
        return new CellFailure('invalid_option', { allowed });
      };
    }
  }
}

function textConverter(column: ApplicantColumn, empty: null | undefined): Converter {
  switch (column.textFormat ?? 'plain') {
    case 'document':
      return (value) => {
        if (value === null) return empty;
        if (typeof value === 'number') {
          return Number.isSafeInteger(value) && value >= 0
            ? String(value)
            : new CellFailure('document_number_format');
        }
        const text = cellText(value);
        return text === '' ? empty : normalizeDocumentNumber(text);
      };
    case 'phone':
      return (value) => {
        if (value === null) return empty;
        const text = cellText(value);
        if (text === '') return empty;
        return normalizePhone(text) ?? new CellFailure('phone_format');
      };
    case 'code': {
      const digits = column.digits ?? 0;
      return (value) => {
        if (value === null) return empty;
        const text = cellText(value);
        if (text === '') return empty;
        // Excel turns 05001 (Medellín) into the number 5001: put the lost zero back.
        return /^\d+$/.test(text) && text.length === digits - 1 ? `0${text}` : text;
      };
    }
    case 'plain':
    case 'email':
      return (value) => {
        if (value === null) return empty;
        const text = cellText(value);
        if (text === '') return empty;
        return text;
      };
  }
}

interface BoundColumn {
  column: ApplicantColumn;
  index: number;
  header: string;
  convert: Converter;
}

function setField(
  target: Record<string, Record<string, unknown>>,
  column: ApplicantColumn,
  value: unknown,
) {
  const section = target[column.section];
  if (section && value !== undefined) section[column.field] = value;
}

function bindColumns(options: { headers: string[]; rows: SpreadsheetRow[] }): {
  bound: BoundColumn[];
  missing: ApplicantColumn[];
  problems: ColumnProblem[];
  language: SpreadsheetLanguage;
} {
  const { headers, rows } = options;
  const language = detectHeaderLanguage(headers);
  const problems: ColumnProblem[] = [];
  const bound: BoundColumn[] = [];
  const byKey = new Map<string, BoundColumn>();
  let width = headers.length;
  for (const row of rows) width = Math.max(width, row.cells.length);
  for (let index = 0; index < width; index++) {
    const header = headers[index] ?? '';
    const column = header === '' ? undefined : matchHeader(header);
    if (!column) {
      // A blank header over blank cells is only the edge of the table, not a problem.
      const hasData =
        header !== '' ||
        rows.some((r) => {
          const v = r.cells[index];
          return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
        });
      if (hasData) problems.push({ header, code: 'unknown_column', position: index + 1 });
      continue;
    }
    if (byKey.has(column.key)) {
      problems.push({ header, code: 'duplicate_column', column: column.key, position: index + 1 });
      continue;
    }
    const binding = { column, index, header, convert: converterFor(column, language) };
    byKey.set(column.key, binding);
    bound.push(binding);
  }
  const missing = APPLICANT_COLUMNS.filter((c) => !byKey.has(c.key));
  for (const column of missing) {
    if (column.required) {
      problems.push({
        header: column.header[language],
        code: 'missing_column',
        column: column.key,
      });
    }
  }
  return { bound, missing, problems, language };
}

/** Regex fields whose schema has no message key of its own get a specific one here. */
const FORMAT_CODES: Partial<Record<string, string>> = {
  'owner.municipalityCode': 'municipality_code_format',
  'owner.localityCode': 'locality_code_format',
};

/** Maps a Zod issue to a message key of `validation.*` and its placeholders. */
function issueError(issue: {
  code: string;
  message: string;
  origin?: string;
  format?: string;
  minimum?: unknown;
  maximum?: unknown;
}): { code: string; params?: Record<string, string | number> } {
  // Schema refinements carry a message key (`phone_format`, `workers_women_over_total` …).
  if (/^[a-z][a-z0-9_]*$/.test(issue.message)) return { code: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'required' };
    case 'too_small':
    case 'too_big': {
      const origin = issue.origin === 'string' ? 'string' : 'number';
      const bound = issue.code === 'too_small' ? 'minimum' : 'maximum';
      return {
        code: `${issue.code}_${origin}`,
        params: { [bound]: Number(issue.code === 'too_small' ? issue.minimum : issue.maximum) },
      };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'invalid_email' };
      if (issue.format === 'date') return { code: 'invalid_date' };
      return { code: 'invalid_format' };
    case 'invalid_value':
      return { code: 'invalid_value' };
    default:
      return { code: 'invalid' };
  }
}

/**
 * Turns spreadsheet rows into applicants: each header is matched to a template column, each
 * cell is cleaned and converted, and the row is validated with `ZApplicantInput`. Every error of
 * every row is collected, each naming the header as the person wrote it.
 */
export function toApplicantRows(options: {
  headers: string[];
  rows: SpreadsheetRow[];
}): ApplicantRowsResult {
  const { bound, missing, problems, language } = bindColumns(options);
  const byField = new Map<string, BoundColumn>(bound.map((b) => [b.column.key, b]));
  const missingErrors: RowError[] = missing
    .filter((c) => c.required)
    .map((c) => ({ column: c.header[language], field: c.key, code: 'required' }));

  const valid: ApplicantRowsResult['valid'] = [];
  const invalid: ApplicantRowsResult['invalid'] = [];

  for (const row of options.rows) {
    const owner: Record<string, unknown> = {};
    const business: Record<string, unknown> = {};
    const target = { owner, business };
    let errors: RowError[] | undefined;
    for (const b of bound) {
      const raw = row.cells[b.index] ?? null;
      let value: Converted;
      if (typeof raw === 'string') {
        const text = raw.trim();
        // No valid value of any column starts like a formula (signed numbers and +57 phones
        // are exempt), so such text is refused before lenient parsing could accept "=F" as F.
        if (looksLikeFormula(text)) value = FORMULA_NOT_ALLOWED;
        // People write a dash for "nothing to say"; it means an empty cell.
        else value = b.convert(DASHES.test(text) ? null : raw);
      } else if (raw !== null && isCellMarker(raw)) {
        value =
          raw.marker === 'formula_without_value'
            ? new CellFailure('formula_without_value', { formula: raw.formula })
            : new CellFailure('cell_error', { value: raw.error });
      } else {
        value = b.convert(raw);
      }
      if (value instanceof CellFailure) {
        (errors ??= []).push({
          column: b.header,
          field: b.column.key,
          code: value.code,
          ...(value.params ? { params: value.params } : {}),
        });
        continue;
      }
      if (value === undefined) {
        (errors ??= []).push({ column: b.header, field: b.column.key, code: 'required' });
        continue;
      }
      setField(target, b.column, value);
    }

    const parsed = ZApplicantInput.safeParse(target);
    if (parsed.success && !errors && missingErrors.length === 0) {
      valid.push({ line: row.line, applicant: parsed.data });
      continue;
    }
    const rowErrors = errors ?? [];
    const reported = new Set(rowErrors.map((e) => e.field));
    for (const e of missingErrors) {
      rowErrors.push(e);
      reported.add(e.field);
    }
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join('.');
        // A cell already reported (bad conversion or empty) also fails the schema: say it once.
        if (reported.has(field)) continue;
        reported.add(field);
        const { code, params } = issueError(issue);
        rowErrors.push({
          column: byField.get(field)?.header ?? headerFor(field, language),
          field,
          code: (code === 'invalid_format' ? FORMAT_CODES[field] : undefined) ?? code,
          ...(params ? { params } : {}),
        });
      }
    }
    invalid.push({ line: row.line, errors: rowErrors });
  }
  return { columnProblems: problems, valid, invalid, language };
}

function headerFor(field: string, language: SpreadsheetLanguage): string {
  return APPLICANT_COLUMNS.find((c) => c.key === field)?.header[language] ?? field;
}
