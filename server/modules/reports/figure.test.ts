import { describe, expect, it } from 'vitest';
import {
  INDICATOR_KEYS,
  INDICATORS,
  indicatorsOf,
  CRITERIA,
} from '../../../shared/domain/reports/catalog.ts';
import { hasMessage } from '../../../shared/i18n/index.ts';
import { buildFigure, percent, suppressSmallCells, totalOf } from './figure.ts';
import { endOfDay } from './context.ts';
import { COMPUTE } from './indicators.ts';

describe('the indicator catalog', () => {
  it('gives every key a criterion, a computation, and a title and definition in the texts', () => {
    for (const key of INDICATOR_KEYS) {
      expect(COMPUTE[key], key).toBeTypeOf('function');
      expect(hasMessage(`reports.indicators.${key}.title`), key).toBe(true);
      expect(hasMessage(`reports.indicators.${key}.definition`), key).toBe(true);
      expect(CRITERIA).toContain(INDICATORS[key].criterion);
    }
    // Every OECD-DAC criterion has evidence.
    for (const c of CRITERIA) expect(indicatorsOf(c).length, c).toBeGreaterThan(0);
  });
});

describe('building figures', () => {
  it('translates headers, draws counts as bars by default and keeps the catalog metadata', () => {
    const f = buildFigure('cases.status', 'en', {
      columns: [
        { key: 'place', kind: 'label' },
        { key: 'registered', kind: 'count' },
        { key: 'registeredPercent', kind: 'percent' },
      ],
      rows: [['Neiva', 3, 50]],
    });
    expect(f.columns.map((c) => c.label)).toEqual([
      'Place',
      'Registered',
      '% of goal (registered)',
    ]);
    expect(f.chart).toEqual({
      category: 0,
      series: [{ column: 1, type: 'bar', stack: null }],
      horizontal: false,
    });
    expect(f).toMatchObject({
      criterion: 'effectiveness',
      basis: 'as_of',
      totalRow: false,
      map: null,
    });
    expect(f.title).toBe('Active, withdrawn and completed cases');
  });

  it('sums counts and money in a total row and leaves percentages to be worked out', () => {
    expect(
      totalOf(
        [
          ['a', 1, 100, 50, null],
          ['b', 2, 250, 10, 3],
        ],
        'Total',
        ['label', 'count', 'money', 'percent', 'count'],
      ),
    ).toEqual(['Total', 3, 350, null, 3]);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 0)).toBeNull();
  });
});

describe('small-cell suppression', () => {
  const figure = buildFigure('people.by_sex', 'es', {
    columns: [
      { key: 'group', kind: 'label' },
      { key: 'registered', kind: 'count' },
      { key: 'withdrawn', kind: 'count' },
      { key: 'shareOfRegistered', kind: 'percent' },
    ],
    rows: [
      ['Mujeres', 12, 0, 80],
      ['Hombres', 3, 1, 20],
    ],
  });

  it('hides counts from 1 to 4 and the percentages of their row; zero and large counts stay', () => {
    const s = suppressSmallCells(figure, 5);
    expect(s.rows).toEqual([
      ['Mujeres', 12, 0, 80],
      ['Hombres', null, null, null],
    ]);
    expect(s.suppressedCells).toBe(3);
    expect(suppressSmallCells(figure, 1).rows).toEqual(figure.rows);
  });
});

describe('dates', () => {
  it('ends a Bogotá day at 05:00 UTC of the next', () => {
    expect(endOfDay('2026-11-01').toISOString()).toBe('2026-11-02T05:00:00.000Z');
    expect(endOfDay('2026-12-31').toISOString()).toBe('2027-01-01T05:00:00.000Z');
  });
});
