import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS } from './columns.ts';
import { readSpreadsheet } from './read.ts';
import type { CellValue, SpreadsheetRow } from './read.ts';
import { looksLikeFormula, parseLocaleNumber, toApplicantRows } from './rows.ts';
import { TEMPLATE_EXAMPLE } from './template.ts';
import { utf8, validCells, xlsxOf } from './test-helpers.ts';

const ES_HEADERS = APPLICANT_COLUMNS.map((c) => c.header.es);
const EN_HEADERS = APPLICANT_COLUMNS.map((c) => c.header.en);
const INDEX = Object.fromEntries(APPLICANT_COLUMNS.map((c, i) => [c.key, i]));

/** One Spanish template row with some cells replaced. */
function rowWith(overrides: Partial<Record<string, CellValue>>, line = 2): SpreadsheetRow {
  const cells: CellValue[] = validCells('es');
  for (const [key, value] of Object.entries(overrides)) cells[INDEX[key] ?? -1] = value ?? null;
  return { line, cells };
}

function convert(overrides: Partial<Record<string, CellValue>>) {
  return toApplicantRows({ headers: ES_HEADERS, rows: [rowWith(overrides)] });
}

/** The converted value of one field, failing the test if the row is invalid. */
function valueOf(key: string, cell: CellValue): unknown {
  const result = convert({ [key]: cell });
  expect(result.invalid).toEqual([]);
  const [section, field] = key.split('.') as [string, string];
  return (result.valid[0]?.applicant as unknown as Record<string, Record<string, unknown>>)[
    section
  ]?.[field];
}

function errorsOf(overrides: Partial<Record<string, CellValue>>) {
  const result = convert(overrides);
  expect(result.valid).toEqual([]);
  return result.invalid[0]?.errors ?? [];
}

describe('toApplicantRows: columns', () => {
  it('reads the template example in Spanish and in English', () => {
    for (const [headers, language] of [
      [ES_HEADERS, 'es'],
      [EN_HEADERS, 'en'],
    ] as const) {
      const result = toApplicantRows({ headers, rows: [{ line: 2, cells: validCells(language) }] });
      expect(result.columnProblems).toEqual([]);
      expect(result.invalid).toEqual([]);
      expect(result.valid).toEqual([{ line: 2, applicant: TEMPLATE_EXAMPLE }]);
      expect(result.language).toBe(language);
    }
  });

  it('accepts headers in any case, with or without accents, in mixed languages and any order', () => {
    const headers = APPLICANT_COLUMNS.map((c, i) =>
      i % 3 === 0
        ? c.header.en.toUpperCase()
        : i % 3 === 1
          ? ` ${c.header.es.normalize('NFD').replace(/\p{M}/gu, '')} `
          : c.header.es,
    );
    const order = headers.map((_, i) => i).reverse();
    const cells = validCells('es');
    const result = toApplicantRows({
      headers: order.map((i) => headers[i] ?? ''),
      rows: [{ line: 2, cells: order.map((i) => cells[i] ?? null) }],
    });
    expect(result.columnProblems).toEqual([]);
    expect(result.valid[0]?.applicant).toEqual(TEMPLATE_EXAMPLE);
  });

  it('reports unknown, duplicate and missing columns', () => {
    const headers = [...ES_HEADERS, 'Color favorito', 'NOMBRES', '', ''];
    headers[INDEX['owner.phone'] ?? 0] = 'Teléfono fijo de la abuela';
    headers[INDEX['owner.email'] ?? 0] = 'Observaciones';
    const cells = [...validCells('es'), 'azul', 'Otra', 'dato sin encabezado', ''];
    const result = toApplicantRows({ headers, rows: [{ line: 2, cells }] });
    expect(result.columnProblems).toEqual([
      { header: 'Teléfono fijo de la abuela', code: 'unknown_column', position: 7 },
      { header: 'Observaciones', code: 'unknown_column', position: 8 },
      { header: 'Color favorito', code: 'unknown_column', position: 27 },
      { header: 'NOMBRES', code: 'duplicate_column', column: 'owner.firstNames', position: 28 },
      { header: '', code: 'unknown_column', position: 29 },
      // Email is optional: its absence is not a problem.
      { header: 'Teléfono', code: 'missing_column', column: 'owner.phone' },
    ]);
    // The missing required column makes every row invalid, and says why in the row too.
    expect(result.invalid).toEqual([
      { line: 2, errors: [{ column: 'Teléfono', field: 'owner.phone', code: 'required' }] },
    ]);
  });
});

