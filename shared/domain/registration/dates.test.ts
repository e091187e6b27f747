import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageInYears, parseIsoDate, wholeMonthsBetween } from './dates.ts';
import type { CalendarDate } from './dates.ts';

const date = (iso: string): CalendarDate => {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new Error(iso);
  return parsed;
};

const isoDates = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('parseIsoDate', () => {
  it('accepts real days only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('1900-02-29')).toBeNull();
    expect(parseIsoDate('2000-02-29')).not.toBeNull();
    expect(parseIsoDate('2024-2-9')).toBeNull();
  });
});

describe('wholeMonthsBetween', () => {
  it('completes a month on the same day, or on the last day of a shorter month', () => {
    expect(wholeMonthsBetween(date('2024-01-15'), date('2024-02-15'))).toBe(1);
    expect(wholeMonthsBetween(date('2024-01-15'), date('2024-02-14'))).toBe(0);
    expect(wholeMonthsBetween(date('2024-01-31'), date('2024-02-29'))).toBe(1);
    expect(wholeMonthsBetween(date('2024-01-31'), date('2024-02-28'))).toBe(0);
    expect(wholeMonthsBetween(date('2024-03-10'), date('2024-01-20'))).toBe(-1);
  });

  it('is antisymmetric and never negative forward in time', () => {
    fc.assert(
      fc.property(isoDates, isoDates, (a, b) => {
        const months = wholeMonthsBetween(date(a), date(b));
        expect(wholeMonthsBetween(date(b), date(a)) + months).toBe(0);
        if (a <= b) expect(months).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('ageInYears', () => {
  it('is the whole months divided by twelve', () => {
    fc.assert(
      fc.property(isoDates, isoDates, (a, b) => {
        const [birth, asOf] = a <= b ? [a, b] : [b, a];
        const months = wholeMonthsBetween(date(birth), date(asOf));
        // They differ only for 29 February births, which age on 1 March in common years.
        if (!birth.endsWith('-02-29')) {
          expect(ageInYears(date(birth), date(asOf))).toBe(Math.floor(months / 12));
        }
      }),
    );
  });
});
