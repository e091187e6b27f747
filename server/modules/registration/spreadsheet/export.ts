import ExcelJS from 'exceljs';
import type { SpreadsheetLanguage } from './columns.ts';
import { neutralizeFormula, writeCsv } from './csv.ts';

export type ExportCell = string | number | boolean | null;

const WORDS = {
  es: { sheet: 'Datos', yes: 'Sí', no: 'No' },
  en: { sheet: 'Data', yes: 'Yes', no: 'No' },
} as const;

function csvCell(value: ExportCell | undefined, language: SpreadsheetLanguage): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? WORDS[language].yes : WORDS[language].no;
  // Excel in Spanish reads "1,5" as a number and "1.5" as text.
  if (typeof value === 'number')
    return language === 'es' ? String(value).replace('.', ',') : String(value);
  return neutralizeFormula(value);
}

function xlsxCell(value: ExportCell | undefined, language: SpreadsheetLanguage): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? WORDS[language].yes : WORDS[language].no;
  if (typeof value === 'number') return value;
  // A string cell is never evaluated by Excel itself, but the file may be saved as CSV or opened
  // by other software later, so the same neutralization applies.
  return neutralizeFormula(value);
}

/**
 * Writes rows as .xlsx or CSV (UTF-8 with BOM; `;` in Spanish, `,` in English). Text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a
 * leading apostrophe, so exported data cannot attack whoever opens the file.
 */
export async function exportRows(options: {
  format: 'xlsx' | 'csv';
  language: SpreadsheetLanguage;
  columns: Array<{ key: string; header: string }>;
  rows: Array<Record<string, ExportCell>>;
  /** Further sheets after the data (a data dictionary); .xlsx only, a CSV has one table. */
  extraSheets?: Array<{
    name: string;
    columns: Array<{ key: string; header: string }>;
    rows: Array<Record<string, ExportCell>>;
  }>;
}): Promise<Uint8Array> {
  const { format, language, columns, rows } = options;
  if (format === 'csv') {
    return writeCsv({
      records: [
        columns.map((c) => neutralizeFormula(c.header)),
        ...rows.map((row) => columns.map((c) => csvCell(row[c.key], language))),
      ],
      delimiter: language === 'es' ? ';' : ',',
    });
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Palanca';
  const sheets = [{ name: WORDS[language].sheet, columns, rows }, ...(options.extraSheets ?? [])];
  for (const table of sheets) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({
      width: Math.min(60, Math.max(12, c.header.length + 2)),
    }));
    const header = sheet.addRow(table.columns.map((c) => neutralizeFormula(c.header)));
    header.font = { bold: true };
    for (const row of table.rows)
      sheet.addRow(table.columns.map((c) => xlsxCell(row[c.key], language)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const EXPORT_PAGE = 200;

/**
 * Every item of a paged list (the same query, scope and order as the screen), turned into the
 * cells of the given columns, one page at a time.
 */
export async function collectRows<K extends string>(
  columns: readonly K[],
  fetchPage: (
    page: number,
    pageSize: number,
  ) => Promise<{ items: Array<Record<K, unknown>>; total: number }>,
): Promise<Array<Record<string, ExportCell>>> {
  const rows: Array<Record<string, ExportCell>> = [];
  for (let page = 1; ; page++) {
    const { items, total } = await fetchPage(page, EXPORT_PAGE);
    for (const item of items)
      rows.push(Object.fromEntries(columns.map((c) => [c, item[c] as ExportCell])));
    if (page * EXPORT_PAGE >= total) return rows;
  }
}