describe('toApplicantRows: cell conversion', () => {
  it('normalizes document numbers written with dots, spaces or as numbers', () => {
    expect(valueOf('owner.documentNumber', '1.098.765.432')).toBe('1098765432');
    expect(valueOf('owner.documentNumber', ' 1 098 765 432 ')).toBe('1098765432');
    expect(valueOf('owner.documentNumber', 1098765432)).toBe('1098765432');
    expect(valueOf('owner.documentNumber', 'ab-12345')).toBe('AB12345');
    expect(errorsOf({ 'owner.documentNumber': '12' })).toEqual([
      {
        column: 'Número de documento',
        field: 'owner.documentNumber',
        code: 'document_number_format',
      },
    ]);
    expect(errorsOf({ 'owner.documentNumber': 1098.5 })[0]?.code).toBe('document_number_format');
  });

  it('normalizes phones with spaces and +57, and reports bad ones', () => {
    expect(valueOf('owner.phone', '+57 300 123 4567')).toBe('3001234567');
    expect(valueOf('owner.phone', '300-123-4567')).toBe('3001234567');
    expect(valueOf('owner.phone', 573001234567)).toBe('3001234567');
    expect(valueOf('owner.phone', '(601) 345 6789')).toBe('6013456789');
    expect(errorsOf({ 'owner.phone': '234 5678' })).toEqual([
      { column: 'Teléfono', field: 'owner.phone', code: 'phone_format' },
    ]);
    // A foreign number is a wrong phone, not a formula.
    expect(errorsOf({ 'owner.phone': '+1 555 123 4567' })[0]?.code).toBe('phone_format');
  });

  it('reads dates from date cells, Excel serials and text', () => {
    const key = 'owner.birthDate';
    expect(valueOf(key, new Date(Date.UTC(1988, 3, 12)))).toBe('1988-04-12');
    expect(valueOf(key, 32245)).toBe('1988-04-12');
    expect(valueOf(key, '32245')).toBe('1988-04-12');
    expect(valueOf(key, '12/04/1988')).toBe('1988-04-12');
    expect(valueOf(key, '1988-04-12')).toBe('1988-04-12');
    expect(valueOf(key, '2/4/1988')).toBe('1988-04-02');
    expect(valueOf(key, '12/04/1988 0:00')).toBe('1988-04-12');
    expect(valueOf(key, '1988-04-12T00:00:00.000Z')).toBe('1988-04-12');
    expect(errorsOf({ [key]: '31/02/1988' })).toEqual([
      { column: 'Fecha de nacimiento', field: key, code: 'invalid_date' },
    ]);
    expect(errorsOf({ [key]: 'ayer' })[0]?.code).toBe('invalid_date');
    expect(errorsOf({ [key]: true })[0]?.code).toBe('invalid_date');
  });

  it('reads yes/no in many spellings; sensitive ones may stay unanswered', () => {
    const key = 'business.hasRut';
    for (const yes of ['sí', 'Si', 'SÍ', 'yes', 'x', 'X', '1', 'true', 'VERDADERO', true, 1]) {
      expect(valueOf(key, yes)).toBe(true);
    }
    for (const no of ['no', 'NO', '0', 'false', 'FALSO', false, 0])
      expect(valueOf(key, no)).toBe(false);
    expect(errorsOf({ [key]: 'quizás' })).toEqual([
      { column: 'Tiene RUT', field: key, code: 'boolean_format' },
    ]);
    expect(errorsOf({ [key]: '' })).toEqual([
      { column: 'Tiene RUT', field: key, code: 'required' },
    ]);
    expect(valueOf('owner.disability', '')).toBeNull();
    expect(valueOf('owner.disability', 'Prefiero no responder')).toBeNull();
    expect(valueOf('owner.disability', 'Sí')).toBe(true);
    expect(errorsOf({ 'business.hasPremises': 'prefiero no responder' })[0]?.code).toBe(
      'boolean_format',
    );
  });

  it('reads integers and money with thousands separators and currency', () => {
    const money = 'business.monthlySales';
    for (const text of [
      '1500000',
      '1.500.000',
      '1,500,000',
      '$ 1.500.000',
      '$1.500.000',
      "1'500.000",
      '1.500.000,00',
      'COP 1 500 000',
      1500000,
    ]) {
      expect(valueOf(money, text)).toBe(1_500_000);
    }
    expect(errorsOf({ [money]: '1.500.000,50' })[0]?.code).toBe('integer_expected');
    expect(errorsOf({ [money]: 'un millón' })[0]?.code).toBe('number_format');
    expect(errorsOf({ [money]: '1.50.000' })[0]?.code).toBe('number_format');
    expect(valueOf('business.workersTotal', '3')).toBe(3);
    expect(valueOf('business.workersTotal', 3)).toBe(3);
    expect(errorsOf({ 'business.workersTotal': '2,5' })).toEqual([
      {
        column: 'Número de trabajadores',
        field: 'business.workersTotal',
        code: 'integer_expected',
      },
    ]);
    expect(errorsOf({ 'business.workersTotal': 2.5 })[0]?.code).toBe('integer_expected');
    // A negative number is a number out of range, not a formula.
    expect(errorsOf({ 'business.workersWomen': '-1' })).toEqual([
      {
        column: 'Trabajadoras mujeres',
        field: 'business.workersWomen',
        code: 'too_small_number',
        params: { minimum: 0 },
      },
    ]);
  });

  it('reads enums from codes and Spanish or English labels', () => {
    for (const [text, value] of [
      ['F', 'F'],
      ['f', 'F'],
      ['Mujer', 'F'],
      ['Female', 'F'],
      ['HOMBRE', 'M'],
      ['Male', 'M'],
      ['Intersexual', 'X'],
    ] as const) {
      expect(valueOf('owner.sex', text)).toBe(value);
    }
    for (const [text, value] of [
      ['CC', 'CC'],
      ['C.C.', 'CC'],
      ['Cédula de ciudadanía', 'CC'],
      ['cedula de extranjeria', 'CE'],
      ['PPT', 'PPT'],
      ['Pasaporte', 'PAS'],
      ['Passport', 'PAS'],
      ['TI', 'TI'],
    ] as const) {
      expect(valueOf('owner.documentType', text)).toBe(value);
    }
    for (const [text, value] of [
      ['Afrocolombiano', 'afrocolombiano'],
      ['INDÍGENA', 'indigena'],
      ['Indigenous', 'indigena'],
      ['Rom (gitano)', 'rom'],
      ['Gitano', 'rom'],
      ['None', 'ninguno'],
      ['', null],
    ] as const) {
      expect(valueOf('owner.ethnicGroup', text)).toBe(value);
    }
    expect(errorsOf({ 'owner.sex': 'Z' })).toEqual([
      {
        column: 'Sexo',
        field: 'owner.sex',
        code: 'invalid_option',
        params: { allowed: 'F (Mujer), M (Hombre), X (Intersexual u otro)' },
      },
    ]);
  });

  it('fills empty optional cells with null and restores leading zeros of codes', () => {
    const result = convert({
      'owner.email': '',
      'owner.localityCode': '  ',
      'owner.municipalityCode': 5001,
      'business.ciiuCode': '111',
    });
    const applicant = result.valid[0]?.applicant;
    expect(applicant?.owner.email).toBeNull();
    expect(applicant?.owner.localityCode).toBeNull();
    expect(applicant?.owner.municipalityCode).toBe('05001');
    expect(applicant?.business.ciiuCode).toBe('0111');
  });

  it('reads a lone dash as an empty cell', () => {
    expect(valueOf('owner.email', '-')).toBeNull();
    expect(valueOf('owner.ethnicGroup', ' — ')).toBeNull();
    expect(errorsOf({ 'owner.address': '-' })[0]?.code).toBe('required');
  });

  it('trims text and collapses inner spaces', () => {
    expect(valueOf('owner.firstNames', '  Ana \t  María ')).toBe('Ana María');
  });

  it('reports formula cells without a value and Excel error cells', () => {
    expect(
      errorsOf({
        'business.workersTotal': { marker: 'formula_without_value', formula: '=B2+C2' },
        'owner.birthDate': { marker: 'cell_error', error: '#N/A' },
      }),
    ).toEqual([
      {
        column: 'Fecha de nacimiento',
        field: 'owner.birthDate',
        code: 'cell_error',
        params: { value: '#N/A' },
      },
      {
        column: 'Número de trabajadores',
        field: 'business.workersTotal',
        code: 'formula_without_value',
        params: { formula: '=B2+C2' },
      },
    ]);
  });
});

