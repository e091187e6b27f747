import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { detectDelimiter, parseCsv } from './csv.ts';
import type { CsvDelimiter } from './csv.ts';
import { SpreadsheetError } from './errors.ts';

/** A cell the row check must report instead of reading: a formula never calculated, or #N/A. */
export type CellMarker =
  { marker: 'formula_without_value'; formula: string } | { marker: 'cell_error'; error: string };

export type CellValue = string | number | boolean | Date | null | CellMarker;

export interface SpreadsheetRow {
  /**
   * The row number a person sees in Excel (the header row of a normal file is 1). For CSV it
   * is the record number, which is also the text line unless a quoted cell holds line breaks.
   */
  line: number;
  cells: CellValue[];
}

export interface SpreadsheetData {
  format: 'xlsx' | 'csv';
  headers: string[];
  headerLine: number;
  rows: SpreadsheetRow[];
  /** CSV only: how the text was decoded and which delimiter was found. */
  encoding?: TextEncodingName;
  delimiter?: CsvDelimiter;
  /** XLSX only: the worksheet read. */
  sheetName?: string;
}

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface SpreadsheetLimits {
  maxBytes?: number;
  maxUncompressedBytes?: number;
  maxRows?: number;
}

const MIB = 1024 * 1024;
export const DEFAULT_LIMITS = {
  maxBytes: 20 * MIB,
  maxUncompressedBytes: 200 * MIB,
  maxRows: 200_000,
} as const satisfies Required<SpreadsheetLimits>;

/** Far more parts than any workbook has (a few dozen, a few hundred with images). */
const MAX_ZIP_ENTRIES = 10_000;
/** Entries this big that compress better than 100:1 are not spreadsheets, they are bombs. */
const BOMB_RATIO = 100;
const BOMB_RATIO_MIN_BYTES = 10 * MIB;

export function isCellMarker(value: CellValue): value is CellMarker {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function isEmptyCell(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

function megabytes(bytes: number): number {
  return Math.round((bytes / MIB) * 10) / 10;
}

const MAGIC_NUMBERS: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['exe', [0x4d, 0x5a]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  // OLE2 compound file: a legacy .xls, or an .xlsx protected with a password.
  ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
  ['gzip', [0x1f, 0x8b]],
  ['rar', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) ||
      (bytes[2] === 5 && bytes[3] === 6) ||
      (bytes[2] === 7 && bytes[3] === 8))
  );
}

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot === -1 ? '' : filename.slice(dot + 1).toLowerCase();
}

const EXCEL_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xltx', 'xls']);

/**
 * Reads the first worksheet of an .xlsx file, or a CSV file, into header and data rows. The
 * format comes from the content (a zip is an .xlsx, text is CSV); the name only refuses an Excel
 * name on something that is not a zip. Whole-file problems throw a `SpreadsheetError`; problems
 * of single cells are left to the row check. Empty rows are dropped, line numbers kept.
 */
export async function readSpreadsheet(options: {
  bytes: Uint8Array;
  filename: string;
  limits?: SpreadsheetLimits;
  /**
   * Which row holds the headers; rows before it (a title, merged across the sheet) are skipped.
   * By default the first row with any value.
   */
  isHeader?: (texts: string[]) => boolean;
}): Promise<SpreadsheetData> {
  const { bytes, filename } = options;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // Checked first, before anything looks inside, so a huge upload costs nothing.
  if (bytes.byteLength > limits.maxBytes) {
    throw new SpreadsheetError('file_too_large', {
      size: megabytes(bytes.byteLength),
      limit: megabytes(limits.maxBytes),
    });
  }
  if (bytes.byteLength === 0) throw new SpreadsheetError('empty_file');

  const isHeader = options.isHeader ?? (() => true);
  if (isZip(bytes)) return readXlsx({ bytes, limits, isHeader });

  const known = MAGIC_NUMBERS.find(([, magic]) => startsWith(bytes, magic));
  if (known) throw new SpreadsheetError('unsupported_format', { detected: known[0] });
  if (EXCEL_EXTENSIONS.has(extensionOf(filename))) {
    throw new SpreadsheetError('unsupported_format', { detected: 'not_a_zip' });
  }
  return readCsv({ bytes, limits, isHeader });
}

