import { deflateRawSync, crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { APPLICANT_COLUMNS } from './columns.ts';
import { SpreadsheetError } from './errors.ts';
import { readSpreadsheet } from './read.ts';
import type { SpreadsheetLimits } from './read.ts';
import {
  MINIMAL_XLSX_ENTRIES,
  buildZip,
  csvOf,
  encodeCp1252,
  utf8,
  xlsxOf,
} from './test-helpers.ts';

const MIB = 1024 * 1024;

async function refusal(
  bytes: Uint8Array,
  filename: string,
  limits?: SpreadsheetLimits,
): Promise<SpreadsheetError> {
  try {
    await readSpreadsheet({ bytes, filename, ...(limits ? { limits } : {}) });
  } catch (err) {
    if (err instanceof SpreadsheetError) return err;
    throw err;
  }
  throw new Error('the file was accepted');
}

describe('readSpreadsheet: file-level refusals', () => {
  it('refuses a 100 MB upload by its size alone, without parsing', async () => {
    const bytes = Buffer.alloc(100 * MIB, 0x41);
    const started = performance.now();
    const err = await refusal(bytes, 'postulantes.csv');
    expect(performance.now() - started).toBeLessThan(200);
    expect(err.code).toBe('file_too_large');
    expect(err.params).toEqual({ size: 100, limit: 20 });
  });

  it('honours a custom size limit', async () => {
    const err = await refusal(utf8('a;b\n1;2\n'), 'x.csv', { maxBytes: 4 });
    expect(err.code).toBe('file_too_large');
  });

  it('refuses an empty file and a file of blank lines', async () => {
    expect((await refusal(new Uint8Array(), 'x.csv')).code).toBe('empty_file');
    expect((await refusal(utf8('\r\n;;\r\n  \r\n'), 'x.csv')).code).toBe('empty_file');
  });

  it('refuses a PDF renamed .csv', async () => {
    const err = await refusal(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'postulantes.csv');
    expect(err.code).toBe('unsupported_format');
    expect(err.params.detected).toBe('pdf');
  });

  it('refuses an EXE renamed .xlsx', async () => {
    const exe = new Uint8Array(512);
    exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
    const err = await refusal(exe, 'postulantes.xlsx');
    expect(err.code).toBe('unsupported_format');
    expect(err.params.detected).toBe('exe');
  });

  it('refuses a PNG, a legacy .xls and other binary content', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect((await refusal(png, 'foto.csv')).params.detected).toBe('png');
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await refusal(xls, 'viejo.xls')).params.detected).toBe('xls');
    const binary = utf8('Nombres;Apellidos\nAna\u0000;Gómez\n');
    expect((await refusal(binary, 'x.csv')).params.detected).toBe('binary');
  });

  it('refuses an .xlsx that is not a zip', async () => {
    const err = await refusal(utf8('Nombres;Apellidos\nAna;Gómez\n'), 'postulantes.xlsx');
    expect(err.code).toBe('unsupported_format');
    expect(err.params.detected).toBe('not_a_zip');
  });

  it('refuses a zip without xl/workbook.xml, whatever its name', async () => {
    const zip = buildZip([{ name: 'content.xml', data: utf8('<office:document/>') }]);
    const err = await refusal(zip, 'postulantes.xlsx');
    expect(err.code).toBe('unsupported_format');
    expect(err.params.detected).toBe('ods');
    const docx = buildZip([{ name: 'word/document.xml', data: utf8('<w:document/>') }]);
    expect((await refusal(docx, 'postulantes.csv')).params.detected).toBe('docx');
  });

  it('refuses a truncated zip as corrupt', async () => {
    const bytes = await xlsxOf((s) => s.addRow(['a']));
    expect((await refusal(bytes.slice(0, bytes.length - 30), 'x.xlsx')).code).toBe('file_corrupt');
  });

  it('refuses text that is neither UTF-8 nor Windows-1252', async () => {
    // 0x81 is unassigned in Windows-1252 and invalid as a UTF-8 lead byte.
    const bytes = new Uint8Array([...utf8('Nombres;Apellidos\nAna;G'), 0x81, 0x81, 0x0a]);
    expect((await refusal(bytes, 'x.csv')).code).toBe('not_utf8_or_cp1252');
  });

  it('refuses more data rows than the limit, in CSV and in xlsx', async () => {
    const csv = csvOf([['Nombres'], ['a'], ['b'], [''], ['c']]);
    const err = await refusal(csv, 'x.csv', { maxRows: 2 });
    expect(err.code).toBe('too_many_rows');
    expect(err.params).toEqual({ limit: 2 });
    await expect(
      readSpreadsheet({ bytes: csv, filename: 'x.csv', limits: { maxRows: 3 } }),
    ).resolves.toBeTruthy();
    const xlsx = await xlsxOf((s) => {
      for (const v of ['Nombres', 'a', 'b', 'c']) s.addRow([v]);
    });
    expect((await refusal(xlsx, 'x.xlsx', { maxRows: 2 })).code).toBe('too_many_rows');
  });
});

