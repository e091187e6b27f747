import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, parseMoney, toMinor } from './money.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('writes pesos as Colombians do, with centavos only when there are any', () => {
    expect(nbsp(formatMoney(toMinor(8_000_000, 'COP'), 'COP'))).toBe('$ 8.000.000');
    expect(nbsp(formatMoney(123_456_750, 'COP'))).toBe('$ 1.234.567,50');
    expect(nbsp(formatMoney(0, 'COP'))).toBe('$ 0');
    expect(formatMoney(200_000, 'USD')).toBe('$2,000');
  });

  it('reads amounts as people type them, and refuses negative or too precise ones', () => {
    expect(parseMoney('8.000.000', 'COP')).toEqual({ ok: true, minor: 800_000_000 });
    expect(parseMoney('$ 8.000.000', 'COP')).toEqual({ ok: true, minor: 800_000_000 });
    expect(parseMoney('8000000', 'COP')).toEqual({ ok: true, minor: 800_000_000 });
    expect(parseMoney('1.234.567,50', 'COP')).toEqual({ ok: true, minor: 123_456_750 });
    expect(parseMoney('1500.5', 'COP')).toEqual({ ok: true, minor: 150_050 });
    expect(parseMoney('-5.000', 'COP')).toEqual({ ok: false, reason: 'negative' });
    expect(parseMoney('10,505', 'COP')).toEqual({ ok: false, reason: 'too_precise' });
    expect(parseMoney('ocho millones', 'COP')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseMoney('  ', 'COP')).toEqual({ ok: false, reason: 'empty' });
  });

  it('reads back what it writes, to the centavo', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (minor) => {
        expect(parseMoney(formatMoney(minor, 'COP'), 'COP')).toEqual({ ok: true, minor });
      }),
    );
  });
});
