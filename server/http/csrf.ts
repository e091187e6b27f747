import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signed double-submit token (OWASP): `<random>.<HMAC(secret, sessionId.random)>`.
 * The same value travels in the `palanca_csrf` cookie and the `x-csrf-token` header; the
 * signature binds it to the session, so a token planted by another site or session fails.
 */
export const CSRF_COOKIE = 'palanca_csrf';
export const CSRF_HEADER = 'x-csrf-token';

function sign(secret: string, sessionId: string, random: string) {
  return createHmac('sha256', secret).update(`${sessionId}.${random}`).digest('base64url');
}

export function issueCsrfToken(secret: string, sessionId: string | null): string {
  const random = randomBytes(18).toString('base64url');
  return `${random}.${sign(secret, sessionId ?? '', random)}`;
}

export function verifyCsrfToken(
  secret: string,
  sessionId: string | null,
  cookie: string | undefined,
  header: string | undefined,
): boolean {
  if (!cookie || !header || cookie.length !== header.length) return false;
  if (!timingSafeEqual(Buffer.from(cookie), Buffer.from(header))) return false;
  const [random, signature] = header.split('.');
  if (!random || !signature) return false;
  const expected = Buffer.from(sign(secret, sessionId ?? '', random));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
