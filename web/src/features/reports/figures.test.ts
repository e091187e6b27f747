import { describe, expect, it } from 'vitest';
import type { TDashboard, TFigure } from '../../../../shared/schemas/reports.ts';
import {
  chartHeight,
  figureFileName,
  figuresByCriterion,
  formatCell,
  isEmptyFigure,
  nothingToReport,
  type CellFormat,
} from './figures.ts';

const es = new Intl.NumberFormat('es-CO');
const format: CellFormat = {
  number: (n) => es.format(n),
  percent: (r) =>
    new Intl.NumberFormat('es-CO', { style: 'percent', maximumFractionDigits: 1 }).format(r),
  days: (n) => new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1 }).format(n),
};

function figure(init: Partial<TFigure> = {}): TFigure {
  return {
    key: 'cases.stages',
    criterion: 'efficiency',
    title: 'Casos por etapa',
    definition: 'Casos activos en cada etapa.',
    basis: 'as_of',
    columns: [
      { key: 'stage', label: 'Etapa', kind: 'label' },
      { key: 'cases', label: 'Casos', kind: 'count' },
    ],
    rows: [
      ['Diagnóstico', 12],
      ['Plan', 0],
      ['Total', 12],
    ],
    totalRow: true,
    chart: { category: 0, series: [{ column: 1, type: 'bar', stack: null }], horizontal: false },
    map: null,
    currency: null,
    suppressedCells: 0,
    ...init,
  };
}

describe('table cells', () => {
  it('writes each kind of column the Colombian way, and null as a dash', () => {
    const col = (kind: TFigure['columns'][number]['kind']) => ({ key: 'x', label: 'x', kind });
    expect(formatCell(6012, col('count'), null, format)).toBe('6.012');
    expect(formatCell(800_000_000, col('money'), 'COP', format)).toMatch(/^\$\s?8\.000\.000$/);
    expect(formatCell(87.3, col('percent'), null, format)).toMatch(/^87,3\s?%$/);
    expect(formatCell(12.25, col('days'), null, format)).toBe('12,3');
    expect(formatCell('Bucaramanga', col('label'), null, format)).toBe('Bucaramanga');
    expect(formatCell(null, col('count'), null, format)).toBe('—');
  });
});

describe('empty figures', () => {
  it('is empty with no rows, or only zeros; a hidden cell is not a zero', () => {
    expect(isEmptyFigure(figure())).toBe(false);
    expect(isEmptyFigure(figure({ rows: [], totalRow: false }))).toBe(true);
    expect(
      isEmptyFigure(
        figure({
          rows: [
            ['Diagnóstico', 0],
            ['Total', 0],
          ],
        }),
      ),
    ).toBe(true);
    expect(
      isEmptyFigure(
        figure({
          rows: [
            ['Diagnóstico', null],
            ['Total', 3],
          ],
        }),
      ),
    ).toBe(false);
  });

  it('says there is nothing to report when no headline and no dated figure counts anything', () => {
    const dashboard = (summary: (number | null)[], figures: TFigure[]) =>
      ({
        summary: summary.map((value, i) => ({
          key: `k${i}`,
          label: 'x',
          value,
          kind: 'count',
          currency: null,
        })),
        figures,
      }) as unknown as TDashboard;
    const empty = figure({ rows: [], totalRow: false });
    const services = figure({ key: 'services.by_city', basis: 'current' });
    expect(nothingToReport(dashboard([0, null], [empty, services]))).toBe(true);
    expect(nothingToReport(dashboard([0, 1], [empty]))).toBe(false);
    expect(nothingToReport(dashboard([0], [figure()]))).toBe(false);
  });
});

describe('layout', () => {
  it('groups the figures by criterion in the catalog order', () => {
    const groups = figuresByCriterion([
      figure({ key: 'grants.by_place', criterion: 'impact' }),
      figure({ key: 'registration.goal', criterion: 'relevance' }),
      figure({ key: 'cases.stages', criterion: 'efficiency' }),
    ]);
    expect(groups.map((g) => g.criterion)).toEqual(['relevance', 'efficiency', 'impact']);
  });

  it('grows horizontal bar charts with their categories, within bounds', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Palanca ${i}`, i + 1]);
    const horizontal = (n: number) =>
      figure({
        rows: rows(n),
        totalRow: false,
        chart: { ...figure().chart, horizontal: true },
      });
    expect(chartHeight(figure())).toBe(320);
    expect(chartHeight(horizontal(2))).toBe(240);
    expect(chartHeight(horizontal(12))).toBeGreaterThan(chartHeight(horizontal(8)));
    expect(chartHeight(horizontal(200))).toBe(900);
  });

  it('names a download by its figure and date', () => {
    expect(figureFileName(figure(), '2026-05-20', 'svg')).toBe('cases.stages-2026-05-20.svg');
  });
});
