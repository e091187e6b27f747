import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { INDICATORS, INDICATOR_KEYS } from '../../../../shared/domain/reports/catalog.ts';
import type { TFigure } from '../../../../shared/schemas/reports.ts';
import { FIXTURE_FIGURES, fixtureBulletin, fixtureMaps } from './fixture.ts';
import { bulletinPdf, winAnsi } from './pdf.ts';

async function pages(pdf: Buffer) {
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const doc = await PDFDocument.load(pdf);
  return doc;
}

describe('bulletinPdf', () => {
  it('draws cover, summary, the five criteria, bottlenecks and annex on pages of their own', async () => {
    const bulletin = fixtureBulletin();
    const doc = await pages(await bulletinPdf(bulletin));
    // Cover + summary + 5 criteria + bottlenecks + annex, and more where figures do not fit.
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(9);
    expect(doc.getTitle()).toContain(bulletin.program.name);
    expect(doc.getAuthor()).toBe(bulletin.program.organizationName);
    const [width, height] = [doc.getPage(0).getWidth(), doc.getPage(0).getHeight()];
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
  });

  it('adds the map pages when maps are given', async () => {
    const bulletin = fixtureBulletin();
    const without = (await pages(await bulletinPdf(bulletin))).getPageCount();
    const withMaps = (
      await pages(await bulletinPdf(bulletin, { maps: fixtureMaps() }))
    ).getPageCount();
    expect(withMaps).toBeGreaterThan(without);
  });

  it('renders a bulletin of every catalog figure with long tables, in English', async () => {
    const shapes = FIXTURE_FIGURES.filter((f) => f.rows.length > 0);
    const figures: TFigure[] = INDICATOR_KEYS.map((key, i) => {
      const shape = shapes[i % shapes.length]!;
      // Long tables must break across pages.
      const rows =
        i === 0
          ? Array.from({ length: 60 }, (_, r) => shape.rows[r % shape.rows.length]!)
          : shape.rows;
      return {
        ...shape,
        key,
        ...INDICATORS[key],
        rows,
        totalRow: i === 0 ? false : shape.totalRow,
      };
    });
    const doc = await pages(await bulletinPdf(fixtureBulletin({ figures, language: 'en' })));
    expect(doc.getPageCount()).toBeGreaterThan(15);
  });

  it('survives text the standard fonts cannot draw', async () => {
    const bulletin = fixtureBulletin({
      program: { ...fixtureBulletin().program, name: 'Programa ≥ 2 🚀 Ñandú' },
    });
    await pages(await bulletinPdf(bulletin));
    expect(winAnsi('Ñandú ≥ 2 🚀 — “ok” €')).toBe('Ñandú ? 2 ? — “ok” €');
    expect(winAnsi('a\u2003b')).toBe('a b');
  });
});
