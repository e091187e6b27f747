import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportRows } from './export.ts';
import { readSpreadsheet } from './read.ts';

const columns = [
  { key: 'name', header: 'Nombre' },
  { key: 'phone', header: 'Teléfono' },
  { key: 'sales', header: 'Ventas' },
  { key: 'active', header: 'Activo' },
  { key: 'note', header: 'Nota' },
];

const hostile = ["=cmd|' /C calc'!A0", '+57 300 123 4567', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

const rows = [
  { name: 'Ana; "la del pan"', phone: '3001234567', sales: 1500000, active: true, note: null },
  ...hostile.map((v) => ({ name: v, phone: null, sales: -5, active: false, note: 'ok' })),
];

describe('exportRows', () => {
  it('writes CSV with BOM, localized booleans and neutralized formulas', async () => {
    const bytes = await exportRows({ format: 'csv', language: 'es', columns, rows });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const data = await readSpreadsheet({ bytes, filename: 'export.csv' });
    expect(data.delimiter).toBe(';');
    expect(data.headers).toEqual(columns.map((c) => c.header));
    expect(data.rows[0]?.cells).toEqual(['Ana; "la del pan"', '3001234567', '1500000', 'Sí', '']);
    expect(data.rows.slice(1).map((r) => r.cells[0])).toEqual(hostile.map((v) => `'${v}`));
    // Numbers are numbers, not text: a negative stays as written.
    expect(data.rows[1]?.cells[2]).toBe('-5');
  });

  it('uses , and English words in English, and a decimal comma only in Spanish', async () => {
    const one = [{ name: 'x', phone: null, sales: 1.5, active: true, note: null }];
    const en = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await exportRows({ format: 'csv', language: 'en', columns, rows: one }),
    );
    expect(en).toBe('\uFEFFNombre,Teléfono,Ventas,Activo,Nota\r\nx,,1.5,Yes,\r\n');
    const es = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await exportRows({ format: 'csv', language: 'es', columns, rows: one }),
    );
    expect(es).toContain('x;;1,5;Sí;');
  });

  it('writes xlsx whose hostile strings are text cells, never formulas', async () => {
    const bytes = await exportRows({ format: 'xlsx', language: 'en', columns, rows });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Data');
    expect(sheet?.getRow(1).values).toEqual([undefined, ...columns.map((c) => c.header)]);
    expect(sheet?.getCell('C2').value).toBe(1500000);
    expect(sheet?.getCell('D2').value).toBe('Yes');
    hostile.forEach((v, i) => {
      const cell = sheet?.getCell(i + 3, 1);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.formula).toBeFalsy();
      // XML turns a carriage return into a line feed; the apostrophe is what matters.
      expect(cell?.value).toBe(`'${v.replace('\r', '\n')}`);
    });
  });
});
