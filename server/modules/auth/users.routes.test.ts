import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import { TEST_PASSWORD } from '../../test/factories.ts';
import { buildWorld, type World } from '../../test/world.ts';

describe('users and memberships', () => {
  let ctx: TestContext;
  let w: World;
  let admin: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    admin = new TestClient(ctx.app);
    await admin.signIn('admin@a.test', TEST_PASSWORD);
  });
  afterAll(() => ctx.close());

  it('creates a user who can then sign in; passwords follow the length rules', async () => {
    const short = await admin.post('/api/users', {
      email: 'corta@a.test',
      name: 'Corta',
      password: 'abc1234',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toEqual([
      expect.objectContaining({
        path: 'password',
        message: 'La contraseña debe tener al menos 8 caracteres (se recomiendan 15 o más).',
      }),
    ]);
    const long = await admin.post('/api/users', {
      email: 'larga@a.test',
      name: 'Larga',
      password: 'x'.repeat(129),
    });
    expect(long.json().error.fields[0].path).toBe('password');
    const badEmail = await admin.post('/api/users', {
      email: 'no-es-correo',
      name: 'X',
      password: 'ocho car',
    });
    expect(badEmail.json().error.fields[0]).toMatchObject({
      path: 'email',
      message: 'Escriba un correo electrónico válido.',
    });

    const ok = await admin.post('/api/users', {
      email: 'Nueva.Persona@A.test',
      name: 'Nueva Persona',
      password: 'ocho car',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      email: 'nueva.persona@a.test',
      disabled: false,
      memberships: [],
    });
    await new TestClient(ctx.app).signIn('nueva.persona@a.test', 'ocho car');
  });

  it('sets a territorial scope only inside the program’s territories', async () => {
    const target = w.otherFacilitator.id;
    const empty = await admin.put(`/api/users/${target}/memberships/${w.programP.id}`, {
      role: 'supervisor',
      scope: { type: 'territory', cities: [] },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0]).toMatchObject({
      path: 'scope',
      code: 'territory_required',
    });
    const outside = await admin.put(`/api/users/${target}/memberships/${w.programP.id}`, {
      role: 'supervisor',
      scope: { type: 'territory', cities: ['05001'] },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields[0]).toMatchObject({
      path: 'scope.cities.0',
      code: 'territory_outside_program',
    });
    const badRole = await admin.put(`/api/users/${target}/memberships/${w.programP.id}`, {
      role: 'dictator',
    });
    expect(badRole.json().error.fields[0].path).toBe('role');

    const ok = await admin.put(`/api/users/${target}/memberships/${w.programP.id}`, {
      role: 'supervisor',
      scope: { type: 'territory', cities: ['54001'] },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().memberships).toEqual([
      {
        programId: w.programP.id,
        programCode: 'PRG-A',
        role: 'supervisor',
        scope: { type: 'territory', cities: ['54001'], localities: [] },
      },
    ]);
    // The new scope takes effect at once: Cúcuta is now visible to them.
    const sup = new TestClient(ctx.app);
    await sup.signIn('other-facilitator@a.test', TEST_PASSWORD);
    const home = (await sup.get(`/api/programs/${w.programP.id}/home`)).json();
    expect(home.cities.map((c: { municipalityCode: string }) => c.municipalityCode)).toEqual([
      '54001',
    ]);

    const removed = await admin.delete(`/api/users/${target}/memberships/${w.programP.id}`);
    expect(removed.json().memberships).toEqual([]);
    expect((await sup.get(`/api/programs/${w.programP.id}/home`)).statusCode).toBe(404);
    expect(
      (await admin.delete(`/api/users/${target}/memberships/${w.programP.id}`)).statusCode,
    ).toBe(404);
  });

  it('searches and filters users by program and role', async () => {
    const byRole = (await admin.get(`/api/users?programId=${w.programP.id}&role=mentor`)).json();
    expect(byRole.items.map((u: { email: string }) => u.email)).toEqual(['mentor@a.test']);
    const byText = (await admin.get('/api/users?q=persona%20super')).json();
    expect(byText.items.map((u: { email: string }) => u.email)).toEqual(['supervisor@a.test']);
    const unknown = await admin.get('/api/users?sort=name');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].code).toBe('unrecognized_keys');
    expect((await admin.get('/api/users?pageSize=500')).json().error.fields[0].path).toBe(
      'pageSize',
    );
    const paged = (await admin.get('/api/users?pageSize=2&page=2')).json();
    expect(paged.items).toHaveLength(2);
    expect(paged.total).toBeGreaterThan(4);
  });
});
