/**
 * Building figures: a table with translated headers, a chart spec and, when its rows are places,
 * a map. Pure: no database.
 */
import { INDICATORS, type IndicatorKey } from '../../../shared/domain/reports/catalog.ts';
import { translate } from '../../../shared/i18n/index.ts';
import type { TLocale } from '../../../shared/schemas/auth.ts';
import type {
  TCell,
  TFigure,
  TFigureChart,
  TFigureColumn,
  TFigureMap,
} from '../../../shared/schemas/reports.ts';

export type ColumnKind = TFigureColumn['kind'];

/** A column: its key (its header is `reports.columns.<key>` unless a label is given) and kind. */
export interface ColumnSpec {
  key: string;
  kind: ColumnKind;
  label?: string;
}

export interface FigureBody {
  columns: ColumnSpec[];
  rows: TCell[][];
  totalRow?: boolean;
  /** By default: the first column as categories, every count column as a bar. */
  chart?: Partial<TFigureChart>;
  map?: TFigureMap | null;
  currency?: string | null;
}

export function buildFigure(key: IndicatorKey, language: TLocale, body: FigureBody): TFigure {
  const meta = INDICATORS[key];
  const columns = body.columns.map((c) => ({
    key: c.key,
    kind: c.kind,
    label: c.label ?? translate(language, `reports.columns.${c.key}`),
  }));
  const defaultSeries = columns.flatMap((c, i) =>
    c.kind === 'count' || c.kind === 'money'
      ? [{ column: i, type: 'bar' as const, stack: null }]
      : [],
  );
  return {
    key,
    criterion: meta.criterion,
    basis: meta.basis,
    title: translate(language, `reports.indicators.${key}.title`),
    definition: translate(language, `reports.indicators.${key}.definition`),
    columns,
    rows: body.rows,
    totalRow: (body.totalRow ?? false) && body.rows.length > 1,
    chart: {
      category: body.chart?.category ?? 0,
      series: body.chart?.series ?? defaultSeries,
      horizontal: body.chart?.horizontal ?? false,
    },
    map: body.map ?? null,
    currency: body.currency ?? null,
    suppressedCells: 0,
  };
}

/** Bars of the given columns, stacked together. */
export function stacked(columns: number[], stack = 'total') {
  return columns.map((column) => ({ column, type: 'bar' as const, stack }));
}

export function bars(columns: number[]) {
  return columns.map((column) => ({ column, type: 'bar' as const, stack: null }));
}

/** The sum of each numeric column, under a label (null for label columns). */
export function totalOf(rows: TCell[][], label: string, kinds: ColumnKind[]): TCell[] {
  return kinds.map((kind, i) => {
    if (i === 0) return label;
    if (kind !== 'count' && kind !== 'money') return null;
    return rows.reduce((s, r) => s + (typeof r[i] === 'number' ? r[i] : 0), 0);
  });
}

/** part ÷ whole as a percentage with one decimal; null when the whole is zero. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}

/**
 * Hides counts below the threshold (researchers see aggregates, not people): a count of 1–4 shows
 * as null, and so do the percentages of its row, which could give it back.
 */
export function suppressSmallCells(figure: TFigure, threshold: number): TFigure {
  let suppressed = 0;
  const rows = figure.rows.map((row) => {
    let small = false;
    const out = row.map((cell, i) => {
      const kind = figure.columns[i]?.kind;
      if (kind === 'count' && typeof cell === 'number' && cell > 0 && cell < threshold) {
        small = true;
        suppressed += 1;
        return null;
      }
      return cell;
    });
    if (small)
      out.forEach((cell, i) => {
        if (figure.columns[i]?.kind === 'percent' && cell !== null) {
          out[i] = null;
          suppressed += 1;
        }
      });
    return out;
  });
  return { ...figure, rows, suppressedCells: suppressed };
}
