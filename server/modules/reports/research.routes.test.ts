import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONNAIRE } from '../../../shared/domain/assessment/standard.ts';
import { RESEARCH_COLUMNS } from '../../../shared/schemas/research.ts';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import { assessCase } from '../../test/assessment.ts';
import { addMembership, createCase, createUser, TEST_PASSWORD } from '../../test/factories.ts';
import { grantOf, grantsWithoutTraining } from '../../test/grants.ts';
import { buildWorld, type World } from '../../test/world.ts';
import { findAuditByRequest } from '../audit/audit.repo.ts';
import { businesses, cases, owners } from '../cases/cases.table.ts';
import {
  trainingEnrollments,
  trainingModules,
  trainingSessions,
  trainingTracks,
} from '../training/training.table.ts';
import { researchKeys } from './reports.table.ts';
import { researchKey } from './research.repo.ts';
import { pseudonymizer } from './research.service.ts';

type Row = Record<string, string>;

/** The CSV as records by variable name (Spanish files: `;` and a BOM). */
function csvRows(body: Buffer, delimiter = ';'): { header: string[]; rows: Row[] } {
  const records: string[][] = parse(body, { bom: true, delimiter });
  const [header, ...rest] = records;
  return {
    header: header!,
    rows: rest.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))),
  };
}

async function workbook(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}

/** Every cell of every sheet as text, for leak checks. */
function allText(book: ExcelJS.Workbook): string {
  const parts: string[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        parts.push(cell.text);
      }),
    ),
  );
  return parts.join('\n');
}

