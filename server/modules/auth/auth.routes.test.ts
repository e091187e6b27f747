import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { createTestContext, TEST_SECRET, TestClient, type TestContext } from '../../test/app.ts';
import { createOrganization, createUser, TEST_PASSWORD } from '../../test/factories.ts';
import { loginAttempts, sessions, users } from './auth.table.ts';

describe('sign-in, sessions and request hygiene', () => {
  let ctx: TestContext;
  let orgId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    orgId = (await createOrganization(ctx.db)).id;
  });
  afterAll(() => ctx.close());

  async function newUser(email: string, extra: { disabled?: boolean; locale?: 'es' | 'en' } = {}) {
    return createUser(ctx.db, { organizationId: orgId, email, ...extra });
  }

  it('signs in, sets an httpOnly SameSite session cookie and answers /me', async () => {
    const user = await newUser('ana@example.test');
    const client = new TestClient(ctx.app);
    const res = await client.post('/api/auth/login', {
      email: 'ANA@example.test ',
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'palanca_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.json()).toMatchObject({ id: user.id, email: 'ana@example.test', memberships: [] });
    const me = await client.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().id).toBe(user.id);
    // The token is stored hashed: the cookie value is not a row id.
    const stored = await ctx.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.id).not.toBe(cookie!.value);
  });

  it('answers a wrong password and an unknown email alike, in the caller’s language', async () => {
    await newUser('beto@example.test');
    const es = new TestClient(ctx.app);
    const wrong = await es.post('/api/auth/login', {
      email: 'beto@example.test',
      password: 'no es la clave',
    });
    const unknown = await es.post('/api/auth/login', {
      email: 'nadie@example.test',
      password: 'no es la clave',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({
      code: 'invalid_credentials',
      message: 'El correo o la contraseña no son correctos.',
    });
    expect(unknown.json().error.code).toBe('invalid_credentials');
    const en = new TestClient(ctx.app);
    en.locale = 'en';
    const english = await en.post('/api/auth/login', {
      email: 'beto@example.test',
      password: 'nope nope',
    });
    expect(english.json().error.message).toBe('The email or the password is not correct.');
  });

  it('locks an account after 5 failures in 15 minutes, even for the right password', async () => {
    await newUser('carla@example.test');
    const client = new TestClient(ctx.app);
    for (let i = 0; i < 5; i++) {
      const res = await client.post('/api/auth/login', {
        email: 'carla@example.test',
        password: `mala-${i}-clave`,
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await client.post('/api/auth/login', {
      email: 'carla@example.test',
      password: TEST_PASSWORD,
    });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('account_locked');
    expect(locked.json().error.retryAfterSeconds).toBeGreaterThan(800);
    expect(locked.headers['retry-after']).toBeDefined();
    expect(locked.json().error.message).toContain('15 minutos');
    expect(locked.cookies.find((c) => c.name === 'palanca_session')).toBeUndefined();
  });

  it('unlocks once the failures fall out of the 15-minute window', async () => {
    await newUser('dario@example.test');
    const client = new TestClient(ctx.app);
    for (let i = 0; i < 5; i++)
      await client.post('/api/auth/login', {
        email: 'dario@example.test',
        password: `mala-${i}-clave`,
      });
    await ctx.db
      .update(loginAttempts)
      .set({ at: new Date(Date.now() - 16 * 60 * 1000) })
      .where(eq(loginAttempts.email, 'dario@example.test'));
    const res = await client.post('/api/auth/login', {
      email: 'dario@example.test',
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
  });

  it('refuses a disabled account, but only after the password is checked', async () => {
    await newUser('elsa@example.test', { disabled: true });
    const client = new TestClient(ctx.app);
    expect(
      (
        await client.post('/api/auth/login', {
          email: 'elsa@example.test',
          password: 'otra clave mala',
        })
      ).statusCode,
    ).toBe(401);
    const res = await client.post('/api/auth/login', {
      email: 'elsa@example.test',
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('account_disabled');
  });

  it('expires a session after the idle timeout and after the absolute timeout', async () => {
    const user = await newUser('fabio@example.test');
    const idle = new TestClient(ctx.app);
    await idle.signIn('fabio@example.test', TEST_PASSWORD);
    await ctx.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - (ctx.config.sessionIdleMinutes + 1) * 60 * 1000) })
      .where(eq(sessions.userId, user.id));
    const res = await idle.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('session_expired');

    const absolute = new TestClient(ctx.app);
    await absolute.signIn('fabio@example.test', TEST_PASSWORD);
    await ctx.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, user.id));
    expect((await absolute.get('/api/auth/me')).json().error.code).toBe('session_expired');
  });

  it('signs out: the session is revoked on the server, not only the cookie', async () => {
    await newUser('gina@example.test');
    const client = new TestClient(ctx.app);
    await client.signIn('gina@example.test', TEST_PASSWORD);
    const token = client.sessionToken!;
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    const replay = new TestClient(ctx.app);
    replay.cookies.palanca_session = token;
    expect((await replay.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('revokes every session of a user who is disabled', async () => {
    const admin = await createUser(ctx.db, {
      organizationId: orgId,
      email: 'jefa@example.test',
      isAdmin: true,
    });
    const target = await newUser('hugo@example.test');
    const phone = new TestClient(ctx.app);
    const laptop = new TestClient(ctx.app);
    await phone.signIn(target.email, TEST_PASSWORD);
    await laptop.signIn(target.email, TEST_PASSWORD);
    const adminClient = new TestClient(ctx.app);
    await adminClient.signIn(admin.email, TEST_PASSWORD);
    const res = await adminClient.post(`/api/users/${target.id}/disable`);
    expect(res.statusCode).toBe(200);
    expect(res.json().disabled).toBe(true);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('requires a valid CSRF token on state-changing requests and changes nothing without it', async () => {
    const user = await newUser('ines@example.test', { locale: 'es' });
    const client = new TestClient(ctx.app);
    await client.signIn(user.email, TEST_PASSWORD);
    const missing = await client.request({
      method: 'PATCH',
      url: '/api/auth/me',
      payload: { locale: 'en' },
      csrf: false,
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf_invalid');
    const forged = await client.request({
      method: 'PATCH',
      url: '/api/auth/me',
      payload: { locale: 'en' },
      csrf: false,
      headers: { 'x-csrf-token': 'abc.def' },
    });
    expect(forged.statusCode).toBe(403);
    // A token issued to another session does not pass either.
    const other = new TestClient(ctx.app);
    await other.get('/api/auth/csrf');
    const stolen = await client.request({
      method: 'PATCH',
      url: '/api/auth/me',
      payload: { locale: 'en' },
      csrf: false,
      headers: { 'x-csrf-token': other.cookies.palanca_csrf! },
    });
    expect(stolen.statusCode).toBe(403);
    const [row] = await ctx.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.locale).toBe('es');
    const good = await client.patch('/api/auth/me', { locale: 'en' });
    expect(good.statusCode).toBe(200);
    expect(good.json().locale).toBe('en');
  });

  it('rejects malformed JSON, oversized bodies and unknown fields with clear errors', async () => {
    const client = new TestClient(ctx.app);
    await client.get('/api/auth/csrf');
    const csrf = {
      'x-csrf-token': client.cookies.palanca_csrf!,
      'content-type': 'application/json',
    };
    const malformed = await client.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"email": "a@b.c",',
      headers: csrf,
      csrf: false,
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('invalid_json');

    const huge = await client.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(400_000) }),
      headers: csrf,
      csrf: false,
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');

    const unknown = await client.post('/api/auth/login', {
      email: 'a@b.c',
      password: 'whatever1',
      remember: true,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual([
      expect.objectContaining({
        path: '',
        code: 'unrecognized_keys',
        message: 'Campo no permitido: remember.',
      }),
    ]);

    const empty = await client.post('/api/auth/login', { email: '' });
    expect(empty.statusCode).toBe(400);
    const paths = empty
      .json()
      .error.fields.map((f: { path: string }) => f.path)
      .sort();
    expect(paths).toEqual(['email', 'password']);
    expect(
      empty.json().error.fields.find((f: { path: string }) => f.path === 'password').message,
    ).toBe('Este campo es obligatorio.');
  });

  it('answers unknown failures with a bland 500 that leaks nothing', async () => {
    const app = await buildApp({
      database: ctx.database,
      config: ctx.config,
      secret: TEST_SECRET,
      logger: false,
      webDir: '/nonexistent',
    });
    app.get('/api/__boom', { config: { access: { kind: 'public' } } }, () => {
      throw new Error('password=hunter2 at db.internal:5432');
    });
    const res = await app.inject({
      method: 'GET',
      url: '/api/__boom',
      headers: { 'accept-language': 'en' },
    });
    await app.close();
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('internal');
    expect(res.json().error.message).toBe(
      'Something unexpected went wrong. It has been logged; try again later.',
    );
    expect(res.body).not.toContain('hunter2');
    expect(res.body).not.toContain('5432');
  });

  it('sends security headers', async () => {
    const res = await new TestClient(ctx.app).get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: ctx.database.kind });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
