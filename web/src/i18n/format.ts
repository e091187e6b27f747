import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from './index.ts';

/** Parses a `YYYY-MM-DD` day without letting the time zone move it to the day before. */
function dayToUtcDate(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export interface Formatters {
  locale: string;
  number: (n: number) => string;
  /** Whole Colombian pesos ("$ 4.500.000"). */
  money: (pesos: number) => string;
  /** A ratio (0.873) as a percentage ("87,3 %"). */
  percent: (ratio: number) => string;
  /** A calendar day (`2026-07-27`) in long form ("27 de julio de 2026"). */
  day: (isoDay: string) => string;
  /** An instant, date and time in the browser's time zone. */
  dateTime: (iso: string) => string;
  list: (items: string[]) => string;
}

export function makeFormatters(lng: string): Formatters {
  const locale = intlLocale(lng);
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'COP',
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
  return {
    locale,
    number: (n) => number.format(n),
    money: (pesos) => money.format(pesos),
    percent: (r) => percent.format(r),
    day: (d) => {
      const date = dayToUtcDate(d);
      return date ? day.format(date) : d;
    },
    dateTime: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
    },
    list: (items) => list.format(items),
  };
}

/** Intl formatters for the current UI language; they change when the language does. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'es';
  return useMemo(() => makeFormatters(lng), [lng]);
}
