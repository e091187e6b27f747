import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, neutralizeFormula, parseCsv, writeCsv } from './csv.ts';
import type { CsvDelimiter } from './csv.ts';
import { SpreadsheetError } from './errors.ts';

function records(text: string, delimiter: CsvDelimiter = ';'): string[][] {
  const out: string[][] = [];
  parseCsv({ text, delimiter, onRecord: (fields) => out.push(fields) });
  return out;
}

function parseError(text: string): SpreadsheetError {
  try {
    records(text);
  } catch (err) {
    if (err instanceof SpreadsheetError) return err;
    throw err;
  }
  throw new Error('no error');
}

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, quotes and line breaks', () => {
    expect(records('a;b;c\r\n"1;2";"di ""hola""";"línea 1\r\nlínea 2"\r\nx;;\n')).toEqual([
      ['a', 'b', 'c'],
      ['1;2', 'di "hola"', 'línea 1\r\nlínea 2'],
      ['x', '', ''],
    ]);
  });

  it('keeps empty lines as records so numbering matches Excel rows', () => {
    expect(records('a\n\n b \n')).toEqual([['a'], [''], [' b ']]);
  });

  it('keeps quotes inside unquoted fields literally, as Excel does', () => {
    expect(records('Calle 5 "B";x')).toEqual([['Calle 5 "B"', 'x']]);
  });

  it('reads files with bare CR line ends (old Mac exports)', () => {
    expect(records('a;b\r1;2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('names the line where an unclosed quote opens', () => {
    const err = parseError('a;b\n1;2\n3;"sin cerrar\n4;5\n6;7\n');
    expect(err.code).toBe('csv_malformed');
    expect(err.params).toEqual({ reason: 'quote_not_closed', line: 3 });
  });

  it('refuses text after a closing quote', () => {
    const err = parseError('a;b\n"x"y;2\n');
    expect(err.params).toEqual({ reason: 'text_after_closing_quote', line: 2 });
  });

  it('matches csv-parse on well-formed files', () => {
    const field = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('', ' ', '"', ';', ',', '\n', '\r\n', 'ñandú', 'a"b', '=1+2'),
    );
    const quote = (v: string, d: string) =>
      /["\n\r]/.test(v) || v.includes(d) ? `"${v.replace(/"/g, '""')}"` : v;
    fc.assert(
      fc.property(
        fc.constantFrom<CsvDelimiter>(';', ',', '\t'),
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        (delimiter, rows, eol) => {
          // A lone empty field is an empty line, which csv-parse also reports as [''].
          const text = rows.map((r) => r.map((v) => quote(v, delimiter)).join(delimiter)).join(eol);
          const expected = parse(text, {
            delimiter,
            relax_column_count: true,
            skip_empty_lines: false,
          });
          expect(records(text, delimiter)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('detectDelimiter', () => {
  it('picks the most frequent of ; , and tab in the header, ignoring quoted text', () => {
    expect(detectDelimiter('Nombres;Apellidos;Teléfono\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('Nombres,Apellidos,Teléfono\n')).toBe(',');
    expect(detectDelimiter('Nombres\tApellidos\tTeléfono')).toBe('\t');
    expect(detectDelimiter('"Ventas; promedio; mes",Apellidos')).toBe(',');
    expect(detectDelimiter('Nombres')).toBe(',');
    // A title line above the header says nothing about the delimiter.
    expect(detectDelimiter('MATRIZ DE SERVICIOS 2026\r\nEntidad;Servicio;Alcance\r\n')).toBe(';');
  });
});

describe('writeCsv', () => {
  it('writes UTF-8 with BOM and CRLF, quoting only when needed', () => {
    const bytes = writeCsv({
      records: [
        ['a;b', 'di "x"', 'ñ'],
        ['1', '', 'x\ny'],
      ],
      delimiter: ';',
    });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('"a;b";"di ""x""";ñ\r\n1;;"x\ny"\r\n');
  });

  it('neutralizes text a spreadsheet would run as a formula', () => {
    for (const v of ['=1+1', '+57 300', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutralizeFormula(v)).toBe(`'${v}`);
    }
    expect(neutralizeFormula('Ana')).toBe('Ana');
    expect(neutralizeFormula(' =1')).toBe(' =1');
  });
});
