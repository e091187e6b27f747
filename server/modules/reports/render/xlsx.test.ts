import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../registration/spreadsheet/csv.ts';
import { FIXTURE_FIGURES, FORMULA_LABEL, SCRIPT_TEXT, fixtureBulletin } from './fixture.ts';
import { bulletinXlsx, figureCsv, figureXlsx, sheetName } from './xlsx.ts';

async function read(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const figure = (key: string) => FIXTURE_FIGURES.find((f) => f.key === key)!;

/** The header row and the rows below it (cells as values). */
function table(sheet: ExcelJS.Worksheet, headerRow = 5) {
  const width = (sheet.getRow(headerRow).values as unknown[]).length - 1;
  const values = (n: number) =>
    Array.from({ length: width }, (_, i) => sheet.getRow(n).getCell(i + 1).value);
  const rows = [];
  for (let n = headerRow + 1; n <= sheet.rowCount; n++) rows.push(values(n));
  return { header: values(headerRow), rows };
}

describe('bulletinXlsx', () => {
  const bulletin = fixtureBulletin();

  it('has a summary sheet, one sheet per figure and the definitions, with names Excel accepts', async () => {
    const workbook = await read(await bulletinXlsx(bulletin));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names[0]).toBe('Resumen');
    expect(names.at(-1)).toBe('Definiciones');
    expect(names).toHaveLength(bulletin.figures.length + 2);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
    }
    // Figures in print order: relevance first.
    expect(names[1]).toBe('1. Inscritos frente a la meta…');
  });

  it('writes each figure as title, definition and its table, numbers as numbers', async () => {
    const workbook = await read(await bulletinXlsx(bulletin));
    const goal = workbook.worksheets.find((s) => s.name.includes('meta'))!;
    expect(goal.getCell('A1').value).toBe('Inscritos frente a la meta por localidad');
    expect(goal.getCell('A2').text).toContain('Porcentaje = inscritos ÷ meta');
    const { header, rows } = table(goal);
    expect(header).toEqual(['Localidad', 'Meta', 'Inscritos', '% de la meta']);
    expect(rows[0]).toEqual(['Usaquén', 120, 131, 1.092]);
    expect(goal.getRow(6).getCell(4).numFmt).toBe('0.0%');
    expect(rows.at(-1)).toEqual(['Total', 790, 651, 0.824]);
    expect(goal.getRow(12).getCell(1).font?.bold).toBe(true);

    const grants = workbook.worksheets.find((s) => s.name.includes('Capital semilla'))!;
    const money = table(grants);
    expect(money.header).toEqual([
      'Ciudad',
      'Planes aprobados',
      'Aprobado (COP)',
      'Desembolsado (COP)',
      'Ejecución',
    ]);
    expect(money.rows[0]).toEqual(['Bogotá', 212, 1_696_000_000, 1_204_500_000, 0.712]);
    expect(money.rows[1]?.[3]).toBe(512_300_000.5);
    expect(money.rows[2]?.[4]).toBe('—');
    expect(grants.getRow(6).getCell(3).numFmt).toBe('"$" #,##0');
    expect(grants.getRow(6).getCell(4).numFmt).toBe('"$" #,##0.00');

    const withdrawals = workbook.worksheets.find((s) => s.name.includes('Retiros'))!;
    const pivot = table(withdrawals);
    expect(pivot.rows[1]).toEqual(['Cerró el negocio', '—', 9, 6, 18]);
    expect(pivot.rows[3]?.[0]).toBe(`'${FORMULA_LABEL}`);
    expect(withdrawals.getCell('A3').text).toContain('4 celdas con menos de 5 casos');

    const empty = workbook.worksheets.find((s) => s.name.includes('Culminación'))!;
    expect(empty.getCell('A3').text).toContain('Sin datos con estos filtros.');
    expect(table(empty).header).toEqual(['Ciudad', 'Inscritas', 'Culminaron']);
    expect(table(empty).rows).toEqual([]);
  });

  it('puts the program, the summary, the texts and the definitions in their sheets', async () => {
    const workbook = await read(await bulletinXlsx(bulletin));
    const summary = workbook.getWorksheet('Resumen')!;
    const cells = new Map<string, unknown>();
    summary.eachRow((row) => {
      const key = row.getCell(1).text;
      const value = row.getCell(2).value;
      if (!cells.has(key) && value !== null) cells.set(key, value);
    });
    expect(cells.get('Programa')).toBe(bulletin.program.name);
    expect(cells.get('Fecha de corte')).toBe('22 de noviembre de 2026');
    expect(cells.get('Filtros')).toBe('Todo el programa, sin filtros');
    expect(cells.get('Solicitudes recibidas')).toBe(8412);
    expect(cells.get('Capital semilla desembolsado')).toBe(1_716_800_000.5);
    expect(cells.get('Retirados')).toBe('—');
    expect(String(cells.get('Resumen del programa'))).toContain(SCRIPT_TEXT);
    expect(cells.get('Impacto')).toBe(bulletin.edition.texts.impact);

    const definitions = workbook.getWorksheet('Definiciones')!;
    const keys: unknown[] = [];
    definitions.eachRow((row, n) => n > 1 && keys.push(row.getCell(1).value));
    for (const f of bulletin.figures) expect(keys).toContain(f.key);
  });

  it('names sheets within 31 characters, unique, without the characters Excel refuses', () => {
    const taken = new Set<string>(['resumen']);
    expect(sheetName('Resumen', taken)).toBe('Resumen (2)');
    expect(sheetName('Retiros: motivo × etapa [alcanzada] / total', taken)).toBe(
      'Retiros motivo × etapa…',
    );
    const long = 'Capital semilla aprobado, desembolsado y ejecutado';
    const a = sheetName(long, taken);
    const b = sheetName(long, taken);
    expect(a).toBe('Capital semilla aprobado…');
    expect(b).not.toBe(a);
    expect(b.length).toBeLessThanOrEqual(31);
  });
});

describe('figure exports', () => {
  it('writes one figure as a workbook of one sheet', async () => {
    const workbook = await read(
      await figureXlsx(figure('people.by_sex'), { language: 'es', asOf: '2026-11-22' }),
    );
    expect(workbook.worksheets).toHaveLength(1);
    const { header, rows } = table(workbook.worksheets[0]!);
    expect(header).toEqual(['Sexo', 'Personas', '%']);
    expect(rows[2]).toEqual(['Intersexual', '—', '—']);
    expect(rows[3]?.[0]).toBe(SCRIPT_TEXT);
  });

  it('writes CSV for Excel: BOM, semicolons, pesos, decimal comma, formulas neutralized', async () => {
    const bytes = await figureCsv(figure('cases.withdrawals'), { language: 'es' });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = [];
    parseCsv({
      text: bytes.toString('utf8').slice(1),
      delimiter: ';',
      onRecord: (fields) => records.push(fields),
    });
    expect(records[0]).toEqual([
      'Motivo',
      'Diagnóstico',
      'Plan de atención',
      'Seguimiento',
      'Total',
    ]);
    expect(records[2]).toEqual(['Cerró el negocio', '', '9', '6', '18']);
    expect(records[4]?.[0]).toBe(`'${FORMULA_LABEL}`);

    const money = await figureCsv(figure('grants.by_place'), { language: 'es' });
    const text = money.toString('utf8');
    expect(text).toContain('Aprobado (COP)');
    expect(text).toContain('Medellín;98;784000000;512300000,5;64\r\n');
    const en = (await figureCsv(figure('grants.by_place'), { language: 'en' })).toString('utf8');
    expect(en).toContain('Medellín,98,784000000,512300000.5,64\r\n');
  });
});
