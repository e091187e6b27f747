import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TestClient, type TestContext } from '../test/app.ts';
import { createCase, TEST_PASSWORD } from '../test/factories.ts';
import { buildWorld, type World } from '../test/world.ts';

/** With the read cache on (as in production), writes through the API are seen at once. */
describe('read cache keeps reads fresh after writes', () => {
  let ctx: TestContext;
  let w: World;
  let admin: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext({ readCacheSeconds: 60 });
    w = await buildWorld(ctx.db);
    admin = new TestClient(ctx.app);
    await admin.signIn('admin@a.test', TEST_PASSWORD);
  });
  afterAll(() => ctx.close());

  it('serves repeated reads from memory', async () => {
    const coord = new TestClient(ctx.app);
    await coord.signIn('coordinator@a.test', TEST_PASSWORD);
    const first = (await coord.get(`/api/programs/${w.programP.id}/home`)).json();
    // A write behind the API's back is not seen until the entry expires …
    await createCase(ctx.db, { organizationId: w.orgA.id, programId: w.programP.id });
    expect((await coord.get(`/api/programs/${w.programP.id}/home`)).json()).toEqual(first);
    // … but any write through the API drops the cache.
    await coord.patch('/api/auth/me', { locale: 'es' });
    const after = (await coord.get(`/api/programs/${w.programP.id}/home`)).json();
    expect(after.totals.registered).toBe(first.totals.registered + 1);
  });

  it('ends sessions at once on sign-out and when a user is disabled', async () => {
    const fac = new TestClient(ctx.app);
    await fac.signIn('facilitator@a.test', TEST_PASSWORD);
    expect((await fac.get('/api/auth/me')).statusCode).toBe(200);
    expect((await admin.post(`/api/users/${w.users.facilitator.id}/disable`)).statusCode).toBe(200);
    expect((await fac.get('/api/auth/me')).statusCode).toBe(401);

    const mentor = new TestClient(ctx.app);
    await mentor.signIn('mentor@a.test', TEST_PASSWORD);
    expect((await mentor.get('/api/auth/me')).statusCode).toBe(200);
    const token = mentor.sessionToken!;
    await mentor.post('/api/auth/logout');
    const replay = new TestClient(ctx.app);
    replay.cookies.palanca_session = token;
    expect((await replay.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('applies a removed membership at once', async () => {
    const res = new TestClient(ctx.app);
    await res.signIn('researcher@a.test', TEST_PASSWORD);
    expect((await res.get(`/api/programs/${w.programP.id}/home`)).statusCode).toBe(200);
    expect((await res.get('/api/auth/me')).json().memberships).toHaveLength(1);
    await admin.delete(`/api/users/${w.users.researcher.id}/memberships/${w.programP.id}`);
    expect((await res.get(`/api/programs/${w.programP.id}/home`)).statusCode).toBe(404);
    expect((await res.get('/api/auth/me')).json().memberships).toHaveLength(0);
  });
});