// ---------------------------------------------------------------------------------------------
// CSV

// C0 controls other than tab, line feed and carriage return, DEL and C1 controls: never in a
// spreadsheet, always in a binary file or a file decoded with the wrong encoding.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

// Windows-1252 code points of bytes 0x80–0x9F (WHATWG index); 0 marks the five unassigned bytes.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252 by hand: Node 20.18.3+ and 22.13+ decode 'windows-1252' as Latin-1, turning € and
 * curly quotes into C1 controls (nodejs/node#60888). Unassigned bytes stay C1 controls, which the
 * caller refuses.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (ch) => {
    const code = CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? 0;
    return code === 0 ? ch : String.fromCharCode(code);
  });
}

function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const decoded = decodeBytes(bytes);
  if (CONTROL_CHARACTERS.test(decoded.text)) throw new SpreadsheetError('not_utf8_or_cp1252');
  return decoded;
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    // Excel's "Unicode text" export: UTF-16 little endian with BOM, tab-delimited.
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  if (bytes.includes(0)) throw new SpreadsheetError('unsupported_format', { detected: 'binary' });
  try {
    // The decoder drops the BOM itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // A BOM promises UTF-8: invalid bytes after it are not Windows-1252 text.
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      throw new SpreadsheetError('not_utf8_or_cp1252');
    }
    // Excel in Spanish on Windows saves "CSV (delimitado por comas)" in Windows-1252.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function readCsv(options: {
  bytes: Uint8Array;
  limits: Required<SpreadsheetLimits>;
  isHeader: (texts: string[]) => boolean;
}): SpreadsheetData {
  const { text, encoding } = decodeText(options.bytes);
  const delimiter = detectDelimiter(text);
  const { maxRows } = options.limits;
  let headers: string[] | undefined;
  let headerLine = 0;
  const rows: SpreadsheetRow[] = [];
  parseCsv({
    text,
    delimiter,
    onRecord: (fields, recordIndex) => {
      if (fields.every((f) => f.trim() === '')) return;
      const line = recordIndex + 1;
      if (!headers) {
        const texts = fields.map((f) => f.trim());
        if (options.isHeader(texts)) {
          headers = texts;
          headerLine = line;
        }
        return;
      }
      if (rows.length >= maxRows) throw new SpreadsheetError('too_many_rows', { limit: maxRows });
      rows.push({ line, cells: fields });
    },
  });
  if (!headers) throw new SpreadsheetError('empty_file');
  return { format: 'csv', headers, headerLine, rows, encoding, delimiter };
}

// ---------------------------------------------------------------------------------------------
// XLSX

function openZip(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err) reject(err);
      else resolve(zip);
    });
  });
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Inflates an entry into nothing, counting; yauzl fails if it yields more than it declared. */
function drainEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) {
        reject(err);
        return;
      }
      let count = 0;
      stream.on('data', (chunk: Buffer) => {
        count += chunk.length;
      });
      stream.on('end', () => resolve(count));
      stream.on('error', reject);
    });
  });
}

/**
 * Refuses zip bombs before ExcelJS (which inflates every entry into memory) sees the file: first
 * from the sizes the central directory declares, then by inflating each entry into a counter,
 * because a hostile zip can declare small sizes and still expand without end.
 */
async function guardZip(options: {
  buffer: Buffer;
  limits: Required<SpreadsheetLimits>;
}): Promise<void> {
  const { buffer, limits } = options;
  let zip: yauzl.ZipFile;
  let entries: yauzl.Entry[];
  try {
    zip = await openZip(buffer);
    entries = await listEntries(zip);
  } catch {
    throw new SpreadsheetError('file_corrupt');
  }
  if (entries.length > MAX_ZIP_ENTRIES) {
    throw new SpreadsheetError('zip_bomb', { entries: entries.length });
  }
  const names = new Set(entries.map((e) => e.fileName));
  if (!names.has('xl/workbook.xml')) {
    const detected = names.has('content.xml')
      ? 'ods'
      : names.has('word/document.xml')
        ? 'docx'
        : 'zip';
    throw new SpreadsheetError('unsupported_format', { detected });
  }
  let declared = 0;
  for (const entry of entries) {
    declared += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > BOMB_RATIO_MIN_BYTES && ratio > BOMB_RATIO) {
      throw new SpreadsheetError('zip_bomb', { entry: entry.fileName, ratio: Math.round(ratio) });
    }
  }
  if (declared > limits.maxUncompressedBytes) {
    throw new SpreadsheetError('zip_bomb', {
      size: megabytes(declared),
      limit: megabytes(limits.maxUncompressedBytes),
    });
  }
  let inflated = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    try {
      inflated += await drainEntry(zip, entry);
    } catch (err) {
      // yauzl's size validation: the entry expands past what it declared.
      if (err instanceof Error && /too many bytes/.test(err.message)) {
        throw new SpreadsheetError('zip_bomb', { entry: entry.fileName });
      }
      throw new SpreadsheetError('file_corrupt');
    }
    if (inflated > limits.maxUncompressedBytes) {
      throw new SpreadsheetError('zip_bomb', {
        size: megabytes(inflated),
        limit: megabytes(limits.maxUncompressedBytes),
      });
    }
  }
}