describe('readSpreadsheet: zip bombs', () => {
  it('refuses an entry inflating more than 100:1 beyond 10 MiB before ExcelJS sees it', async () => {
    const zip = buildZip([
      ...MINIMAL_XLSX_ENTRIES,
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(64 * MIB) },
    ]);
    expect(zip.byteLength).toBeLessThan(MIB);
    const excel = vi.spyOn(ExcelJS.Workbook.prototype, 'xlsx', 'get');
    try {
      const err = await refusal(zip, 'postulantes.xlsx');
      expect(err.code).toBe('zip_bomb');
      expect(err.params.entry).toBe('xl/worksheets/sheet1.xml');
      expect(excel).not.toHaveBeenCalled();
      // Control: the spy does see a normal workbook being handed to ExcelJS.
      const normal = await xlsxOf((sh) => sh.addRow(['a']));
      excel.mockClear();
      await readSpreadsheet({ bytes: normal, filename: 'x.xlsx' });
      expect(excel).toHaveBeenCalled();
    } finally {
      excel.mockRestore();
    }
  });

  it('refuses entries adding up to more than 200 MiB even if each looks innocent', async () => {
    // 9 MiB per entry stays under the ratio rule; 24 of them declare 216 MiB.
    const data = new Uint8Array(9 * MIB);
    const deflated = { bytes: deflateRawSync(data), size: data.byteLength, crc: crc32(data) };
    const entries = Array.from({ length: 24 }, (_, i) => ({
      name: `xl/media/image${i}.bin`,
      deflated,
    }));
    const err = await refusal(buildZip([...MINIMAL_XLSX_ENTRIES, ...entries]), 'x.xlsx');
    expect(err.code).toBe('zip_bomb');
    expect(err.params).toEqual({ size: 216, limit: 200 });
  });

  it('honours a custom uncompressed limit', async () => {
    const text = utf8('<row>'.repeat(300_000));
    const zip = buildZip([
      ...MINIMAL_XLSX_ENTRIES,
      { name: 'xl/worksheets/sheet1.xml', data: text },
    ]);
    const err = await refusal(zip, 'x.xlsx', { maxUncompressedBytes: MIB });
    expect(err.code).toBe('zip_bomb');
  });

  it('refuses an entry that inflates past the size its headers declare', async () => {
    const zip = buildZip([
      ...MINIMAL_XLSX_ENTRIES,
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(5 * MIB), declaredSize: 1000 },
    ]);
    const err = await refusal(zip, 'x.xlsx');
    expect(err.code).toBe('zip_bomb');
    expect(err.params).toEqual({ entry: 'xl/worksheets/sheet1.xml' });
  });
});

describe('readSpreadsheet: CSV', () => {
  const header = 'Nombres;Apellidos;Dirección\r\n';
  const body = 'María José;Muñoz Díaz;Calle 5 # 3-20 Ñuñoa\r\n';
  const expected = [['María José', 'Muñoz Díaz', 'Calle 5 # 3-20 Ñuñoa']];

  it('reads UTF-8 with BOM', async () => {
    const data = await readSpreadsheet({
      bytes: utf8(header + body, { bom: true }),
      filename: 'x.csv',
    });
    expect(data.headers).toEqual(['Nombres', 'Apellidos', 'Dirección']);
    expect(data.rows.map((r) => r.cells)).toEqual(expected);
    expect(data.encoding).toBe('utf-8');
  });

  it('reads UTF-8 without BOM', async () => {
    const data = await readSpreadsheet({ bytes: utf8(header + body), filename: 'x.csv' });
    expect(data.headers[2]).toBe('Dirección');
    expect(data.rows.map((r) => r.cells)).toEqual(expected);
  });

  it('falls back to Windows-1252 for Excel "CSV (delimitado por comas)" files', async () => {
    const text = `${header}${body}Ángela;Peña;Carrera 7 # 12-34 (áéíóú ñ ÁÉÍÓÚ Ñ € “La Ñapa’s”)\r\n`;
    const data = await readSpreadsheet({ bytes: encodeCp1252(text), filename: 'x.csv' });
    expect(data.encoding).toBe('windows-1252');
    expect(data.headers[2]).toBe('Dirección');
    expect(data.rows[1]?.cells).toEqual([
      'Ángela',
      'Peña',
      'Carrera 7 # 12-34 (áéíóú ñ ÁÉÍÓÚ Ñ € “La Ñapa’s”)',
    ]);
  });

  it('reads UTF-16 "Unicode text" exports', async () => {
    const text = `\uFEFFNombres\tApellidos\r\nMaría\tPeña\r\n`;
    const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
    const data = await readSpreadsheet({ bytes, filename: 'x.txt' });
    expect(data.delimiter).toBe('\t');
    expect(data.rows[0]?.cells).toEqual(['María', 'Peña']);
  });

  it('detects ; , and tab delimiters', async () => {
    for (const delimiter of [';', ',', '\t']) {
      const data = await readSpreadsheet({
        bytes: csvOf(
          [
            ['a', 'b'],
            ['1', '2'],
          ],
          delimiter,
        ),
        filename: 'x.csv',
      });
      expect(data.delimiter).toBe(delimiter);
      expect(data.rows[0]?.cells).toEqual(['1', '2']);
    }
  });

  it('skips empty rows but keeps the line numbers Excel shows', async () => {
    const text =
      'Nombres;Apellidos\r\nAna;Gómez\r\n\r\n;\r\n  ;  \r\n"Luis\nAlberto";Díaz\r\nEva;Ríos\r\n\r\n';
    const data = await readSpreadsheet({ bytes: utf8(text), filename: 'x.csv' });
    expect(data.headerLine).toBe(1);
    expect(data.rows.map((r) => r.line)).toEqual([2, 6, 7]);
    expect(data.rows[1]?.cells).toEqual(['Luis\nAlberto', 'Díaz']);
  });

  it('takes the first non-empty row as the header', async () => {
    const data = await readSpreadsheet({
      bytes: utf8('\r\n;;\r\nNombres\r\nAna\r\n'),
      filename: 'x.csv',
    });
    expect(data.headerLine).toBe(3);
    expect(data.rows).toEqual([{ line: 4, cells: ['Ana'] }]);
  });

  it('reports an unclosed quote with its line', async () => {
    const text = 'Nombres;Apellidos\r\nAna;Gómez\r\n"Luis;Díaz\r\nEva;Ríos\r\n';
    const err = await refusal(utf8(text), 'x.csv');
    expect(err.code).toBe('csv_malformed');
    expect(err.params).toEqual({ reason: 'quote_not_closed', line: 3 });
  });

  it('treats a zip named .csv as a workbook (content decides)', async () => {
    const bytes = await xlsxOf((s) => {
      s.addRow(['Nombres']);
      s.addRow(['Ana']);
    });
    const data = await readSpreadsheet({ bytes, filename: 'postulantes.csv' });
    expect(data.format).toBe('xlsx');
    expect(data.rows[0]?.cells).toEqual(['Ana']);
  });
});

