import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import { TEST_PASSWORD } from '../../test/factories.ts';
import { applicantInput, callBody } from '../../test/registration.ts';
import { buildWorld, type World } from '../../test/world.ts';
import { applicants } from './registration.table.ts';
import { insertPrepared, loadDuplicateIndex, prepareApplicants } from './applicants.service.ts';
import { requireCall } from './calls.service.ts';
import { csvOf, encodeCp1252, validCells } from './spreadsheet/test-helpers.ts';
import { APPLICANT_COLUMNS } from './spreadsheet/index.ts';

describe('importing and exporting applicants', () => {
  let ctx: TestContext;
  let w: World;
  let admin: TestClient;
  let url: string;
  let callId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    admin = new TestClient(ctx.app);
    await admin.signIn('admin@a.test', TEST_PASSWORD);
    // A Bogotá program by localities, like the template's example row.
    const program = await admin.post('/api/programs', {
      code: 'BOG-IMP',
      name: 'Capitalización Bogotá',
      cycleStart: '2026-01-01',
      cycleEnd: '2026-12-31',
      cities: [{ municipalityCode: '11001', goal: null }],
      localities: [
        { localityCode: '11001-08', goal: 50 },
        { localityCode: '11001-07', goal: 50 },
      ],
    });
    const programId = program.json().id as string;
    const call = await admin.post(`/api/programs/${programId}/calls`, {
      ...callBody({
        code: 'BOG-IMP-1',
        territories: [
          { territoryCode: '11001-08', goal: 1 },
          { territoryCode: '11001-07', goal: 1 },
        ],
      }),
    });
    callId = call.json().id;
    url = `/api/programs/${programId}/calls/${callId}/applicants`;
  });
  afterAll(() => ctx.close());

  const header = (lang: 'es' | 'en') =>
    APPLICANT_COLUMNS.map((c) => (lang === 'es' ? c.header.es : c.header.en));
  const count = async () =>
    (await ctx.db.select().from(applicants).where(eq(applicants.callId, callId))).length;

  it('draws a confirmation code again when another application already holds it', async () => {
    const [existing] = await ctx.db.select().from(applicants).limit(1);
    const call = await requireCall(ctx.db, {
      programId: existing!.programId,
      callId: existing!.callId,
    });
    const draws = [existing!.confirmationCode, 'ZZZZ-9999'];
    const makeCode = () => draws.shift() ?? 'YYYY-8888';
    const prepared = prepareApplicants({
      call,
      organizationId: existing!.organizationId,
      inputs: [applicantInput({ owner: { documentNumber: '55443322' } })],
      channel: 'field',
      registeredBy: null,
      now: new Date(),
      index: await loadDuplicateIndex(ctx.db, { organizationId: existing!.organizationId }),
      makeCode,
    });
    await ctx.db.transaction((tx) => insertPrepared(tx, prepared, { makeCode }));
    const [saved] = await ctx.db
      .select()
      .from(applicants)
      .where(eq(applicants.documentNumber, '55443322'));
    expect(saved!.confirmationCode).toBe('ZZZZ-9999');
  });

  it('round-trips the downloadable template, and re-running a file creates nothing new', async () => {
    for (const [format, language] of [
      ['xlsx', 'es'],
      ['csv', 'en'],
    ] as const) {
      const template = await admin.get(`${url}/template?format=${format}&language=${language}`);
      expect(template.statusCode).toBe(200);
      expect(template.headers['content-disposition']).toContain(`.${format}`);
      const first = await admin.upload(`${url}/import`, `plantilla.${format}`, template.rawPayload);
      expect(first.statusCode, first.body).toBe(200);
      const summary = first.json();
      if (format === 'xlsx') expect(summary).toMatchObject({ created: 1, alreadyRegistered: 0 });
      else expect(summary).toMatchObject({ created: 0, alreadyRegistered: 1 });
    }
    expect(await count()).toBe(1);
  });

  it('reports every bad row with line, column and reason, and saves nothing', async () => {
    const before = await count();
    const rows = [
      header('es'),
      validCells('es', { 'owner.documentNumber': '52.111.222', 'owner.phone': '+57 311 222 3344' }),
      validCells('es', {
        'owner.documentNumber': '52111333',
        'owner.phone': '12345',
        'owner.birthDate': '31/02/1990',
      }),
      validCells('es', { 'owner.documentNumber': '52111444', 'business.workersTotal': '=1+1' }),
      ['', '', ''],
      validCells('es', { 'owner.documentNumber': '52.111.222' }),
    ];
    const res = await admin.upload(`${url}/import`, 'postulantes.csv', csvOf(rows));
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('import_rejected');
    const byPath = Object.fromEntries(
      error.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(Object.keys(byPath).sort()).toEqual(
      [
        'rows.3.owner.birthDate',
        'rows.3.owner.phone',
        'rows.4.business.workersTotal',
        'rows.6.owner.documentNumber',
      ].sort(),
    );
    expect(byPath['rows.6.owner.documentNumber']).toBe(
      'Este documento ya aparece en la línea 2 del mismo archivo.',
    );
    expect(await count()).toBe(before);
  });

  it('reads Windows-1252 CSV, dates as Excel serials and phones with +57', async () => {
    const es = header('es');
    const cells = validCells('es', {
      'owner.documentNumber': '1.020.304',
      'owner.firstNames': 'Ángela María',
      'owner.lastNames': 'Muñoz Peña',
      'owner.phone': '+57 320 555 0101',
    });
    const csv = encodeCp1252([es, cells].map((r) => r.join(';')).join('\r\n'));
    const res = await admin.upload(`${url}/import`, 'antiguo.csv', csv);
    expect(res.statusCode, res.body).toBe(200);
    const [row] = await ctx.db
      .select()
      .from(applicants)
      .where(eq(applicants.documentNumber, '1020304'));
    expect(row).toMatchObject({
      firstNames: 'Ángela María',
      lastNames: 'Muñoz Peña',
      phone: '3205550101',
    });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hoja1');
    sheet.addRow(es);
    const serialRow = validCells('es', { 'owner.documentNumber': '7776665' }).map((v, i) =>
      APPLICANT_COLUMNS[i]!.key === 'owner.birthDate' ? 31_000 : v,
    );
    sheet.addRow(serialRow);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const serial = await admin.upload(`${url}/import`, 'serial.xlsx', xlsx);
    expect(serial.statusCode, serial.body).toBe(200);
    const [withSerial] = await ctx.db
      .select()
      .from(applicants)
      .where(eq(applicants.documentNumber, '7776665'));
    expect(withSerial!.birthDate).toBe('1984-11-14');
  });

  it('refuses a file that is too big, a PDF in disguise and an empty request', async () => {
    const big = await admin.upload(`${url}/import`, 'grande.csv', new Uint8Array(21 * 1024 * 1024));
    expect(big.statusCode).toBe(413);
    const pdf = await admin.upload(
      `${url}/import`,
      'postulantes.csv',
      new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'),
    );
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().error.fields[0]).toMatchObject({
      path: 'file',
      code: 'spreadsheet.unsupported_format',
    });
    const exe = await admin.upload(
      `${url}/import`,
      'postulantes.xlsx',
      new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]),
    );
    expect(exe.statusCode).toBe(400);
    const none = await admin.post(`${url}/import`, { file: 'nope' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields[0].path).toBe('file');
  });

  it('exports what the caller may see, with formula-looking cells neutralized', async () => {
    const sneaky = applicantInput({
      owner: {
        municipalityCode: '11001',
        localityCode: '11001-08',
        firstNames: '=HYPERLINK("http://x")',
        lastNames: 'Pérez',
      },
    });
    expect((await admin.post(`${url}`, sneaky)).statusCode).toBe(201);
    const res = await admin.get(`${url}/export?format=csv&language=es`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toContain("'=HYPERLINK");
    expect(res.body).not.toMatch(/(^|[;,])=HYPERLINK/m);
    expect(res.body).toContain('Número de documento');
    const fac = new TestClient(ctx.app);
    await fac.signIn('facilitator@a.test', TEST_PASSWORD);
    expect((await fac.get(`${url}/export?format=csv`)).statusCode).toBe(404);
    void w;
  });
});