describe('toApplicantRows: schema errors', () => {
  it('maps schema issues to message keys and to the header as written', () => {
    const headers = [...ES_HEADERS];
    headers[INDEX['owner.email'] ?? 0] = 'CORREO';
    const cells: CellValue[] = validCells('es', {
      'owner.firstNames': 'A'.repeat(101),
      'owner.email': 'no-es-un-correo',
      'owner.municipalityCode': 'Bogotá',
      'owner.localityCode': '8',
      'business.ciiuCode': '12',
      'business.workersTotal': '2',
      'business.workersWomen': '3',
    });
    const result = toApplicantRows({ headers, rows: [{ line: 7, cells }] });
    expect(result.invalid).toEqual([
      {
        line: 7,
        errors: [
          {
            column: 'Nombres',
            field: 'owner.firstNames',
            code: 'too_big_string',
            params: { maximum: 100 },
          },
          { column: 'CORREO', field: 'owner.email', code: 'invalid_email' },
          {
            column: 'Código del municipio (DANE)',
            field: 'owner.municipalityCode',
            code: 'municipality_code_format',
          },
          {
            column: 'Código de la localidad',
            field: 'owner.localityCode',
            code: 'locality_code_format',
          },
          { column: 'Código CIIU', field: 'business.ciiuCode', code: 'ciiu_format' },
          {
            column: 'Trabajadoras mujeres',
            field: 'business.workersWomen',
            code: 'workers_women_over_total',
          },
        ],
      },
    ]);
  });

  it('collects every error of every row, never stopping at the first', () => {
    const rows: SpreadsheetRow[] = [
      rowWith({ 'owner.phone': '123', 'owner.sex': '?', 'owner.birthDate': 'x' }, 2),
      rowWith({}, 3),
      rowWith(
        {
          'owner.firstNames': '',
          'owner.lastNames': '',
          'business.hasRut': 'tal vez',
          'business.monthlySales': 'mucho',
        },
        5,
      ),
    ];
    const result = toApplicantRows({ headers: ES_HEADERS, rows });
    expect(result.valid.map((v) => v.line)).toEqual([3]);
    expect(
      result.invalid.map((r) => [r.line, r.errors.map((e) => `${e.field}:${e.code}`)]),
    ).toEqual([
      [2, ['owner.sex:invalid_option', 'owner.birthDate:invalid_date', 'owner.phone:phone_format']],
      [
        5,
        [
          'owner.firstNames:required',
          'owner.lastNames:required',
          'business.hasRut:boolean_format',
          'business.monthlySales:number_format',
        ],
      ],
    ]);
  });
});

