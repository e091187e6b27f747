/**
 * What every renderer of the bulletin writes the same way: its words (i18n `bulletin.*`), dates,
 * cells (money in the figure's currency, percentages with one decimal, "—" for null) and the
 * coordinator's paragraphs.
 */
import { CRITERIA, indicatorsOf } from '../../../../shared/domain/reports/catalog.ts';
import { CURRENCIES, formatMoney, type Currency } from '../../../../shared/domain/money/money.ts';
import { translate } from '../../../../shared/i18n/index.ts';
import type {
  TBulletin,
  TCell,
  TCriterion,
  TFigure,
  TFigureColumn,
  TSummaryItem,
} from '../../../../shared/schemas/reports.ts';

export type Language = TBulletin['language'];

/** Shown for a null cell: suppressed (fewer than the small-cell threshold) or not applicable. */
export const NULL_CELL = '—';

const LOCALES: Record<Language, string> = { es: 'es-CO', en: 'en-US' };

/** The bulletin's words in its language. */
export function words(language: Language) {
  return (key: string, params: Record<string, string | number> = {}) =>
    translate(language, `bulletin.${key}`, params);
}

/** A day (`2026-11-22`) as people write it: "22 de noviembre de 2026". */
export function longDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}

/** An instant in Bogotá's time: "23 de noviembre de 2026, 9:05 a. m.". */
export function longInstant(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'America/Bogota',
  }).format(new Date(iso));
}

export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(value);
}

/** Minor units in the figure's currency; an unknown currency is written with its code. */
export function formatAmount(minor: number, currency: string | null, language: Language): string {
  if (currency && currency in CURRENCIES)
    return formatMoney(minor, currency as Currency, LOCALES[language]);
  return `${formatCount(minor / 100, language)}${currency ? ` ${currency}` : ''}`;
}

/** A value of this kind as text (also the summary's headline numbers). */
export function formatValue(
  kind: TFigureColumn['kind'] | undefined,
  currency: string | null,
  cell: TCell | undefined,
  language: Language,
): string {
  if (cell === null || cell === undefined) return NULL_CELL;
  if (typeof cell === 'string') return cell;
  switch (kind) {
    case 'money':
      return formatAmount(cell, currency, language);
    case 'percent':
      return `${new Intl.NumberFormat(LOCALES[language], {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(cell)} %`;
    case 'days':
      return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(cell);
    case 'label':
    case 'count':
    case undefined:
      return formatCount(cell, language);
  }
}

/** One table cell as text. */
export function formatCell(
  figure: Pick<TFigure, 'currency'>,
  column: TFigureColumn | undefined,
  cell: TCell | undefined,
  language: Language,
): string {
  return formatValue(column?.kind, figure.currency, cell, language);
}

/** A headline number of the summary as text. */
export const formatSummary = (item: TSummaryItem, language: Language) =>
  formatValue(item.kind, item.currency, item.value, language);

/** Whether a column is written as a number (right-aligned). */
export const isNumeric = (column: TFigureColumn | undefined) =>
  column !== undefined && column.kind !== 'label';

/** A coordinator's text as paragraphs: split on blank lines, lines inside a paragraph kept. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The filters chosen for this edition, as "Municipio: Bogotá" lines (empty: the whole program). */
export function filterLines(bulletin: TBulletin): string[] {
  const t = words(bulletin.language);
  const { labels, municipalityCode, localityCode, supervisorId } = bulletin.filters;
  const lines: string[] = [];
  if (municipalityCode)
    lines.push(`${t('filters.municipality')}: ${labels.municipality ?? municipalityCode}`);
  if (localityCode) lines.push(`${t('filters.locality')}: ${labels.locality ?? localityCode}`);
  if (supervisorId) lines.push(`${t('filters.supervisor')}: ${labels.supervisor ?? supervisorId}`);
  return lines;
}

/** The figures of one criterion, in catalog order; figures the catalog does not know go last. */
export function figuresOf(bulletin: TBulletin, criterion: TCriterion): TFigure[] {
  const order = indicatorsOf(criterion);
  return bulletin.figures
    .filter((f) => f.criterion === criterion)
    .sort((a, b) => rank(order, a.key) - rank(order, b.key));
}

const rank = (order: readonly string[], key: string) => {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
};

/** The bulletin's figures in the order they are printed (criterion by criterion), numbered from 1. */
export function numberedFigures(bulletin: TBulletin): Map<TFigure, number> {
  const numbers = new Map<TFigure, number>();
  for (const criterion of CRITERIA)
    for (const f of figuresOf(bulletin, criterion)) numbers.set(f, numbers.size + 1);
  return numbers;
}

/** Whether a figure has nothing to show (no rows, or only its total). */
export const isEmptyFigure = (figure: TFigure) =>
  figure.rows.length === 0 || (figure.totalRow && figure.rows.length === 1);

/** The figures that can be drawn on a map, in print order. */
export function mapFigures(bulletin: TBulletin): TFigure[] {
  return [...numberedFigures(bulletin).keys()].filter((f) => f.map && !isEmptyFigure(f));
}

/** A column header with its unit where the cell does not say it (money in pesos). */
export function columnHeader(figure: Pick<TFigure, 'currency'>, column: TFigureColumn): string {
  return column.kind === 'money' && figure.currency
    ? `${column.label} (${figure.currency})`
    : column.label;
}