describe('readSpreadsheet: xlsx cells', () => {
  it('reads dates, numbers, booleans, rich text, hyperlinks, formulas and errors', async () => {
    const bytes = await xlsxOf((sheet) => {
      sheet.addRow([
        'Fecha',
        'Número',
        'Booleano',
        'Texto',
        'Enlace',
        'Con valor',
        'Sin valor',
        'Error',
        'Texto fórmula',
      ]);
      const row = sheet.addRow([
        new Date(Date.UTC(1988, 3, 12)),
        1500000,
        true,
        { richText: [{ text: 'María ' }, { font: { bold: true }, text: 'José' }] },
        { text: 'maria@example.com', hyperlink: 'mailto:maria@example.com' },
        { formula: 'B2*2', result: 3000000 },
        { formula: 'B2*3' },
        { error: '#N/A' },
        { formula: 'CONCAT("a","b")', result: 'ab' },
      ]);
      row.getCell(1).numFmt = 'dd/mm/yyyy';
    });
    const data = await readSpreadsheet({ bytes, filename: 'x.xlsx' });
    expect(data.format).toBe('xlsx');
    expect(data.sheetName).toBe('Hoja1');
    expect(data.rows).toHaveLength(1);
    const cells = data.rows[0]?.cells ?? [];
    expect(cells[0]).toEqual(new Date(Date.UTC(1988, 3, 12)));
    expect(cells.slice(1)).toEqual([
      1500000,
      true,
      'María José',
      'maria@example.com',
      3000000,
      { marker: 'formula_without_value', formula: '=B2*3' },
      { marker: 'cell_error', error: '#N/A' },
      'ab',
    ]);
  });

  it('reads the first visible sheet, skips empty rows and keeps Excel row numbers', async () => {
    const bytes = await xlsxOf((sheet, workbook) => {
      sheet.state = 'hidden';
      sheet.addRow(['oculta']);
      const visible = workbook.addWorksheet('Datos');
      visible.getRow(1).values = ['Nombres', 'Apellidos'];
      visible.getRow(2).values = ['Ana', 'Gómez'];
      visible.getRow(3).values = ['  ', null];
      visible.getRow(5).values = [null, 'Díaz'];
    });
    const data = await readSpreadsheet({ bytes, filename: 'x.xlsx' });
    expect(data.sheetName).toBe('Datos');
    expect(data.headers).toEqual(['Nombres', 'Apellidos']);
    expect(data.rows).toEqual([
      { line: 2, cells: ['Ana', 'Gómez'] },
      { line: 5, cells: [null, 'Díaz'] },
    ]);
  });

  it('reads a full template-sized row', async () => {
    const bytes = await xlsxOf((sheet) => {
      sheet.addRow(APPLICANT_COLUMNS.map((c) => c.header.es));
      sheet.addRow(APPLICANT_COLUMNS.map((c) => c.example.es));
    });
    const data = await readSpreadsheet({ bytes, filename: 'x.xlsx' });
    expect(data.headers).toHaveLength(APPLICANT_COLUMNS.length);
    expect(data.rows[0]?.cells[1]).toBe('1.098.765.432');
  });
});