describe('toApplicantRows: formula injection', () => {
  it('refuses formula-looking text in free-text columns', () => {
    for (const payload of [
      "=cmd|' /C calc'!A0",
      '@SUM(1+1)*cmd|x',
      '+HYPERLINK("http://x")',
      '-2+3+cmd|x',
    ]) {
      expect(errorsOf({ 'owner.firstNames': payload })).toEqual([
        { column: 'Nombres', field: 'owner.firstNames', code: 'formula_not_allowed' },
      ]);
    }
  });

  it('refuses formula-looking text that is not a valid value of a typed column', () => {
    expect(errorsOf({ 'owner.documentNumber': '=1+2' })[0]?.code).toBe('formula_not_allowed');
    expect(errorsOf({ 'owner.sex': '=A1' })[0]?.code).toBe('formula_not_allowed');
    expect(errorsOf({ 'owner.birthDate': '=TODAY()' })[0]?.code).toBe('formula_not_allowed');
    expect(errorsOf({ 'business.workersTotal': '=2+1' })[0]?.code).toBe('formula_not_allowed');
    expect(errorsOf({ 'business.hasRut': '@TRUE' })[0]?.code).toBe('formula_not_allowed');
    expect(errorsOf({ 'owner.municipalityCode': '=11001' })[0]?.code).toBe('formula_not_allowed');
  });

  it('accepts a sign that belongs to a valid value', () => {
    expect(valueOf('owner.phone', '+57 300 123 4567')).toBe('3001234567');
    expect(looksLikeFormula('-1.500')).toBe(false);
    expect(looksLikeFormula('+57 (300) 123-4567')).toBe(false);
    expect(looksLikeFormula('=1')).toBe(true);
    expect(looksLikeFormula('-cmd')).toBe(true);
  });

  it('catches the classic CSV payload end to end', async () => {
    const text = [
      ES_HEADERS.join(';'),
      validCells('es', { 'owner.firstNames': `"=cmd|' /C calc'!A0"` }).join(';'),
    ].join('\r\n');
    const data = await readSpreadsheet({ bytes: utf8(text), filename: 'x.csv' });
    const result = toApplicantRows(data);
    expect(result.invalid).toEqual([
      {
        line: 2,
        errors: [{ column: 'Nombres', field: 'owner.firstNames', code: 'formula_not_allowed' }],
      },
    ]);
  });
});

