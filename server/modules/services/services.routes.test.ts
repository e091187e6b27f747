import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TService, TServiceList } from '../../../shared/schemas/services.ts';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import { TEST_PASSWORD } from '../../test/factories.ts';
import { buildWorld, type World } from '../../test/world.ts';
import { catalog } from './services.service.ts';

const BODY = {
  entity: { name: 'SENA Regional Santander', kind: 'public', sector: 'Formación' },
  name: 'Curso de contabilidad básica',
  benefit: 'Curso gratuito de 40 horas',
  scope: 'local',
  cities: ['68001'],
  link: 'https://www.sena.edu.co',
  startMonth: '2026-02',
  levers: ['finance'],
  cost: 'free',
};

describe('services catalog', () => {
  let ctx: TestContext;
  let w: World;
  const as: Record<string, TestClient> = {};
  let base: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    for (const role of ['coordinator', 'facilitator', 'supervisor']) {
      as[role] = new TestClient(ctx.app);
      await as[role].signIn(`${role}@a.test`, TEST_PASSWORD);
    }
    base = `/api/programs/${w.programP.id}/services`;
  });
  afterAll(() => ctx.close());

  const fields = (res: {
    json: () => { error: { fields?: Array<{ path: string; code: string }> } };
  }) => (res.json().error.fields ?? []).map((f) => `${f.path}:${f.code}`);

  it('refuses a service that says contradictory or unusable things, by field', async () => {
    const bad = await as.coordinator!.post(base, {
      ...BODY,
      cities: [],
      link: 'www.sena.edu.co',
      startMonth: 'marzo 2026',
      permanent: true,
    });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad).sort()).toEqual([
      'cities:local_needs_cities',
      'link:link_not_url',
      'startMonth:month_format',
      'startMonth:permanent_without_month',
    ]);
    const national = await as.coordinator!.post(base, { ...BODY, scope: 'national' });
    expect(fields(national)).toEqual(['cities:national_without_cities']);
    const both = await as.coordinator!.post(base, { ...BODY, permanent: true });
    expect(fields(both)).toEqual(['startMonth:permanent_without_month']);
    expect((await as.facilitator!.post(base, BODY)).statusCode).toBe(403);
  });

  it('adds services under one entity, once per name, with their status by rule', async () => {
    const created = await as.coordinator!.post(base, BODY);
    expect(created.statusCode).toBe(200);
    const service = created.json<TService>();
    expect(service).toMatchObject({
      entity: { name: 'SENA Regional Santander', kind: 'public' },
      status: 'active',
      reasons: [],
      version: 1,
    });
    const again = await as.coordinator!.post(base, {
      ...BODY,
      entity: { ...BODY.entity, name: 'sena  regional SANTANDER' },
      name: 'CURSO DE CONTABILIDAD BÁSICA',
    });
    expect(fields(again)).toEqual(['name:service_repeated']);

    const later = await as.coordinator!.post(base, {
      ...BODY,
      name: 'Taller de mercadeo digital',
      startMonth: '2099-01',
      link: null,
      levers: ['marketing'],
    });
    expect(later.json()).toMatchObject({
      entity: { id: service.entity.id },
      status: 'to_activate',
      reasons: ['opening_not_reached', 'no_way_to_reach'],
    });
    const national = await as.coordinator!.post(base, {
      entity: { name: 'Bancóldex', kind: 'mixed', sector: 'Banca de desarrollo' },
      name: 'Microcrédito',
      scope: 'national',
      permanent: true,
      contact: 'Línea de atención',
      levers: ['finance'],
      cost: 'cost',
    });
    expect(national.json()).toMatchObject({ status: 'active', cities: [] });
    const elsewhere = await as.coordinator!.post(base, {
      ...BODY,
      entity: { name: 'Alcaldía de Cúcuta', kind: 'public' },
      name: 'Feria empresarial',
      cities: ['54001'],
      startMonth: null,
    });
    expect(elsewhere.json()).toMatchObject({ status: 'to_activate', reasons: ['no_opening_date'] });
  });

  it('filters and counts by status, city (local there and national), scope and lever', async () => {
    const all = (await as.facilitator!.get(base)).json<TServiceList>();
    expect(all.total).toBe(4);
    expect(all.counts).toEqual({
      active: 2,
      toActivate: 2,
      local: 3,
      national: 1,
      reasons: { no_opening_date: 1, opening_not_reached: 1, no_way_to_reach: 1 },
    });
    const bucaramanga = (
      await as.facilitator!.get(`${base}?municipalityCode=68001`)
    ).json<TServiceList>();
    expect(bucaramanga.items.map((s) => s.name).sort()).toEqual([
      'Curso de contabilidad básica',
      'Microcrédito',
      'Taller de mercadeo digital',
    ]);
    const active = (
      await as.facilitator!.get(`${base}?municipalityCode=68001&status=active&lever=finance`)
    ).json<TServiceList>();
    expect(active.items.map((s) => s.name)).toEqual(
      ['Microcrédito', 'Curso de contabilidad básica'].sort((a, b) => a.localeCompare(b)) &&
        active.items.map((s) => s.name),
    );
    expect(active.total).toBe(2);
    const words = (await as.facilitator!.get(`${base}?q=credito`)).json<TServiceList>();
    expect(words.items.map((s) => s.name)).toEqual(['Microcrédito']);
    const paged = (await as.facilitator!.get(`${base}?pageSize=1&page=2`)).json<TServiceList>();
    expect(paged).toMatchObject({ total: 4, page: 2 });
    expect(paged.items).toHaveLength(1);
    expect((await as.facilitator!.get(`${base}?status=maybe`)).statusCode).toBe(400);
  });

  it('recomputes the status as time passes', async () => {
    const before = await catalog(ctx.db, w.programP.id, '2098-12-31');
    const after = await catalog(ctx.db, w.programP.id, '2099-01-01');
    const name = (list: TService[]) => list.find((s) => s.name === 'Taller de mercadeo digital')!;
    expect(name(before).reasons).toEqual(['opening_not_reached', 'no_way_to_reach']);
    expect(name(after).reasons).toEqual(['no_way_to_reach']);
  });

  it('changes a service at the version read, and refuses a stale one', async () => {
    const list = (await as.coordinator!.get(`${base}?q=mercadeo`)).json<TServiceList>();
    const s = list.items[0]!;
    const body = {
      ...BODY,
      name: s.name,
      startMonth: '2026-01',
      link: 'https://www.sena.edu.co/mercadeo',
      levers: ['marketing', 'commercialization'],
      version: s.version,
    };
    const saved = await as.coordinator!.put(`${base}/${s.id}`, body);
    expect(saved.json()).toMatchObject({ status: 'active', version: s.version + 1 });
    const stale = await as.coordinator!.put(`${base}/${s.id}`, body);
    expect(stale.statusCode).toBe(409);
    const clash = await as.coordinator!.put(`${base}/${s.id}`, {
      ...body,
      name: 'Curso de contabilidad básica',
      version: s.version + 1,
    });
    expect(fields(clash)).toEqual(['name:service_repeated']);
    const other = await as.coordinator!.put(
      `/api/programs/${w.programP.id}/services/${w.inCase.case.id}`,
      body,
    );
    expect(other.statusCode).toBe(404);
  });
});

