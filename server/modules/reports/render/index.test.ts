import { describe, expect, it } from 'vitest';
import { ZBulletin } from '../../../../shared/schemas/reports.ts';
import { FIXTURE_FIGURES, fixtureBulletin } from './fixture.ts';
import { renderBulletin, renderFigure } from './index.ts';

describe('renderBulletin', () => {
  it('names the file after the program and the date, in the bulletin language', async () => {
    const bulletin = fixtureBulletin();
    const pdf = await renderBulletin({ bulletin, format: 'pdf' });
    expect(pdf.fileName).toBe('boletin-PAM-2026-2-2026-11-22.pdf');
    expect(pdf.contentType).toBe('application/pdf');
    expect(Buffer.isBuffer(pdf.body)).toBe(true);

    const en = await renderBulletin({
      bulletin: fixtureBulletin({ language: 'en' }),
      format: 'xlsx',
    });
    expect(en.fileName).toBe('bulletin-PAM-2026-2-2026-11-22.xlsx');
    expect(en.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );

    const odd = fixtureBulletin({
      program: { ...bulletin.program, code: 'Año 2026/"Ñ" x' },
    });
    expect((await renderBulletin({ bulletin: odd, format: 'html' })).fileName).toBe(
      'boletin-Ano-2026-N-x-2026-11-22.html',
    );
  });

  it('gives the JSON pretty-printed, the same bulletin read back', async () => {
    const bulletin = fixtureBulletin();
    const json = await renderBulletin({ bulletin, format: 'json' });
    expect(json.contentType).toBe('application/json; charset=utf-8');
    expect(typeof json.body).toBe('string');
    expect(String(json.body)).toContain('\n  "program": {');
    expect(ZBulletin.parse(JSON.parse(String(json.body)))).toEqual(bulletin);
  });

  it('gives the HTML as text', async () => {
    const html = await renderBulletin({ bulletin: fixtureBulletin(), format: 'html' });
    expect(html.contentType).toBe('text/html; charset=utf-8');
    expect(String(html.body)).toContain('<!doctype html>');
  });
});

describe('an empty program', () => {
  it('renders every format with honest empty states', async () => {
    const texts = fixtureBulletin().edition.texts;
    const bulletin = fixtureBulletin({
      figures: FIXTURE_FIGURES.map((f) => ({ ...f, rows: [], suppressedCells: 0 })),
      summary: [],
      bottlenecks: [],
      edition: {
        ...fixtureBulletin().edition,
        texts: Object.fromEntries(Object.keys(texts).map((k) => [k, ''])) as typeof texts,
        version: 0,
        updatedAt: null,
        updatedByName: null,
      },
    });
    const html = String((await renderBulletin({ bulletin, format: 'html' })).body);
    expect(html.split('Sin datos con estos filtros.').length - 1).toBe(FIXTURE_FIGURES.length);
    expect(html).toContain('Las cifras de esta edición no señalan cuellos de botella.');
    expect(html).not.toContain('<svg');
    const pdf = (await renderBulletin({ bulletin, format: 'pdf' })).body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const xlsx = (await renderBulletin({ bulletin, format: 'xlsx' })).body as Buffer;
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('renderFigure', () => {
  const figure = FIXTURE_FIGURES.find((f) => f.key === 'registration.weekly')!;
  const base = { figure, language: 'es' as const, programCode: 'PAM-2026-2', asOf: '2026-11-22' };

  it('exports a table as CSV or .xlsx and a chart as SVG', async () => {
    const csv = await renderFigure({ ...base, format: 'csv' });
    expect(csv.fileName).toBe('PAM-2026-2-registration-weekly-2026-11-22.csv');
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    const xlsx = await renderFigure({ ...base, format: 'xlsx' });
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    const svg = await renderFigure({ ...base, format: 'svg' });
    expect(svg.contentType).toBe('image/svg+xml; charset=utf-8');
    expect(String(svg.body)).toMatch(/^<svg /);
    expect(String(svg.body)).toContain('3 ago');
  });
});