describe('toApplicantRows: from xlsx', () => {
  it('reads typed cells and reports formulas without cached values', async () => {
    const bytes = await xlsxOf((sheet) => {
      sheet.addRow(ES_HEADERS);
      const row = validCells('es') as ExcelCell[];
      row[INDEX['owner.birthDate'] ?? 0] = new Date(Date.UTC(1988, 3, 12));
      row[INDEX['owner.documentNumber'] ?? 0] = 1098765432;
      row[INDEX['business.monthlySales'] ?? 0] = 4500000;
      row[INDEX['business.workersTotal'] ?? 0] = { formula: 'W3+1', result: 3 };
      row[INDEX['business.hasRut'] ?? 0] = true;
      const added = sheet.addRow(row);
      added.getCell((INDEX['owner.birthDate'] ?? 0) + 1).numFmt = 'dd/mm/yyyy';
      const bad = [...row];
      bad[INDEX['business.workersTotal'] ?? 0] = { formula: 'W3+1' };
      bad[INDEX['owner.phone'] ?? 0] = { error: '#N/A' };
      sheet.addRow([]);
      sheet.addRow(bad);
    });
    const result = toApplicantRows(await readSpreadsheet({ bytes, filename: 'x.xlsx' }));
    expect(result.valid).toEqual([{ line: 2, applicant: TEMPLATE_EXAMPLE }]);
    expect(result.invalid).toEqual([
      {
        line: 4,
        errors: [
          {
            column: 'Teléfono',
            field: 'owner.phone',
            code: 'cell_error',
            params: { value: '#N/A' },
          },
          {
            column: 'Número de trabajadores',
            field: 'business.workersTotal',
            code: 'formula_without_value',
            params: { formula: '=W3+1' },
          },
        ],
      },
    ]);
  });
});

type ExcelCell =
  | string
  | number
  | boolean
  | Date
  | null
  | { formula: string; result?: number }
  | { error: string };

describe('parseLocaleNumber', () => {
  it('reads any whole number in the usual Colombian and English spellings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (n) => {
        const dotted = n.toLocaleString('de-DE');
        const commas = n.toLocaleString('en-US');
        for (const text of [
          String(n),
          dotted,
          commas,
          `$ ${dotted}`,
          `${dotted},00`,
          `${commas}.00`,
        ]) {
          expect(parseLocaleNumber(text)).toEqual({ value: n, integer: true });
        }
      }),
    );
  });

  it('finds decimals and refuses malformed numbers', () => {
    expect(parseLocaleNumber('1,5')).toEqual({ value: 1.5, integer: false });
    expect(parseLocaleNumber('1.234,56')).toEqual({ value: 1234.56, integer: false });
    expect(parseLocaleNumber('-3')).toEqual({ value: -3, integer: true });
    for (const bad of ['', '.', '1.', '1.2.3', '12.34.567', '1.5000', '1.500,5.0', 'abc', '1e5']) {
      expect(parseLocaleNumber(bad)).toBeNull();
    }
  });
});

describe('toApplicantRows: speed', () => {
  it('converts 100,000 CSV rows (figure printed)', async () => {
    const n = 100_000;
    const lines = [ES_HEADERS.join(';')];
    for (let i = 0; i < n; i++) {
      const cells = validCells('es', {
        'owner.documentNumber': (10_000_000 + i).toLocaleString('de-DE'),
        'owner.phone': `+57 300 ${String(i % 1000).padStart(3, '0')} ${String(i % 10_000).padStart(4, '0')}`,
        'owner.birthDate': `${(i % 28) + 1}/${(i % 12) + 1}/19${50 + (i % 50)}`,
        'owner.email': i % 3 === 0 ? '' : `persona${i}@example.com`,
        'owner.sex': i % 2 === 0 ? 'Mujer' : 'M',
        'business.monthlySales': `$ ${(i * 1000).toLocaleString('de-DE')}`,
      });
      lines.push(cells.join(';'));
    }
    const bytes = utf8(lines.join('\r\n'));
    const t0 = performance.now();
    const data = await readSpreadsheet({
      bytes,
      filename: 'big.csv',
      limits: { maxBytes: 64 * 1024 * 1024 },
    });
    const t1 = performance.now();
    const result = toApplicantRows(data);
    const t2 = performance.now();
    expect(result.valid).toHaveLength(n);
    const rate = (ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
    console.log(
      `[spreadsheet] ${n} rows, ${(bytes.byteLength / 1e6).toFixed(1)} MB: readSpreadsheet ${Math.round(t1 - t0)} ms, ` +
        `toApplicantRows ${Math.round(t2 - t1)} ms (${rate(t2 - t1)} rows/s), together ${rate(t2 - t0)} rows/s`,
    );
  });
});
