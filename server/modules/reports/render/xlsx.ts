/**
 * The bulletin as a workbook (a "Resumen" sheet, one sheet per figure, a "Definiciones" sheet) and
 * one figure's table as .xlsx or CSV. Numbers stay numbers: money in pesos with a currency format,
 * percentages as percentages. Text a spreadsheet would run as a formula gets a leading apostrophe,
 * as in every export of Palanca.
 */
import ExcelJS from 'exceljs';
import { CRITERIA } from '../../../../shared/domain/reports/catalog.ts';
import type {
  TBulletin,
  TCell,
  TFigure,
  TFigureColumn,
} from '../../../../shared/schemas/reports.ts';
import { neutralizeFormula } from '../../registration/spreadsheet/csv.ts';
import { exportRows, type ExportCell } from '../../registration/spreadsheet/export.ts';
import {
  NULL_CELL,
  columnHeader,
  filterLines,
  isEmptyFigure,
  longDate,
  longInstant,
  numberedFigures,
  words,
  type Language,
} from './format.ts';

const ACCENT = 'FF0072B2';
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8F1FA' },
};

/** Excel refuses these in sheet names, and names longer than 31 characters. */
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;

/** A sheet name Excel accepts, different from those already taken (compared as Excel does). */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(SHEET_FORBIDDEN, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '') || 'Hoja';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${shorten(base, 31 - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** At most `max` characters, cut at a word with an ellipsis when it must be cut. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;-]+$/, '')}…`;
}

const text = (value: string) => neutralizeFormula(value);

/** A cell's value in the workbook: pesos for money, a fraction for a percentage (shown as %). */
function xlsxValue(column: TFigureColumn | undefined, cell: TCell | undefined): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return NULL_CELL;
  if (typeof cell === 'string') return text(cell);
  if (column?.kind === 'money') return cell / 100;
  // 82.4 % is 0.824, not 0.8240000000000001.
  if (column?.kind === 'percent') return Number.parseFloat((cell / 100).toPrecision(12));
  return cell;
}

function numberFormat(figure: TFigure, column: TFigureColumn, index: number): string | undefined {
  const cents =
    column.kind === 'money' &&
    figure.rows.some((r) => typeof r[index] === 'number' && r[index] % 100 !== 0);
  return numberFormatOf(column.kind, cents);
}

function numberFormatOf(kind: TFigureColumn['kind'], cents: boolean): string | undefined {
  switch (kind) {
    case 'money':
      return cents ? '"$" #,##0.00' : '"$" #,##0';
    case 'percent':
      return '0.0%';
    case 'days':
      return '#,##0.0';
    case 'count':
      return '#,##0';
    case 'label':
      return undefined;
  }
}

/** Rough row height for wrapped text in a merged block `width` characters wide. */
const wrappedHeight = (value: string, width: number) =>
  Math.min(409, 15 * Math.max(1, Math.ceil(value.length / Math.max(20, width))));

/** One figure on a sheet: title, definition, basis, then the table with a frozen header. */
function addFigureSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  figure: TFigure,
  options: { language: Language; asOf?: string; smallCellThreshold?: number | null },
) {
  const t = words(options.language);
  const columns = figure.columns;
  const span = Math.max(columns.length, 4);
  const headerRow = 5;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 1 }],
    pageSetup: { paperSize: 9, orientation: columns.length > 6 ? 'landscape' : 'portrait' },
  });
  sheet.columns = columns.map((c, i) => {
    const longest = Math.max(
      columnHeader(figure, c).length,
      ...figure.rows.map((r) => (typeof r[i] === 'string' ? r[i].length : 12)),
    );
    return { width: Math.min(i === 0 ? 50 : 24, Math.max(12, longest + 2)) };
  });
  const widthChars = sheet.columns.reduce((a, c) => a + (c.width ?? 12), 0);

  const title = sheet.getCell(1, 1);
  title.value = text(figure.title);
  title.font = { bold: true, size: 14, color: { argb: ACCENT } };
  sheet.mergeCells(1, 1, 1, span);

  const definition = sheet.getCell(2, 1);
  definition.value = text(`${t('definition')}: ${figure.definition}`);
  definition.alignment = { wrapText: true, vertical: 'top' };
  sheet.mergeCells(2, 1, 2, span);
  sheet.getRow(2).height = wrappedHeight(String(definition.value), widthChars);

  const notes = [];
  if (options.asOf)
    notes.push(t(`basis.${figure.basis}`, { date: longDate(options.asOf, options.language) }));
  if (figure.suppressedCells > 0 && options.smallCellThreshold)
    notes.push(
      t('suppressed', { count: figure.suppressedCells, threshold: options.smallCellThreshold }),
    );
  if (isEmptyFigure(figure)) notes.push(t('empty'));
  const note = sheet.getCell(3, 1);
  note.value = text(notes.join(' '));
  note.font = { italic: true, color: { argb: 'FF5B6272' } };
  sheet.mergeCells(3, 1, 3, span);

  const header = sheet.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text(columnHeader(figure, c));
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = {
      wrapText: true,
      vertical: 'bottom',
      horizontal: c.kind === 'label' ? 'left' : 'right',
    };
  });

  const formats = columns.map((c, i) => numberFormat(figure, c, i));
  figure.rows.forEach((cells, r) => {
    const row = sheet.getRow(headerRow + 1 + r);
    const total = figure.totalRow && r === figure.rows.length - 1;
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = xlsxValue(c, cells[i]);
      const format = formats[i];
      if (format && typeof cell.value === 'number') cell.numFmt = format;
      if (cell.value === NULL_CELL) cell.alignment = { horizontal: 'right' };
      if (total) {
        cell.font = { bold: true };
        cell.border = { top: { style: 'thin' } };
      }
    });
  });
  if (figure.rows.length > 0)
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: {
        row: headerRow + figure.rows.length - (figure.totalRow ? 1 : 0),
        column: columns.length,
      },
    };
  return sheet;
}

function newWorkbook(title: string, created: Date) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Palanca';
  workbook.title = title;
  workbook.created = created;
  workbook.modified = created;
  return workbook;
}

const toBuffer = async (workbook: ExcelJS.Workbook) =>
  Buffer.from(await workbook.xlsx.writeBuffer());

/** The bulletin as a workbook: "Resumen", one sheet per figure in print order, "Definiciones". */
export async function bulletinXlsx(bulletin: TBulletin): Promise<Buffer> {
  const { language, program, filters, edition } = bulletin;
  const t = words(language);
  const workbook = newWorkbook(`${t('title')} · ${program.name}`, new Date(bulletin.generatedAt));
  const taken = new Set<string>();
  const summaryName = sheetName(t('sheets.summary'), taken);
  const definitionsName = sheetName(t('sheets.definitions'), taken);
  const numbers = numberedFigures(bulletin);
  const names = new Map<TFigure, string>();
  for (const [f, n] of numbers) names.set(f, sheetName(`${n}. ${f.title}`, taken));

  // Resumen: the program, the edition, the headline numbers, the coordinators' texts.
  const summary = workbook.addWorksheet(summaryName);
  summary.columns = [{ width: 34 }, { width: 100 }];
  const titleCell = summary.getCell(1, 1);
  titleCell.value = text(`${t('title')}: ${program.name}`);
  titleCell.font = { bold: true, size: 16, color: { argb: ACCENT } };
  summary.mergeCells(1, 1, 1, 2);
  const info: Array<[string, string]> = [
    [t('xlsx.program'), program.name],
    [t('xlsx.code'), program.code],
    [t('xlsx.organization'), program.organizationName],
    [t('xlsx.asOf'), longDate(filters.asOf, language)],
    [t('xlsx.from'), longDate(filters.from, language)],
    [t('xlsx.filters'), filterLines(bulletin).join('; ') || t('wholeProgram')],
    [t('xlsx.generated'), longInstant(bulletin.generatedAt, language)],
  ];
  summary.addRow([]);
  for (const [k, v] of info) {
    const row = summary.addRow([text(k), text(v)]);
    row.getCell(1).font = { bold: true };
  }
  const section = (label: string, headers: [string, string]) => {
    summary.addRow([]);
    const heading = summary.addRow([text(label)]);
    heading.getCell(1).font = { bold: true, size: 12, color: { argb: ACCENT } };
    const row = summary.addRow(headers.map(text));
    row.eachCell((c) => {
      c.font = { bold: true };
      c.fill = HEADER_FILL;
    });
  };
  section(t('summary.title'), [t('xlsx.item'), t('xlsx.value')]);
  for (const s of bulletin.summary) {
    const column = { key: s.key, label: s.label, kind: s.kind };
    const value = xlsxValue(column, s.value);
    const row = summary.addRow([text(s.label), value]);
    const format = numberFormatOf(s.kind, s.kind === 'money' && (s.value ?? 0) % 100 !== 0);
    if (format && typeof value === 'number') row.getCell(2).numFmt = format;
    row.getCell(2).alignment = { horizontal: 'left' };
  }
  section(t('xlsx.texts'), [t('xlsx.section'), t('xlsx.text')]);
  const written: Array<[string, string]> = [
    [t('summary.title'), edition.texts.summary],
    ...CRITERIA.map((c): [string, string] => [t(`criteria.${c}.name`), edition.texts[c]]),
    [t('bottlenecks.title'), edition.texts.bottlenecks],
  ];
  for (const [k, v] of written) {
    const row = summary.addRow([text(k), text(v.trim())]);
    row.getCell(1).alignment = { vertical: 'top' };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.height = wrappedHeight(v, 100) + 15 * (v.match(/\n/g)?.length ?? 0);
  }
  if (bulletin.bottlenecks.length > 0) {
    section(t('bottlenecks.found'), [t('annex.criterion'), t('xlsx.text')]);
    for (const b of bulletin.bottlenecks) {
      const row = summary.addRow([text(t(`criteria.${b.criterion}.name`)), text(b.text)]);
      row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    }
  }

  // One sheet per figure, then the definitions with a link to each sheet.
  for (const [f, name] of names)
    addFigureSheet(workbook, name, f, {
      language,
      asOf: filters.asOf,
      smallCellThreshold: bulletin.smallCellThreshold,
    });
  const definitions = workbook.addWorksheet(definitionsName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  definitions.columns = [{ width: 28 }, { width: 44 }, { width: 16 }, { width: 90 }, { width: 34 }];
  const head = definitions.addRow(
    [
      t('annex.key'),
      t('annex.indicator'),
      t('annex.criterion'),
      t('annex.definition'),
      t('xlsx.sheet'),
    ].map(text),
  );
  head.eachCell((c) => {
    c.font = { bold: true };
    c.fill = HEADER_FILL;
  });
  for (const [f, name] of names) {
    const row = definitions.addRow([
      f.key,
      text(f.title),
      text(t(`criteria.${f.criterion}.name`)),
      text(f.definition),
      { text: text(name), hyperlink: `#'${name.replace(/'/g, "''")}'!A1` },
    ]);
    row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(5).font = { color: { argb: ACCENT }, underline: true };
  }
  const note = definitions.addRow([text(t('nullCells'))]);
  note.getCell(1).font = { italic: true, color: { argb: 'FF5B6272' } };
  return toBuffer(workbook);
}

