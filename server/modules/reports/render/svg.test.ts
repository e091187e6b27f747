import { describe, expect, it } from 'vitest';
import { FIXTURE_FIGURES, fixtureMaps } from './fixture.ts';
import { figureSvg, mapSvg } from './svg.ts';

const figure = (key: string) => FIXTURE_FIGURES.find((f) => f.key === key)!;

describe('figureSvg', () => {
  it('draws the chart without the total row, labelled, with nothing interactive', () => {
    const svg = figureSvg(figure('registration.goal'));
    expect(svg).toMatch(/^<svg role="img" aria-label="Inscritos frente a la meta por localidad"/);
    expect(svg).toContain('Usaquén');
    expect(svg).not.toContain('>Total<');
    expect(svg).not.toContain('<style');
    expect(svg).not.toContain('ecmeta_');
    expect(svg).toContain('width="640"');
  });

  it('escapes labels and writes axis numbers in the reader language', () => {
    const sex = figureSvg(figure('people.by_sex'), { width: 600, height: 300 });
    expect(sex).not.toContain('<script');
    expect(sex).toMatch(/&lt;script/);
    expect(sex).toContain('>4.000<');
    const en = figureSvg(figure('people.by_sex'), { width: 600, height: 300, language: 'en' });
    expect(en).toContain('>4,000<');
    const money = figureSvg(figure('grants.by_place'), { width: 600, height: 300 });
    expect(money).toMatch(/>1\.\d+ M</);
  });

  it('gives every chart its own element ids, so many can share a page', () => {
    const ids = (svg: string) => [...svg.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    const a = ids(figureSvg(figure('registration.weekly')));
    const b = ids(figureSvg(figure('registration.weekly')));
    expect(a.length).toBeGreaterThan(0);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });
});

describe('mapSvg', () => {
  it('is null for a figure without a map', () => {
    expect(mapSvg(figure('people.by_sex'), fixtureMaps())).toBeNull();
  });

  it('draws cities as circles labelled with their values as the table writes them', () => {
    const svg = mapSvg(figure('grants.by_place'), fixtureMaps())!;
    expect(svg).toContain('Bogotá: $\u00a01.204.500.000');
    expect(svg).toContain('Medellín: $\u00a0512.300.000,50');
  });

  it('colours Bogotá localities by value', () => {
    const svg = mapSvg(figure('registration.goal'), fixtureMaps(), {
      width: 640,
      height: 460,
    })!;
    expect(svg).toContain('<svg role="img"');
    expect(svg.match(/<path d="M[^"]+Z" fill="rgb\(/g)?.length).toBeGreaterThanOrEqual(6);
    expect(svg).toContain('>199<');
  });
});
