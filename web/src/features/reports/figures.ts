import { CRITERIA } from '../../../../shared/domain/reports/catalog.ts';
import { chartRows } from '../../../../shared/domain/reports/chart.ts';
import { CURRENCIES, formatMoney } from '../../../../shared/domain/money/money.ts';
import type { Currency } from '../../../../shared/domain/money/money.ts';
import type {
  TCell,
  TCriterion,
  TDashboard,
  TFigure,
  TFigureColumn,
} from '../../../../shared/schemas/reports.ts';

/** What a null cell shows: nothing to count there, or a small cell kept hidden. */
export const NO_VALUE = '—';

export interface CellFormat {
  number: (n: number) => string;
  /** A ratio (0.5) as a percentage. */
  percent: (ratio: number) => string;
  /** Days, with at most one decimal. */
  days: (n: number) => string;
}

const isCurrency = (c: string | null): c is Currency => c !== null && c in CURRENCIES;

/** A cell as the table shows it: counts and days grouped, money in its currency, "—" for null. */
export function formatCell(
  cell: TCell,
  column: TFigureColumn | undefined,
  currency: string | null,
  f: CellFormat,
): string {
  if (cell === null) return NO_VALUE;
  if (typeof cell === 'string') return cell;
  switch (column?.kind) {
    case 'money':
      return isCurrency(currency) ? formatMoney(cell, currency) : f.number(cell / 100);
    case 'percent':
      return f.percent(cell / 100);
    case 'days':
      return f.days(cell);
    case 'count':
    case 'label':
    case undefined:
      return f.number(cell);
  }
}

/**
 * Whether a figure has nothing to show: no rows to draw, or every value in them is zero. Hidden
 * (null) cells are not zeros: a figure with hidden cells is not empty.
 */
export function isEmptyFigure(figure: TFigure): boolean {
  const rows = chartRows(figure);
  if (rows.length === 0) return true;
  const valueColumns = figure.columns.flatMap((c, i) => (c.kind === 'label' ? [] : [i]));
  return rows.every((row) => valueColumns.every((i) => row[i] === 0));
}

/** The figures under each OECD-DAC criterion, in the criteria's order; criteria without figures left out. */
export function figuresByCriterion(
  figures: readonly TFigure[],
): { criterion: TCriterion; figures: TFigure[] }[] {
  return CRITERIA.flatMap((criterion) => {
    const list = figures.filter((f) => f.criterion === criterion);
    return list.length > 0 ? [{ criterion, figures: list }] : [];
  });
}

/**
 * The chart's height: fixed for vertical bars and lines; horizontal bars grow with their
 * categories so that every name keeps a readable line.
 */
export function chartHeight(figure: TFigure): number {
  if (!figure.chart.horizontal) return 320;
  const bars = chartRows(figure).length;
  return Math.min(900, Math.max(240, 72 + bars * 30));
}

/** A safe file name for a figure's download: `registration.weekly-2026-05-20.svg`. */
export function figureFileName(figure: TFigure, asOf: string, extension: string): string {
  return `${figure.key.replace(/[^a-z0-9._-]/gi, '-')}-${asOf}.${extension}`;
}

/**
 * Whether there is nothing at all to report: no headline number above zero and no figure that
 * follows the date with anything in it (the services catalog may exist before any case does).
 */
export function nothingToReport(dashboard: TDashboard): boolean {
  return (
    dashboard.summary.every((s) => !s.value) &&
    dashboard.figures.every((f) => f.basis === 'current' || isEmptyFigure(f))
  );
}
