import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import { addMembership, createCase, createUser, TEST_PASSWORD } from '../../test/factories.ts';
import { buildWorld, type World } from '../../test/world.ts';

describe('programs', () => {
  let ctx: TestContext;
  let w: World;
  const as = async (email: string) => {
    const c = new TestClient(ctx.app);
    await c.signIn(email, TEST_PASSWORD);
    return c;
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    // More cases so that the counts mean something: 3 active + 1 completed in Bucaramanga for others.
    for (const status of ['active', 'active', 'completed'] as const) {
      await createCase(ctx.db, {
        organizationId: w.orgA.id,
        programId: w.programP.id,
        municipalityCode: '68001',
        facilitatorId: w.otherFacilitator.id,
        status,
      });
    }
  });
  afterAll(() => ctx.close());

  it('counts cases by city for the whole program', async () => {
    const home = (
      await (await as('coordinator@a.test')).get(`/api/programs/${w.programP.id}/home`)
    ).json();
    const byCity = Object.fromEntries(
      home.cities.map((c: { municipalityCode: string }) => [c.municipalityCode, c]),
    );
    expect(byCity['68001']).toMatchObject({
      name: 'Bucaramanga',
      goal: 50,
      registered: 4,
      active: 3,
      completed: 1,
      withdrawn: 0,
    });
    expect(byCity['54001']).toMatchObject({
      name: 'San José de Cúcuta',
      goal: 40,
      registered: 1,
      withdrawn: 1,
    });
    expect(home.totals).toEqual({ registered: 5, active: 3, withdrawn: 1, completed: 1, goal: 90 });
  });

  it('filters counts by scope in SQL: territory and own cases', async () => {
    const sup = (
      await (await as('supervisor@a.test')).get(`/api/programs/${w.programP.id}/home`)
    ).json();
    expect(sup.cities.map((c: { municipalityCode: string }) => c.municipalityCode)).toEqual([
      '68001',
    ]);
    expect(sup.totals.registered).toBe(4);
    const fac = (
      await (await as('facilitator@a.test')).get(`/api/programs/${w.programP.id}/home`)
    ).json();
    expect(fac.totals).toMatchObject({ registered: 1, active: 1, goal: null });
    expect(fac.cities[0].goal).toBeNull();
    const owner = (
      await (await as('owner@a.test')).get(`/api/programs/${w.programP.id}/home`)
    ).json();
    expect(owner.totals.registered).toBe(1);
  });

  it('counts by locality where goals are set per locality', async () => {
    const admin = await as('admin@a.test');
    const created = await admin.post('/api/programs', {
      code: 'BOG-LOC',
      name: 'Bogotá por localidades',
      cycleStart: '2026-03-01',
      cycleEnd: '2026-12-01',
      cities: [{ municipalityCode: '11001', goal: null }],
      localities: [
        { localityCode: '11001-07', goal: 30 },
        { localityCode: '11001-08', goal: 20 },
      ],
    });
    const programId = created.json().id as string;
    for (const localityCode of ['11001-07', '11001-07', '11001-08']) {
      await createCase(ctx.db, {
        organizationId: w.orgA.id,
        programId,
        municipalityCode: '11001',
        localityCode,
      });
    }
    const home = (await admin.get(`/api/programs/${programId}/home`)).json();
    expect(home.localities).toEqual([
      expect.objectContaining({ localityCode: '11001-07', name: 'Bosa', goal: 30, registered: 2 }),
      expect.objectContaining({
        localityCode: '11001-08',
        name: 'Kennedy',
        goal: 20,
        registered: 1,
      }),
    ]);
    expect(home.cities).toEqual([
      expect.objectContaining({ municipalityCode: '11001', goal: null, registered: 3 }),
    ]);
    expect(home.totals.goal).toBe(50);
  });

  it('creates a program with territories checked against DIVIPOLA', async () => {
    const admin = await as('admin@a.test');
    const bad = await admin.post('/api/programs', {
      code: 'CAP-2027',
      name: 'Capitalización 2027',
      cycleStart: '2027-02-01',
      cycleEnd: '2027-01-01',
      cities: [{ municipalityCode: '99999', goal: 10 }],
      localities: [{ localityCode: '11001-08', goal: 5 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['cycleEnd']);

    const unknown = await admin.post('/api/programs', {
      code: 'CAP-2027',
      name: 'Capitalización 2027',
      cycleStart: '2027-01-01',
      cycleEnd: '2027-12-01',
      cities: [{ municipalityCode: '99999', goal: 10 }],
      localities: [
        { localityCode: '11001-08', goal: 5 },
        { localityCode: '11001-99', goal: 5 },
      ],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual([
      expect.objectContaining({
        path: 'cities.0.municipalityCode',
        code: 'unknown_municipality',
        message: 'El municipio 99999 no existe en DIVIPOLA.',
      }),
      expect.objectContaining({ path: 'localities.0.localityCode', code: 'locality_city_missing' }),
      expect.objectContaining({ path: 'localities.1.localityCode', code: 'unknown_locality' }),
    ]);

    const good = await admin.post('/api/programs', {
      code: 'CAP-2027',
      name: 'Capitalización 2027',
      cycleStart: '2027-01-01',
      cycleEnd: '2027-12-01',
      cities: [{ municipalityCode: '11001', goal: null }],
      localities: [
        { localityCode: '11001-08', goal: 120 },
        { localityCode: '11001-19', goal: 150 },
      ],
    });
    expect(good.statusCode).toBe(201);
    expect(good.json()).toMatchObject({
      code: 'CAP-2027',
      cities: [{ municipalityCode: '11001', name: 'Bogotá, D.C.', goal: null }],
      localities: [
        { localityCode: '11001-08', name: 'Kennedy', goal: 120 },
        { localityCode: '11001-19', name: 'Ciudad Bolívar', goal: 150 },
      ],
    });
    const again = await admin.post('/api/programs', { ...JSON.parse(good.body), id: undefined });
    expect(again.statusCode).toBe(400);
  });

  it('lets a coordinator update their program; the code stays unique', async () => {
    const coord = await as('coordinator@a.test');
    const res = await coord.put(`/api/programs/${w.programP.id}`, {
      code: 'PRG-A',
      name: 'Programa A renombrado',
      cycleStart: '2026-07-27',
      cycleEnd: '2026-12-18',
      cities: [
        { municipalityCode: '68001', goal: 55 },
        { municipalityCode: '54001', goal: 40 },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().name).toBe('Programa A renombrado');
    const clash = await coord.put(`/api/programs/${w.programP.id}`, {
      code: 'CAP-2027',
      name: 'x x x',
      cycleStart: '2026-07-27',
      cycleEnd: '2026-12-18',
      cities: [{ municipalityCode: '68001', goal: 55 }],
    });
    expect(clash.statusCode).toBe(400);
    expect(clash.json().error.fields[0]).toMatchObject({
      path: 'code',
      code: 'program_code_taken',
    });
  });

  it('lists only the programs a user belongs to', async () => {
    const lone = await createUser(ctx.db, { organizationId: w.orgA.id, email: 'lone@a.test' });
    const client = await as('lone@a.test');
    expect((await client.get('/api/programs')).json().items).toEqual([]);
    await addMembership(ctx.db, { userId: lone.id, programId: w.programP.id, role: 'researcher' });
    const items = (await client.get('/api/programs')).json().items;
    expect(items).toEqual([expect.objectContaining({ id: w.programP.id, role: 'researcher' })]);
  });

  it('searches municipalities ignoring accents and case', async () => {
    const client = await as('facilitator@a.test');
    const res = (await client.get('/api/territories/municipalities?q=cucuta')).json();
    expect(res.items.map((m: { code: string }) => m.code)).toContain('54001');
    const locs = (await client.get('/api/territories/localities?municipality=11001')).json();
    expect(locs.items).toHaveLength(20);
    const deps = (await client.get('/api/territories/departments')).json();
    expect(deps.items).toHaveLength(33);
  });
});
