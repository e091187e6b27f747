import { describe, expect, it } from 'vitest';
import { hasMessage, translate } from '../../../../shared/i18n/index.ts';
import { SPREADSHEET_ERROR_CODES } from './errors.ts';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** Every code the importer can emit, as message keys. */
const EMITTED = [
  ...SPREADSHEET_ERROR_CODES.map((c) => `spreadsheet.${c}`),
  ...['unknown_column', 'duplicate_column', 'missing_column'].map((c) => `spreadsheet.${c}`),
  ...[
    'required',
    'invalid_type',
    'invalid_value',
    'invalid_format',
    'invalid_email',
    'invalid_date',
    'too_small_string',
    'too_big_string',
    'too_small_number',
    'too_big_number',
    'invalid',
    'document_number_format',
    'phone_format',
    'ciiu_format',
    'workers_women_over_total',
    'municipality_code_format',
    'locality_code_format',
    'boolean_format',
    'integer_expected',
    'number_format',
    'invalid_option',
    'formula_not_allowed',
    'formula_without_value',
    'cell_error',
  ].map((c) => `validation.${c}`),
];

describe('spreadsheet messages', () => {
  it('has a Spanish and an English message for every code the importer emits', () => {
    for (const key of EMITTED) {
      expect(hasMessage(key), key).toBe(true);
      expect(translate('en', key), key).not.toBe(key);
      expect(placeholders(translate('en', key)), key).toEqual(placeholders(translate('es', key)));
    }
  });
});
