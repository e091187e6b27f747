import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS } from './columns.ts';
import { readSpreadsheet } from './read.ts';
import { toApplicantRows } from './rows.ts';
import { TEMPLATE_EXAMPLE, applicantTemplate } from './template.ts';

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

describe('applicantTemplate', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    for (const language of ['es', 'en'] as const) {
      it(`round-trips: the ${format} template in ${language} reads back as exactly its example`, async () => {
        const bytes = await applicantTemplate({ format, language });
        const data = await readSpreadsheet({ bytes, filename: `plantilla.${format}` });
        expect(data.format).toBe(format);
        expect(data.headers).toEqual(APPLICANT_COLUMNS.map((c) => c.header[language]));
        const result = toApplicantRows(data);
        expect(result.columnProblems).toEqual([]);
        expect(result.invalid).toEqual([]);
        expect(result.valid).toEqual([{ line: 2, applicant: TEMPLATE_EXAMPLE }]);
      });
    }
  }

  it('writes CSV as UTF-8 with BOM, ; in Spanish and , in English', async () => {
    const es = await applicantTemplate({ format: 'csv', language: 'es' });
    expect([...es.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const esText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(es);
    expect(esText.split('\r\n')[0]).toBe(
      `\uFEFF${APPLICANT_COLUMNS.map((c) => c.header.es).join(';')}`,
    );
    const en = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await applicantTemplate({ format: 'csv', language: 'en' }),
    );
    expect(en.split('\r\n')[0]).toBe(
      `\uFEFF${APPLICANT_COLUMNS.map((c) => c.header.en).join(',')}`,
    );
  });

  it('adds an instructions sheet describing every column', async () => {
    for (const [language, sheetName, yes] of [
      ['es', 'Instrucciones', 'Sí'],
      ['en', 'Instructions', 'Yes'],
    ] as const) {
      const workbook = await loadWorkbook(await applicantTemplate({ format: 'xlsx', language }));
      expect(workbook.worksheets.map((w) => w.name)).toEqual([
        language === 'es' ? 'Postulantes' : 'Applicants',
        sheetName,
      ]);
      const sheet = workbook.getWorksheet(sheetName);
      const rows = APPLICANT_COLUMNS.map((_, i) => sheet?.getRow(i + 2).values as unknown[]);
      APPLICANT_COLUMNS.forEach((column, i) => {
        const [, header, required, , help] = rows[i] ?? [];
        expect(header).toBe(column.header[language]);
        expect(required === yes).toBe(column.required);
        expect(help).toBe(column.help[language]);
      });
      const sexRow = rows[APPLICANT_COLUMNS.findIndex((c) => c.key === 'owner.sex')] ?? [];
      expect(String(sexRow[6])).toContain('F (');
    }
  });

  it('keeps codes as text and offers drop-down lists', async () => {
    const workbook = await loadWorkbook(
      await applicantTemplate({ format: 'xlsx', language: 'es' }),
    );
    const sheet = workbook.worksheets[0];
    const municipality = APPLICANT_COLUMNS.findIndex((c) => c.key === 'owner.municipalityCode') + 1;
    expect(sheet?.getCell(2, municipality).numFmt).toBe('@');
    const sex = APPLICANT_COLUMNS.findIndex((c) => c.key === 'owner.sex') + 1;
    expect(sheet?.getCell(500, sex).dataValidation?.formulae).toEqual(['"F,M,X"']);
  });
});