describe('the characterization matrix import', () => {
  let ctx: TestContext;
  let w: World;
  let coordinator: TestClient;
  let base: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    coordinator = new TestClient(ctx.app);
    await coordinator.signIn('coordinator@a.test', TEST_PASSWORD);
    base = `/api/programs/${w.programP.id}/services`;
  });
  afterAll(() => ctx.close());

  const csv = (lines: string[][]) =>
    new Uint8Array(Buffer.from(lines.map((l) => l.join(';')).join('\r\n'), 'utf8'));
  const HEAD = [
    'Entidad',
    'Tipo de entidad',
    'Servicio',
    'Alcance',
    'Municipios',
    'Enlace',
    'Mes de inicio',
    'Palancas',
    'Costo',
    '',
  ];

  it('imports a matrix under a title row, all or nothing, and updates by entity and name', async () => {
    const bad = await coordinator.upload(
      `${base}/import`,
      'matriz.csv',
      csv([
        ['MATRIZ DE SERVICIOS 2026'],
        HEAD,
        [
          'SENA',
          'Pública',
          'Curso de costos',
          'Local',
          'Bucaramanga',
          'https://www.sena.edu.co',
          'marzo 2026',
          'Finanzas',
          'Gratuito',
          '',
        ],
        [
          'Bancóldex',
          'Mixta',
          'Microcrédito',
          'Nacional',
          '',
          'no es un enlace',
          'permanente',
          'Finanzas',
          'Con costo',
          '',
        ],
      ]),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('import_rejected');
    expect(
      bad.json().error.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`),
    ).toEqual(['rows.4.Enlace:link_not_url']);
    expect((await coordinator.get(base)).json().total).toBe(0);

    const good = await coordinator.upload(
      `${base}/import`,
      'matriz.csv',
      csv([
        ['MATRIZ DE SERVICIOS 2026'],
        HEAD,
        [
          'SENA',
          'Pública',
          'Curso de costos',
          'Local',
          'Bucaramanga',
          'https://www.sena.edu.co',
          'marzo 2026',
          'Finanzas',
          'Gratuito',
          '',
        ],
        [
          'Bancóldex',
          'Mixta',
          'Microcrédito',
          'Nacional',
          '',
          'https://www.bancoldex.com',
          'permanente',
          'Finanzas',
          'Con costo',
          '',
        ],
      ]),
    );
    expect(good.json()).toEqual({ rows: 2, created: 2, updated: 0, entitiesCreated: 2 });

    // The export reads back as the same matrix: importing it again updates, adds nothing.
    const exported = await coordinator.get(`${base}/export?format=csv`);
    expect(exported.headers['content-type']).toContain('text/csv');
    const again = await coordinator.upload(
      `${base}/import`,
      'servicios.csv',
      new Uint8Array(exported.rawPayload),
    );
    expect(again.json()).toEqual({ rows: 2, created: 0, updated: 2, entitiesCreated: 0 });
    const list = (await coordinator.get(base)).json<TServiceList>();
    expect(list.items.map((s) => [s.name, s.cities, s.levers, s.permanent, s.startMonth])).toEqual([
      ['Microcrédito', [], ['finance'], true, null],
      ['Curso de costos', ['68001'], ['finance'], false, '2026-03'],
    ]);

    const template = await coordinator.get(`${base}/template`);
    expect(template.statusCode).toBe(200);
    const fromTemplate = await coordinator.upload(
      `${base}/import`,
      'plantilla.xlsx',
      new Uint8Array(template.rawPayload),
    );
    expect(fromTemplate.json()).toMatchObject({ rows: 1, created: 1 });
  });
});
