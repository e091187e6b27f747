import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('scrypt passwords', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('palanca-demo');
    const b = await hashPassword('palanca-demo');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('palanca-demo', a)).toBe(true);
    expect(await verifyPassword('palanca-dem0', a)).toBe(false);
    expect(await verifyPassword('palanca-demo', 'bcrypt$whatever')).toBe(false);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const h = await hashPassword('contraseña segura');
    expect(await verifyPassword('contrasen\u0303a segura', h)).toBe(true);
  });
});