/** One figure's table as a workbook of one sheet. */
export async function figureXlsx(
  figure: TFigure,
  options: { language: Language; asOf?: string; smallCellThreshold?: number | null },
): Promise<Buffer> {
  const workbook = newWorkbook(figure.title, new Date());
  addFigureSheet(workbook, sheetName(figure.title, new Set()), figure, options);
  return toBuffer(workbook);
}

/** The cell as a CSV carries it: pesos for money, 0–100 for percentages, empty for null. */
function csvValue(column: TFigureColumn | undefined, cell: TCell | undefined): ExportCell {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number' && column?.kind === 'money') return cell / 100;
  return cell;
}

/**
 * One figure's table as CSV, through the same writer as every export (UTF-8 with BOM, `;` and
 * decimal comma in Spanish, formulas neutralized). Null cells are left empty.
 */
export async function figureCsv(figure: TFigure, options: { language: Language }): Promise<Buffer> {
  const bytes = await exportRows({
    format: 'csv',
    language: options.language,
    columns: figure.columns.map((c, i) => ({ key: String(i), header: columnHeader(figure, c) })),
    rows: figure.rows.map((r) =>
      Object.fromEntries(figure.columns.map((c, i) => [String(i), csvValue(c, r[i])])),
    ),
  });
  return Buffer.from(bytes);
}