function richTextToString(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join('');
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'richText' in value) {
    return richTextToString(value as ExcelJS.CellRichTextValue);
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function formulaResult(
  value: ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue,
): CellValue {
  const result: unknown = value.result;
  const formula = 'formula' in value ? value.formula : value.sharedFormula;
  if (result === undefined || result === null || result === '') {
    // Files written by scripts often carry formulas Excel never calculated (no cached <v>).
    return { marker: 'formula_without_value', formula: `=${formula}` };
  }
  if (typeof result === 'object' && !(result instanceof Date)) {
    if ('error' in result) return { marker: 'cell_error', error: String(result.error) };
    return textOf(result);
  }
  return result as string | number | boolean | Date;
}

function excelCellValue(cell: ExcelJS.Cell): CellValue {
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      // A merged range keeps its value in its top-left cell only.
      return null;
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
    case ExcelJS.ValueType.Date:
      return value as number | boolean | Date;
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
      return textOf(value);
    case ExcelJS.ValueType.RichText:
      return richTextToString(value as ExcelJS.CellRichTextValue);
    case ExcelJS.ValueType.Hyperlink:
      return textOf((value as ExcelJS.CellHyperlinkValue).text);
    case ExcelJS.ValueType.Formula:
      return formulaResult(value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue);
    case ExcelJS.ValueType.Error:
      return { marker: 'cell_error', error: String((value as ExcelJS.CellErrorValue).error) };
  }
}

function headerText(value: CellValue): string {
  if (value === null || isCellMarker(value)) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

type ExcelBuffer = Parameters<ExcelJS.Xlsx['load']>[0];

async function readXlsx(options: {
  bytes: Uint8Array;
  limits: Required<SpreadsheetLimits>;
  isHeader: (texts: string[]) => boolean;
}): Promise<SpreadsheetData> {
  const { bytes, limits } = options;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await guardZip({ buffer, limits });

  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its own `Buffer` as an ArrayBuffer; at run time it takes a Node Buffer.
    await workbook.xlsx.load(buffer as unknown as ExcelBuffer);
  } catch {
    throw new SpreadsheetError('file_corrupt');
  }
  const sheet = workbook.worksheets.find((ws) => ws.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetError('empty_file');
  // actualRowCount counts rows holding values: a cheap early refusal before converting cells.
  if (sheet.actualRowCount - 1 > limits.maxRows) {
    throw new SpreadsheetError('too_many_rows', { limit: limits.maxRows });
  }

  let headers: string[] | undefined;
  let headerLine = 0;
  const rows: SpreadsheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = new Array<CellValue>(row.cellCount).fill(null);
    let empty = true;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = excelCellValue(cell);
      cells[colNumber - 1] = value;
      if (!isEmptyCell(value)) empty = false;
    });
    if (empty) return;
    if (!headers) {
      const texts = cells.map(headerText);
      if (options.isHeader(texts)) {
        headers = texts;
        headerLine = rowNumber;
      }
      return;
    }
    if (rows.length >= limits.maxRows) {
      throw new SpreadsheetError('too_many_rows', { limit: limits.maxRows });
    }
    rows.push({ line: rowNumber, cells });
  });
  if (!headers) throw new SpreadsheetError('empty_file');
  return { format: 'xlsx', headers, headerLine, rows, sheetName: sheet.name };
}