describe('GET /api/programs/:programId/reports/research-rows', () => {
  let ctx: TestContext;
  let w: World;
  const as: Record<string, TestClient> = {};
  let url: string;
  /** A case with everything: owner's details, diagnosis and plan, a grant paid, training done. */
  let full: { caseId: string; businessId: string };
  /** A case with a grant approved but not paid and half a training module. */
  let partial: { caseId: string; businessId: string };
  let bucaramangaResearcher: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    for (const role of [
      'admin',
      'coordinator',
      'researcher',
      'supervisor',
      'case_coordinator',
      'facilitator',
      'mentor',
      'owner',
    ])
      await (as[role] = new TestClient(ctx.app)).signIn(`${role}@a.test`, TEST_PASSWORD);
    url = `/api/programs/${w.programP.id}/reports/research-rows`;

    const make = async (municipalityCode: string, localityCode: string | null = null) => {
      const made = await createCase(ctx.db, {
        organizationId: w.orgA.id,
        programId: w.programP.id,
        municipalityCode,
        localityCode,
        facilitatorId: w.users.facilitator.id,
        supervisorId: w.users.supervisor.id,
      });
      return { caseId: made.case.id, businessId: made.business.id };
    };
    full = await make('68001');
    partial = await make('54001');
    await ctx.db
      .update(owners)
      .set({
        birthDate: '1985-06-15',
        email: 'ana.secreta@correo.test',
        headOfHousehold: true,
        disability: false,
        conflictVictim: null,
        ethnicGroup: 'raizal',
      })
      .where(eq(owners.businessId, full.businessId));
    await ctx.db
      .update(businesses)
      .set({ ciiuCode: '1081', startedOn: '2019-03-10', address: 'Calle 45 # 12-30 secreta' })
      .where(eq(businesses.id, full.businessId));
    await ctx.db
      .update(cases)
      .set({ priorityGroups: ['women', 'conflict_victim'] })
      .where(eq(cases.id, full.caseId));
    await assessCase(ctx.db, w, full.caseId, { plan: true });
    await grantsWithoutTraining(ctx.db, w);
    await grantOf(ctx.db, w, full.caseId, 'disbursed');
    await grantOf(ctx.db, w, partial.caseId, 'approved');

    // A one-module track: 60 minutes at 80 % needs 48 present.
    const [module] = await ctx.db
      .insert(trainingModules)
      .values({
        programId: w.programP.id,
        title: 'Finanzas',
        durationMinutes: 60,
        format: 'virtual',
      })
      .returning();
    await ctx.db.insert(trainingTracks).values({
      programId: w.programP.id,
      name: 'Ruta básica',
      moduleIds: [module!.id],
      completionPercent: 80,
    });
    const [session] = await ctx.db
      .insert(trainingSessions)
      .values({
        programId: w.programP.id,
        moduleId: module!.id,
        startsAt: new Date('2026-09-10T14:00:00Z'),
        durationMinutes: 60,
        capacity: 20,
      })
      .returning();
    for (const [made, minutes] of [
      [full, 60],
      [partial, 30],
    ] as const)
      await ctx.db.insert(trainingEnrollments).values({
        businessId: made.businessId,
        sessionId: session!.id,
        caseId: made.caseId,
        programId: w.programP.id,
        attendance: 'present',
        minutes,
      });

    const user = await createUser(ctx.db, {
      organizationId: w.orgA.id,
      email: 'researcher-bga@a.test',
    });
    await addMembership(ctx.db, {
      userId: user.id,
      programId: w.programP.id,
      role: 'researcher',
      cities: ['68001'],
    });
    bucaramangaResearcher = new TestClient(ctx.app);
    await bucaramangaResearcher.signIn('researcher-bga@a.test', TEST_PASSWORD);
  });
  afterAll(() => ctx.close());

  const programCaseIds = async () =>
    (
      await ctx.db.select({ id: cases.id }).from(cases).where(eq(cases.programId, w.programP.id))
    ).map((c) => c.id);

  it('gives a researcher one coded row per case of the program, with a lever column per lever', async () => {
    const res = await as.researcher!.get(`${url}?format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="investigacion-casos.csv"',
    );
    expect(res.headers['cache-control']).toBe('private, no-store');
    const { header, rows } = csvRows(res.rawPayload);
    const levers = DEFAULT_QUESTIONNAIRE.levers.map((l) => `level_${l.id}`);
    const overall = RESEARCH_COLUMNS.indexOf('overall_level');
    expect(header).toEqual([
      ...RESEARCH_COLUMNS.slice(0, overall + 1),
      ...levers,
      ...RESEARCH_COLUMNS.slice(overall + 1),
    ]);
    expect(rows).toHaveLength((await programCaseIds()).length);
    expect(rows).toHaveLength(4);

    const [key] = await ctx.db
      .select()
      .from(researchKeys)
      .where(eq(researchKeys.programId, w.programP.id));
    const byCase = (caseId: string) =>
      rows.find((r) => r.pseudonym === pseudonymizer(key!.key)(caseId))!;

    const f = byCase(full.caseId);
    expect(f).toMatchObject({
      municipality_code: '68001',
      locality_code: '',
      ciiu_code: '1081',
      business_start_year: '2019',
      owner_birth_year: '1985',
      owner_sex: 'F',
      head_of_household: '1',
      disability: '0',
      conflict_victim: '',
      ethnic_group: 'raizal',
      priority_groups: 'women|conflict_victim',
      // Registered on Saturday 2026-08-01: the week starts on Monday 2026-07-27.
      registered_week: '2026-07-27',
      status: 'active',
      stage: 'first_encounter',
      withdrawal_reason: '',
      withdrawn_week: '',
      plan_state: 'designed',
      has_mentor: '0',
      grant_approved_pesos: '5000000',
      grant_disbursed_pesos: '5000000',
      training_completed: '1',
    });
    expect(f.overall_level).toMatch(/^(incipiente|aceptable|confiable|competente|excelente)$/);
    for (const lever of levers) expect(f[lever]).toMatch(/^[a-z]+$/);
    expect(Number(f.activities_planned)).toBeGreaterThan(0);
    expect(f.activities_done).toBe('0');
    expect(['0', '1']).toContain(f.needs_mentor);

    expect(byCase(partial.caseId)).toMatchObject({
      municipality_code: '54001',
      overall_level: '',
      plan_state: '',
      activities_planned: '',
      grant_approved_pesos: '5000000',
      grant_disbursed_pesos: '0',
      training_completed: '0',
    });
    expect(byCase(w.inCase.case.id)).toMatchObject({ has_mentor: '1', grant_approved_pesos: '' });
    // Withdrawn on Tuesday 2026-09-01.
    expect(byCase(w.outCase.case.id)).toMatchObject({
      status: 'withdrawn',
      withdrawal_reason: 'not_interested',
      withdrawn_week: '2026-08-31',
    });
  });

  it('never writes a name, document, phone, email, address, exact birth date or internal id', async () => {
    const csv = (await as.researcher!.get(`${url}?format=csv`)).body;
    const xlsx = allText(
      await workbook((await as.researcher!.get(`${url}?format=xlsx`)).rawPayload),
    );
    const people = await ctx.db
      .select({ owner: owners, business: businesses, caseId: cases.id })
      .from(cases)
      .innerJoin(owners, eq(owners.businessId, cases.businessId))
      .innerJoin(businesses, eq(businesses.id, cases.businessId))
      .where(eq(cases.programId, w.programP.id));
    expect(people).toHaveLength(4);
    for (const text of [csv, xlsx]) {
      for (const p of people) {
        const secrets = [
          p.owner.firstNames,
          p.owner.lastNames,
          p.owner.documentNumber,
          p.owner.phone,
          p.owner.email,
          p.business.name,
          p.business.address,
          p.owner.birthDate,
          p.caseId,
          p.business.id,
        ].filter((s): s is string => !!s);
        for (const secret of secrets) expect(text, secret).not.toContain(secret);
      }
      expect(text).not.toContain('06-15');
    }
  });

  it('keeps each case’s pseudonym from one export to the next, different for every case', async () => {
    const first = csvRows((await as.researcher!.get(`${url}?format=csv`)).rawPayload).rows;
    const second = csvRows(
      (await as.coordinator!.get(`${url}?format=csv&language=en`)).rawPayload,
      ',',
    ).rows;
    const pseudonyms = first.map((r) => r.pseudonym!);
    expect(pseudonyms.every((p) => /^[0-9a-f]{16}$/.test(p))).toBe(true);
    expect(new Set(pseudonyms).size).toBe(first.length);
    expect(second.map((r) => r.pseudonym).sort()).toEqual([...pseudonyms].sort());
    // Same row, same pseudonym: the pseudonym follows the case.
    for (const r of second) {
      const same = first.find((x) => x.pseudonym === r.pseudonym)!;
      expect(r.registered_week).toBe(same.registered_week);
      expect(r.municipality_code).toBe(same.municipality_code);
    }
    // Rows come sorted by pseudonym, so their order says nothing about registration.
    expect(pseudonyms).toEqual([...pseudonyms].sort());
    // One key per program, made once.
    const keys = await ctx.db.select().from(researchKeys);
    expect(keys.filter((k) => k.programId === w.programP.id)).toHaveLength(1);
    expect(keys[0]!.key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('creates a program’s key once: concurrent or later exports all read the first one stored', async () => {
    const programId = w.programQ.id;
    const [a, b] = await Promise.all([
      researchKey(ctx.db, programId, 'a'.repeat(64)),
      researchKey(ctx.db, programId, 'b'.repeat(64)),
    ]);
    expect(b).toBe(a);
    expect(await researchKey(ctx.db, programId, 'c'.repeat(64))).toBe(a);
  });

  it('writes an .xlsx with the data and a dictionary of every variable in the chosen language', async () => {
    const res = await as.admin!.get(`${url}?format=xlsx&language=en`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="research-cases.xlsx"');
    const book = await workbook(res.rawPayload);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Data', 'Dictionary']);
    const data = book.getWorksheet('Data')!;
    const header = (data.getRow(1).values as unknown[]).slice(1);
    expect(data.rowCount).toBe(5);
    const dictionary = book.getWorksheet('Dictionary')!;
    expect((dictionary.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Variable',
      'Description',
      'Values',
    ]);
    const described = new Map<string, string[]>();
    dictionary.eachRow((row, n) => {
      if (n === 1) return;
      const [variable, description, values] = (row.values as unknown[]).slice(1).map(String);
      described.set(variable!, [description!, values!]);
    });
    expect([...described.keys()]).toEqual(header);
    expect(described.get('level_finance')?.[0]).toBe(
      'Level of the lever “Finance” in the current diagnosis.',
    );
    expect(described.get('owner_sex')?.[1]).toContain('F = ');
    expect(described.get('stage')?.[1]).toContain('first_encounter = ');
    expect(described.get('withdrawal_reason')?.[1]).toContain('not_interested = ');
    // Year numbers are numbers in the spreadsheet.
    const birthYears: unknown[] = [];
    const col = header.indexOf('owner_birth_year') + 1;
    data.eachRow((row, n) => {
      if (n > 1) birthYears.push(row.getCell(col).value);
    });
    expect(birthYears).toContain(1985);
  });

  it('records who exported, in the same transaction, with the number of rows', async () => {
    const res = await as.researcher!.get(`${url}?format=csv`);
    const events = await findAuditByRequest(ctx.db, String(res.headers['x-request-id']));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'report.research_export',
      entityType: 'program',
      entityId: w.programP.id,
      programId: w.programP.id,
      actorId: w.users.researcher.id,
      after: { rows: 4, format: 'csv', language: 'es' },
    });
  });

  it('narrows to the reader’s scope: a researcher of Bucaramanga gets Bucaramanga’s cases only', async () => {
    const { rows } = csvRows((await bucaramangaResearcher.get(`${url}?format=csv`)).rawPayload);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.municipality_code === '68001')).toBe(true);
  });

  it('refuses the roles that are not for research (403), even with cities of their own', async () => {
    for (const role of ['supervisor', 'case_coordinator', 'facilitator', 'mentor', 'owner'])
      expect((await as[role]!.get(`${url}?format=csv`)).statusCode, role).toBe(403);
  });

  it('answers 404 for a program the reader is not in and 400 for a bad format', async () => {
    const other = await as.researcher!.get(
      `/api/programs/${w.programQ.id}/reports/research-rows?format=csv`,
    );
    expect(other.statusCode).toBe(404);
    const bad = await as.researcher!.get(`${url}?format=pdf`);
    expect(bad.statusCode).toBe(400);
    const body = bad.json<{ error: { code: string; fields: Array<{ path: string }> } }>();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields.map((f) => f.path)).toEqual(['format']);
    expect((await new TestClient(ctx.app).get(`${url}?format=csv`)).statusCode).toBe(401);
  });
});
