/**
 * Password rules after NIST SP 800-63B: length only, no composition rules.
 * At least 8 characters, 15 or more recommended, at most 128.
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_RECOMMENDED = 15;
export const PASSWORD_MAX = 128;

export type PasswordVerdict = 'too_short' | 'too_long' | 'acceptable' | 'recommended';

export function checkPassword(password: string): PasswordVerdict {
  // Count code points, not UTF-16 units, so that "ñ" or an emoji counts once.
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'too_short';
  if (length > PASSWORD_MAX) return 'too_long';
  return length >= PASSWORD_RECOMMENDED ? 'recommended' : 'acceptable';
}
