import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassword } from './password.ts';

describe('checkPassword', () => {
  it('applies length rules only', () => {
    expect(checkPassword('1234567')).toBe('too_short');
    expect(checkPassword('12345678')).toBe('acceptable');
    expect(checkPassword('aaaaaaaaaaaaaa')).toBe('acceptable');
    expect(checkPassword('aaaaaaaaaaaaaaa')).toBe('recommended');
    expect(checkPassword('a'.repeat(128))).toBe('recommended');
    expect(checkPassword('a'.repeat(129))).toBe('too_long');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('ñandú🙂🙂')).toBe('too_short'); // 7 characters, 9 units
    expect(checkPassword('🙂'.repeat(128))).toBe('recommended');
  });

  it('never imposes composition rules', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8, maxLength: 14, unit: 'grapheme-ascii' }), (s) => {
        expect(checkPassword(s)).toBe('acceptable');
      }),
    );
  });
});
