/**
 * Money as integer minor units with its currency (ISO 4217 exponents), never floats: amounts add
 * up to the peso. Colombian pesos are written as Colombians write them: `$ 8.000.000`, with
 * centavos only when there are any.
 */

export const CURRENCIES = { COP: 2, USD: 2 } as const;
export type Currency = keyof typeof CURRENCIES;

const LOCALES: Record<Currency, string> = { COP: 'es-CO', USD: 'en-US' };

/** Whole units to minor units: `toMinor(8_000_000, 'COP')` is 800,000,000 centavos. */
export function toMinor(units: number, currency: Currency): number {
  const minor = Math.round(units * 10 ** CURRENCIES[currency]);
  if (!Number.isSafeInteger(minor)) throw new RangeError('amount out of range');
  return minor;
}

/** An amount for people: `$ 8.000.000` (COP), `$ 1.234.567,50` when centavos are not zero. */
export function formatMoney(minor: number, currency: Currency, locale = LOCALES[currency]): string {
  const exponent = CURRENCIES[currency];
  const hasCents = minor % 10 ** exponent !== 0;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: hasCents ? exponent : 0,
    maximumFractionDigits: exponent,
  }).format(minor / 10 ** exponent);
}

export type ParsedMoney =
  | { ok: true; minor: number }
  | { ok: false; reason: 'empty' | 'not_a_number' | 'negative' | 'too_precise' };

/**
 * Reads an amount as people type it in Colombia: `8.000.000`, `8000000`, `$ 8.000.000`,
 * `1.234.567,50`. Dots group thousands and a comma marks centavos; a lone dot followed by one or
 * two digits (`1500.5`) is read as a decimal point too. Negative amounts and more decimals than the
 * currency has are refused.
 */
export function parseMoney(text: string, currency: Currency): ParsedMoney {
  const exponent = CURRENCIES[currency];
  let s = text.replace(/[\s$]|COP|USD/gi, '');
  if (s === '') return { ok: false, reason: 'empty' };
  if (s.startsWith('-')) return { ok: false, reason: 'negative' };
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (!/^\d+\.\d{1,2}$/.test(s)) s = s.replace(/\.(?=\d{3}(\.|$))/g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return { ok: false, reason: 'not_a_number' };
  const [whole, fraction = ''] = s.split('.');
  if (fraction.length > exponent) return { ok: false, reason: 'too_precise' };
  const minor = Number(whole) * 10 ** exponent + Number(fraction.padEnd(exponent, '0') || '0');
  if (!Number.isSafeInteger(minor)) return { ok: false, reason: 'not_a_number' };
  return { ok: true, minor };
}
