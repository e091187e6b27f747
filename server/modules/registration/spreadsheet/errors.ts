/** File-level problems: the whole file is refused and nothing is imported. */
export const SPREADSHEET_ERROR_CODES = [
  'file_too_large',
  'empty_file',
  'unsupported_format',
  'not_utf8_or_cp1252',
  'csv_malformed',
  'zip_bomb',
  'too_many_rows',
  'file_corrupt',
] as const;
export type SpreadsheetErrorCode = (typeof SPREADSHEET_ERROR_CODES)[number];

/**
 * A file the importer refuses as a whole. `code` is a message key under `spreadsheet.` and
 * `params` fill its placeholders (see shared/i18n: spreadsheet.<code>).
 */
export class SpreadsheetError extends Error {
  readonly code: SpreadsheetErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: SpreadsheetErrorCode, params: Record<string, string | number> = {}) {
    super(`${code}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'SpreadsheetError';
    this.code = code;
    this.params = params;
  }
}
