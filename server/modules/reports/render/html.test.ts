import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../../../shared/domain/reports/catalog.ts';
import { FORMULA_LABEL, SCRIPT_TEXT, fixtureBulletin, fixtureMaps } from './fixture.ts';
import { isEmptyFigure } from './format.ts';
import { bulletinHtml, escapeHtml } from './html.ts';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('bulletinHtml', () => {
  const bulletin = fixtureBulletin();
  const html = bulletinHtml(bulletin);

  it('is one complete page with nothing to run or fetch', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="es">');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).toContain('@page');
    expect(count(html, '</style>')).toBe(1);
  });

  it('escapes every text of the data', () => {
    expect(html).toContain(escapeHtml(SCRIPT_TEXT));
    expect(html).toContain('&amp; &quot;comillas&quot;');
    expect(html).toContain(escapeHtml(FORMULA_LABEL));
    // A program name cannot close the style element through the page footer either.
    const hostile = bulletinHtml(
      fixtureBulletin({
        program: { ...bulletin.program, name: 'P "</style><script>alert(1)</script>' },
      }),
    );
    expect(count(hostile, '</style>')).toBe(1);
    expect(hostile).not.toMatch(/<script/i);
  });

  it('has every figure with its title and definition, and a chart for each that has data', () => {
    for (const f of bulletin.figures) {
      expect(html).toContain(escapeHtml(f.title));
      expect(html).toContain(escapeHtml(f.definition));
    }
    const drawn = bulletin.figures.filter((f) => !isEmptyFigure(f));
    expect(drawn.length).toBeLessThan(bulletin.figures.length);
    expect(count(html, '<svg')).toBe(drawn.length);
    expect(html).toContain('Sin datos con estos filtros.');
  });

  it('prints money, percentages and null cells as people read them', () => {
    expect(html).toContain('$\u00a01.696.000.000');
    expect(html).toContain('$\u00a0512.300.000,50');
    expect(html).toContain('109,2 %');
    expect(html).toMatch(/<td class="num">—<\/td>/);
    expect(html).toContain('<tr class="total">');
  });

  it('lays out cover, summary, the five criteria in order, bottlenecks and the annex', () => {
    expect(html).toContain('Con corte al 22 de noviembre de 2026');
    expect(html).toContain('Todo el programa, sin filtros');
    const order = ['summary', ...CRITERIA, 'bottlenecks', 'annex'].map((id) =>
      html.indexOf(`<section class="chapter" id="${id}">`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('Este boletín no trae indicadores de este criterio.');
    for (const b of bulletin.bottlenecks) expect(html).toContain(escapeHtml(b.text));
    // Coordinator paragraphs stay paragraphs.
    expect(html).toContain('<p>El programa superó la mitad de su meta de atención.</p><p>');
    expect(html).toContain('8.412');
    expect(html).not.toContain('id="maps"');
  });

  it('names the filters on the cover', () => {
    const filtered = bulletinHtml(
      fixtureBulletin({
        filters: {
          ...bulletin.filters,
          municipalityCode: '11001',
          labels: { municipality: 'Bogotá', locality: null, supervisor: null },
        },
      }),
    );
    expect(filtered).toContain('Municipio: Bogotá');
    expect(filtered).not.toContain('Todo el programa, sin filtros');
  });

  it('draws the figures that have a map when maps are given', () => {
    const withMaps = bulletinHtml(bulletin, { maps: fixtureMaps() });
    expect(withMaps).toContain('<section class="chapter" id="maps">');
    const mapped = bulletin.figures.filter((f) => f.map && !isEmptyFigure(f));
    expect(count(withMaps, '<svg')).toBe(count(html, '<svg') + mapped.length);
    expect(withMaps).toContain('Mapa 2');
  });

  it('speaks English when the bulletin does', () => {
    const en = bulletinHtml(fixtureBulletin({ language: 'en' }));
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Program bulletin');
    expect(en).toContain('As of November 22, 2026');
    expect(en).toContain('Relevance');
  });
});
