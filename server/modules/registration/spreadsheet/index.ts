export { APPLICANT_COLUMNS, allowedValues, detectHeaderLanguage, matchHeader } from './columns.ts';
export type {
  ApplicantColumn,
  ApplicantFieldKey,
  ColumnType,
  SpreadsheetLanguage,
} from './columns.ts';
export { SPREADSHEET_ERROR_CODES, SpreadsheetError } from './errors.ts';
export type { SpreadsheetErrorCode } from './errors.ts';
export { collectRows, exportRows } from './export.ts';
export type { ExportCell } from './export.ts';
export { DEFAULT_LIMITS, isCellMarker, readSpreadsheet } from './read.ts';
export type {
  CellMarker,
  CellValue,
  SpreadsheetData,
  SpreadsheetLimits,
  SpreadsheetRow,
} from './read.ts';
export { toApplicantRows } from './rows.ts';
export type { ApplicantRowsResult, ColumnProblem, RowError } from './rows.ts';
export { applicantTemplate, TEMPLATE_EXAMPLE } from './template.ts';
