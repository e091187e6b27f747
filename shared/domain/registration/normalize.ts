/**
 * Normalizers for what owners and facilitators type (or paste from spreadsheets) at
 * registration. They make equal things compare equal; validation stays in the Zod schemas.
 */
import { calendarDate, formatIsoDate } from './dates.ts';

/** "1.098.765.432" → "1098765432"; " ce-45 678 " → "CE45678". */
export function normalizeDocumentNumber(raw: string): string {
  return raw.replace(/[.,\s-]/g, '').toUpperCase();
}

// Mobiles start with 3; landlines start with 60 + the regional digit since the 2021 numbering.
const NATIONAL_PHONE = /^(?:3\d{9}|60\d{8})$/;
const WITH_COUNTRY_CODE = /^(?:\+57|0057|57)(\d{10})$/;

/**
 * A 10-digit Colombian mobile or landline, or null when the input is not one.
 * "+57 300 123 4567" → "3001234567"; "(601) 234 5678" → "6012345678"; "12345" → null.
 * Pre-2021 landlines ("(1) 234 5678") are rejected rather than guessed into the 60x plan.
 */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.()-]/g, '');
  const national = WITH_COUNTRY_CODE.exec(compact)?.[1] ?? compact;
  return NATIONAL_PHONE.test(national) ? national : null;
}

/** Strips accents and the like; NFKD rather than NFD so that "º", "ª" and full-width forms fold. */
function foldForMatching(raw: string): string {
  return raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Text for matching, not for display: no accents, lower case, punctuation as word breaks, one
 * space between words. "  JOSÉ   Pérez-Gómez " → "jose perez gomez". Apostrophes join rather
 * than split ("D'Alessandro" → "dalessandro") because people type the name both ways.
 */
export function normalizeText(raw: string): string {
  return foldForMatching(raw)
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * One spelling per address word. Colombian addresses abbreviate road types and a few parts in
 * many ways; the keys are what people write, the values mostly the abbreviations of the DIAN
 * address nomenclature (the one the RUT uses).
 */
const ADDRESS_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    calle: 'cl',
    cl: 'cl',
    cll: 'cl',
    clle: 'cl',
    carrera: 'kr',
    cra: 'kr',
    carr: 'kr',
    crr: 'kr',
    kra: 'kr',
    kr: 'kr',
    cr: 'kr',
    avenida: 'av',
    avda: 'av',
    avd: 'av',
    ave: 'av',
    av: 'av',
    ac: 'av cl', // avenida calle
    ak: 'av kr', // avenida carrera
    diagonal: 'dg',
    diag: 'dg',
    dg: 'dg',
    transversal: 'tv',
    transv: 'tv',
    trans: 'tv',
    trv: 'tv',
    tv: 'tv',
    tr: 'tv',
    numero: '#',
    num: '#',
    nro: '#',
    no: '#',
    apartamento: 'ap',
    apto: 'ap',
    apt: 'ap',
    ap: 'ap',
    interior: 'in',
    int: 'in',
    bloque: 'bl',
    blq: 'bl',
    bl: 'bl',
    manzana: 'mz',
    mza: 'mz',
    mz: 'mz',
    casa: 'cs',
    cs: 'cs',
    lote: 'lt',
    lt: 'lt',
    kilometro: 'km',
    km: 'km',
    barrio: 'br',
    br: 'br',
    vereda: 'vda',
    vda: 'vda',
  }),
);

/** Road types as normalizeAddress spells them. */
export const ADDRESS_ROAD_TYPES: ReadonlySet<string> = new Set(['cl', 'kr', 'av', 'dg', 'tv']);

/** Every word normalizeAddress may produce from an abbreviation: the words that name no place. */
export const ADDRESS_KEYWORDS: ReadonlySet<string> = new Set(
  [...ADDRESS_WORDS.values()].flatMap((spelling) => spelling.split(' ')),
);

/**
 * normalizeText plus one spelling per address word, digits split from letters ("45A" and
 * "45 A" agree) and "#" kept as a word. "Calle 45 # 23-18" and "CL 45 No. 23 - 18" both give
 * "cl 45 # 23 18".
 */
export function normalizeAddress(raw: string): string {
  const spaced = foldForMatching(raw)
    .replace(/['’`]/g, '')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    // "N°" with a degree sign; "Nº" with the ordinal indicator already folded to "no".
    .replace(/\bn\s*°/g, ' # ')
    .replace(/#/g, ' # ')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
  if (spaced === '') return '';
  return spaced
    .split(' ')
    .map((word) => ADDRESS_WORDS.get(word) ?? word)
    .join(' ');
}

// Day first, as Colombians write dates; the same separator on both sides.
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const YEAR_FIRST = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/;
/** Excel's 1900 date system counts the non-existent 29 February 1900 as serial 60. */
const EXCEL_FAKE_LEAP_DAY = 60;
const EXCEL_MAX_SERIAL = 2_958_465; // 9999-12-31
const MS_PER_DAY = 86_400_000;

function fromExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  // A fraction is the time of day; the date is the whole part.
  const day = Math.floor(serial);
  if (day < 1 || day > EXCEL_MAX_SERIAL || day === EXCEL_FAKE_LEAP_DAY) return null;
  // Serials after the fake leap day are one ahead of a plain count from 1899-12-31.
  const daysAfter18991231 = day < EXCEL_FAKE_LEAP_DAY ? day : day - 1;
  const date = new Date(Date.UTC(1899, 11, 31) + daysAfter18991231 * MS_PER_DAY);
  return formatIsoDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

/**
 * An ISO date (`YYYY-MM-DD`) from what a form or a spreadsheet holds, or null. Accepts
 * `YYYY-MM-DD` (also `YYYY/MM/DD` and one-digit month or day), `DD/MM/YYYY`, `D/M/YYYY`,
 * `DD-MM-YYYY`, `DD.MM.YYYY` and Excel serial day numbers (1900 date system: 45000 →
 * "2023-03-15"). Day-month order is never guessed from the values:
 * 03/04/2024 is 3 April. Two-digit years and impossible dates (31/02/2024) give null.
 * Serials are accepted only as numbers: a digit string could as well be a year or a code.
 */
export function parseFlexibleDate(raw: string | number): string | null {
  if (typeof raw === 'number') return fromExcelSerial(raw);
  const text = raw.trim();
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const [, year, , month, day] = yearFirst;
    const date = calendarDate({ year: Number(year), month: Number(month), day: Number(day) });
    return date ? formatIsoDate(date) : null;
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, day, , month, year] = dayFirst;
    const date = calendarDate({ year: Number(year), month: Number(month), day: Number(day) });
    return date ? formatIsoDate(date) : null;
  }
  return null;
}

/**
 * The answer to a yes/no question: `value` is null when the cell was left empty, which the
 * sensitive questions read as "prefers not to answer". `ok: false` means the text is not an
 * answer at all ("tal vez", "2") and the caller should ask again or flag the row.
 */
export type YesNoAnswer = { ok: true; value: boolean | null } | { ok: false };

const YES = new Set(['si', 's', 'yes', 'y', 'true', 'verdadero', '1', 'x']);
const NO = new Set(['no', 'n', 'false', 'falso', '0']);

/** "Sí", "SI", "x", "1" → true; "No", "0", "FALSO" → false; "" → null; "tal vez" → not ok. */
export function parseYesNo(raw: string): YesNoAnswer {
  const text = normalizeText(raw);
  if (text === '' && raw.trim() === '') return { ok: true, value: null };
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return { ok: false };
}
