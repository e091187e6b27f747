import { describe, expect, it } from 'vitest';
import { issueCsrfToken, verifyCsrfToken } from './csrf.ts';

const SECRET = 'a-secret-for-tests-0123456789abcdef';

describe('CSRF tokens', () => {
  it('accepts the same token in cookie and header for the session it was issued to', () => {
    const t = issueCsrfToken(SECRET, 'session-1');
    expect(verifyCsrfToken(SECRET, 'session-1', t, t)).toBe(true);
  });

  it('refuses a missing or different header, another session, another secret, or a forged signature', () => {
    const t = issueCsrfToken(SECRET, 'session-1');
    expect(verifyCsrfToken(SECRET, 'session-1', t, undefined)).toBe(false);
    expect(verifyCsrfToken(SECRET, 'session-1', undefined, t)).toBe(false);
    expect(verifyCsrfToken(SECRET, 'session-1', t, issueCsrfToken(SECRET, 'session-1'))).toBe(
      false,
    );
    expect(verifyCsrfToken(SECRET, 'session-2', t, t)).toBe(false);
    expect(verifyCsrfToken(SECRET, null, t, t)).toBe(false);
    expect(verifyCsrfToken('another-secret-0123456789abcdefgh', 'session-1', t, t)).toBe(false);
    const forged = `${t.split('.')[0]}.AAAA`;
    expect(verifyCsrfToken(SECRET, 'session-1', forged, forged)).toBe(false);
  });

  it('binds tokens issued before sign-in to no session', () => {
    const t = issueCsrfToken(SECRET, null);
    expect(verifyCsrfToken(SECRET, null, t, t)).toBe(true);
    expect(verifyCsrfToken(SECRET, 'session-1', t, t)).toBe(false);
  });
});
