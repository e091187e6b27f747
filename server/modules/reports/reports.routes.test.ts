/**
 * The dashboard's figures against data built here: each indicator's numbers are worked out from
 * what the test made (dates, statuses, stages, diagnoses, plans, grants, training), as of today
 * and as of a past date; scope, small cells, bad filters, exports, the bulletin and its editions.
 */
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TBulletin, TDashboard, TFigure } from '../../../shared/schemas/reports.ts';
import {
  ZTrackBody,
  ZTrainingModuleBody,
  ZTrainingSessionBody,
} from '../../../shared/schemas/training.ts';
import { assessCase, coordinatorOf } from '../../test/assessment.ts';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import {
  addMembership,
  createCase,
  createProgram,
  createUser,
  TEST_PASSWORD,
} from '../../test/factories.ts';
import { grantOf, grantsWithoutTraining, PLAN_ITEMS } from '../../test/grants.ts';
import { buildWorld, type World } from '../../test/world.ts';
import { caseEvents, cases, owners } from '../cases/cases.table.ts';
import { enrollCases, createSession, recordAttendance } from '../training/sessions.service.ts';
import { createModule, createTrack } from '../training/training.service.ts';

type Res = { statusCode: number; json: <T = unknown>() => T };
const fields = (res: Res) =>
  (res.json<{ error: { fields?: Array<{ path: string; code: string }> } }>().error.fields ?? [])
    .map((f) => `${f.path}:${f.code}`)
    .sort();

/** A figure's rows as objects keyed by column key. */
function table(d: TDashboard, key: string) {
  const f = d.figures.find((x) => x.key === key) as TFigure;
  expect(f, key).toBeDefined();
  return f.rows.map((r) => Object.fromEntries(f.columns.map((c, i) => [c.key, r[i]])));
}
const rowOf = (rows: Array<Record<string, unknown>>, first: string, value: string) =>
  rows.find((r) => r[first] === value);

describe('reports: the dashboard, its figures, exports and the bulletin', () => {
  let ctx: TestContext;
  let w: World;
  const as: Record<string, TestClient> = {};
  let base: string;
  let a: string;
  let b: string;
  let planActivities = 0;
  let needsMentor = false;

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    for (const role of [
      'coordinator',
      'supervisor',
      'facilitator',
      'researcher',
      'case_coordinator',
    ])
      await (as[role] = new TestClient(ctx.app)).signIn(`${role}@a.test`, TEST_PASSWORD);
    base = `/api/programs/${w.programP.id}/reports`;
    const make = (
      municipalityCode: string,
      extra: Parameters<typeof createCase>[1] extends infer O ? Partial<O> : never = {},
    ) =>
      createCase(ctx.db, {
        organizationId: w.orgA.id,
        programId: w.programP.id,
        municipalityCode,
        facilitatorId: w.users.facilitator.id,
        ...extra,
      });
    // World: inCase (Bucaramanga, active, woman, 2026-08-01, supervisor's), outCase (Cúcuta,
    // withdrawn 2026-09-01 "not_interested" at first_encounter, 2026-08-01).
    a = (await make('68001', { supervisorId: w.users.supervisor.id })).case.id;
    b = (await make('54001', { stage: 'second_encounter' })).case.id;
    const c = (await make('54001', { status: 'completed' })).case.id;
    const at = (id: string, iso: string) =>
      ctx.db
        .update(cases)
        .set({ registeredAt: new Date(iso) })
        .where(eq(cases.id, id));
    await at(a, '2026-08-10T15:00:00Z');
    await at(b, '2026-08-12T15:00:00Z');
    await at(c, '2026-08-03T15:00:00Z');
    await ctx.db
      .update(cases)
      .set({ completedAt: new Date('2026-10-01T15:00:00Z') })
      .where(eq(cases.id, c));
    await ctx.db
      .update(cases)
      .set({ priorityGroups: ['youth'] })
      .where(eq(cases.id, a));
    await ctx.db
      .update(cases)
      .set({ priorityGroups: ['youth', 'women'] })
      .where(eq(cases.id, b));
    const aCase = await ctx.db.select().from(cases).where(eq(cases.id, a));
    await ctx.db
      .update(owners)
      .set({ sex: 'M' })
      .where(eq(owners.businessId, aCase[0]!.businessId));
    const bCase = (await ctx.db.select().from(cases).where(eq(cases.id, b)))[0]!;
    await ctx.db.insert(caseEvents).values({
      businessId: bCase.businessId,
      caseId: b,
      programId: w.programP.id,
      kind: 'stage_changed',
      at: new Date('2026-09-15T15:00:00Z'),
      detail: { from: 'first_encounter', to: 'second_encounter' },
    });
    // Diagnoses today: inCase with a presented plan, a with a diagnosis only.
    const { plan } = await assessCase(ctx.db, w, w.inCase.case.id, { plan: true, presented: true });
    planActivities = plan!.activities.length;
    needsMentor = plan!.needsMentor;
    await assessCase(ctx.db, w, a, { seed: 2 });
    // A grant for inCase, disbursed in full.
    await grantsWithoutTraining(ctx.db, w);
    await grantOf(ctx.db, w, w.inCase.case.id, 'disbursed');
    // Training: a one-module track; a present, inCase enrolled but absent.
    const who = { db: ctx.db, ...coordinatorOf(w) };
    const module = await createModule({
      ...who,
      body: ZTrainingModuleBody.parse({
        title: 'Costos',
        durationMinutes: 60,
        levers: ['finance'],
        format: 'in_person',
        materials: [],
      }),
    });
    await createTrack({
      ...who,
      body: ZTrackBody.parse({ name: 'Ruta básica', moduleIds: [module.id] }),
    });
    const session = await createSession({
      ...who,
      body: ZTrainingSessionBody.parse({
        moduleId: module.id,
        startsAt: new Date(Date.now() - 86_400_000).toISOString(),
        durationMinutes: 60,
        place: 'Aula 1',
        capacity: 10,
      }),
    });
    await enrollCases({ ...who, sessionId: session.id, body: { caseIds: [a, w.inCase.case.id] } });
    await recordAttendance({
      ...who,
      sessionId: session.id,
      body: {
        items: [
          { caseId: a, attendance: 'present' },
          { caseId: w.inCase.case.id, attendance: 'absent' },
        ],
      },
    });
  });
  afterAll(() => ctx.close());

  const dashboard = async (client: TestClient, query = '') => {
    const res = await client.get(`${base}/dashboard${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TDashboard>();
  };

  it('counts registration week by week per city, with the cumulative', async () => {
    const d = await dashboard(as.coordinator!);
    const weeks = table(d, 'registration.weekly');
    const cols = d.figures
      .find((f) => f.key === 'registration.weekly')!
      .columns.map((c) => c.label);
    expect(cols).toEqual([
      'Semana (lunes)',
      'Bucaramanga',
      'San José de Cúcuta',
      'Registrados',
      'Acumulado',
    ]);
    // inCase and outCase on Saturday 2026-08-01 (week of 07-27), c on 08-03, a and b on 08-10/12.
    expect(weeks.slice(0, 3)).toEqual([
      { week: '2026-07-27', city_68001: 1, city_54001: 1, registered: 2, cumulative: 2 },
      { week: '2026-08-03', city_68001: 0, city_54001: 1, registered: 1, cumulative: 3 },
      { week: '2026-08-10', city_68001: 1, city_54001: 1, registered: 2, cumulative: 5 },
    ]);
    expect(weeks.at(-1)!.cumulative).toBe(5);
    // The period starts later: earlier weeks are left out, the cumulative still counts them.
    const later = table(
      await dashboard(as.coordinator!, '?from=2026-08-10'),
      'registration.weekly',
    );
    expect(later[0]).toMatchObject({ week: '2026-08-10', cumulative: 5 });
  });

  it('counts active, withdrawn and completed per city, today and as of a past date', async () => {
    const today = table(await dashboard(as.coordinator!), 'cases.status');
    expect(today).toEqual([
      { place: 'Bucaramanga', registered: 2, active: 2, withdrawn: 0, completed: 0 },
      { place: 'San José de Cúcuta', registered: 3, active: 1, withdrawn: 1, completed: 1 },
      { place: 'Total', registered: 5, active: 3, withdrawn: 1, completed: 1 },
    ]);
    // On 2026-08-05 only three were registered, and nobody had left yet.
    const past = table(await dashboard(as.coordinator!, '?asOf=2026-08-05'), 'cases.status');
    expect(past).toEqual([
      { place: 'Bucaramanga', registered: 1, active: 1, withdrawn: 0, completed: 0 },
      { place: 'San José de Cúcuta', registered: 2, active: 2, withdrawn: 0, completed: 0 },
      { place: 'Total', registered: 3, active: 3, withdrawn: 0, completed: 0 },
    ]);
  });

  it('crosses withdrawals by reason and stage, and places active cases in their stage of the day', async () => {
    const d = await dashboard(as.coordinator!);
    expect(table(d, 'cases.withdrawals')).toEqual([
      { reason: 'No le interesa', stage_first_encounter: 1, total: 1 },
    ]);
    const stages = table(d, 'cases.stages');
    expect(rowOf(stages, 'city', 'San José de Cúcuta')).toMatchObject({
      stage_first_encounter: 0,
      stage_second_encounter: 1,
      active: 1,
    });
    expect(rowOf(stages, 'city', 'Bucaramanga')).toMatchObject({
      stage_first_encounter: 2,
      active: 2,
    });
    // Before b's stage change (2026-09-15) it was in the first encounter; outCase was still active.
    const past = table(await dashboard(as.coordinator!, '?asOf=2026-08-20'), 'cases.stages');
    expect(rowOf(past, 'city', 'San José de Cúcuta')).toMatchObject({
      // c was completed on 2026-10-01 (active on this date) and has no recorded stage changes.
      stage_first_encounter: 2,
      stage_second_encounter: 0,
      stage_completed: 1,
      active: 3,
    });
    expect(
      table(await dashboard(as.coordinator!, '?asOf=2026-08-20'), 'cases.withdrawals'),
    ).toEqual([]);
  });

  it('disaggregates people by sex and by priority group', async () => {
    const d = await dashboard(as.coordinator!);
    expect(table(d, 'people.by_sex')).toEqual([
      {
        group: 'Mujeres',
        registered: 4,
        active: 2,
        withdrawn: 1,
        diagnosed: 1,
        planned: 1,
        mentored: 1,
        shareOfRegistered: 80,
      },
      {
        group: 'Hombres',
        registered: 1,
        active: 1,
        withdrawn: 0,
        diagnosed: 1,
        planned: 0,
        mentored: 0,
        shareOfRegistered: 20,
      },
      {
        group: 'Total',
        registered: 5,
        active: 3,
        withdrawn: 1,
        diagnosed: 2,
        planned: 1,
        mentored: 1,
        shareOfRegistered: 100,
      },
    ]);
    const groups = table(d, 'people.by_priority_group');
    expect(rowOf(groups, 'group', 'Jóvenes (18–28)')).toMatchObject({
      registered: 2,
      shareOfRegistered: 40,
    });
    expect(rowOf(groups, 'group', 'Mujeres')).toMatchObject({ registered: 1 });
    expect(rowOf(groups, 'group', 'Sin grupo prioritario')).toMatchObject({ registered: 3 });
    expect(d.summary.find((s) => s.key === 'womenPercent')!.value).toBe(80);
  });

  it('counts diagnoses, levels, plans and activities, and none before they were made', async () => {
    const d = await dashboard(as.coordinator!);
    // Withdrawn cases are out; c is completed and counts as a case without a diagnosis.
    expect(table(d, 'assessment.diagnoses')).toEqual([
      { city: 'Bucaramanga', cases: 2, diagnosed: 2, pending: 0, diagnosedPercent: 100 },
      { city: 'San José de Cúcuta', cases: 2, diagnosed: 0, pending: 2, diagnosedPercent: 0 },
      { city: 'Total', cases: 4, diagnosed: 2, pending: 2, diagnosedPercent: 50 },
    ]);
    const levels = table(d, 'assessment.levels');
    for (const row of levels) {
      const n = Object.entries(row)
        .filter(([k]) => k.startsWith('level_'))
        .reduce((s, [, v]) => s + Number(v), 0);
      expect(n, String(row.lever)).toBe(2);
    }
    expect(table(d, 'plans.designed')).toEqual([
      { city: 'Bucaramanga', designed: 1, presented: 1, needMentor: needsMentor ? 1 : 0 },
    ]);
    expect(table(d, 'activities.by_city')).toEqual([
      { city: 'Bucaramanga', planned: planActivities, recorded: 0, done: 0, donePercent: 0 },
    ]);
    const byLever = table(d, 'activities.by_lever');
    expect(byLever.at(-1)).toMatchObject({ lever: 'Total', planned: planActivities });
    const past = await dashboard(as.coordinator!, '?asOf=2026-09-30');
    expect(table(past, 'assessment.diagnoses').at(-1)).toMatchObject({ diagnosed: 0 });
    expect(table(past, 'plans.designed')).toEqual([]);
    expect(table(past, 'assessment.levels')).toEqual([]);
  });

  it('shows mentor coverage and the needs no service covers', async () => {
    const d = await dashboard(as.coordinator!);
    const coverage = table(d, 'mentors.coverage');
    // inCase has a mentor (the world's); it needs one only if its plan says so.
    expect(coverage).toEqual(
      needsMentor
        ? [
            {
              city: 'Bucaramanga',
              needMentor: 1,
              withMentor: 1,
              withoutMentor: 0,
              coveredPercent: 100,
            },
          ]
        : [],
    );
    const services = table(d, 'services.by_city');
    expect(services.map((s) => s.city)).toEqual(['Bucaramanga', 'San José de Cúcuta']);
    expect(services.every((s) => s.localActive === 0 && s.nationalActive === 0)).toBe(true);
    // No service at all: every lever the plan works on is uncovered, in Bucaramanga.
    const uncovered = table(d, 'services.uncovered');
    expect(uncovered.length).toBeGreaterThan(0);
    for (const row of uncovered)
      expect(row).toMatchObject({
        plansNeeding: 1,
        plansLinked: 0,
        uncovered: 1,
        citiesWithoutService: 'Bucaramanga',
      });
  });

  it('adds up grants and training, and the applicants against the goal', async () => {
    const d = await dashboard(as.coordinator!);
    const approved = PLAN_ITEMS.reduce((s, i) => s + i.quantity * i.unitCostMinor, 0);
    const grant = { grants: 1, approved, disbursed: approved, executed: 0, pendingSettlement: 1 };
    expect(table(d, 'grants.by_place')).toEqual([{ place: 'Bucaramanga', ...grant }]);
    expect(d.figures.find((f) => f.key === 'grants.by_place')!.currency).toBe('COP');
    expect(d.summary.find((s) => s.key === 'disbursed')!.value).toBe(approved);
    expect(table(d, 'training.completion')).toEqual([
      {
        track: 'Ruta básica',
        enrolled: 2,
        attended: 1,
        completedTrack: 1,
        completionRate: 50,
        womenCompleted: 0,
      },
    ]);
    // Before the session started nobody had attended.
    expect(
      table(await dashboard(as.coordinator!, '?asOf=2026-11-01'), 'training.completion'),
    ).toEqual([]);
    // One applicant per city in the world's call; goals 50 and 40.
    expect(table(d, 'registration.goal')).toEqual([
      {
        territory: 'Bucaramanga',
        goal: 50,
        applicants: 1,
        registered: 2,
        applicantsPercent: 2,
        registeredPercent: 4,
      },
      {
        territory: 'San José de Cúcuta',
        goal: 40,
        applicants: 1,
        registered: 3,
        applicantsPercent: 2.5,
        registeredPercent: 7.5,
      },
      {
        territory: 'Total',
        goal: 90,
        applicants: 2,
        registered: 5,
        applicantsPercent: 2.2,
        registeredPercent: 5.6,
      },
    ]);
  });

  it('filters by city, locality and supervisor, and keeps a supervisor to their cities', async () => {
    const cucuta = await dashboard(as.coordinator!, '?municipalityCode=54001');
    expect(table(cucuta, 'cases.status').map((r) => r.place)).toEqual(['San José de Cúcuta']);
    expect(cucuta.filters.labels.municipality).toBe('San José de Cúcuta');
    const group = await dashboard(as.coordinator!, `?supervisorId=${w.users.supervisor.id}`);
    expect(table(group, 'cases.status').at(-1)).toMatchObject({ registered: 2 });
    const supervisor = await dashboard(as.supervisor!);
    expect(table(supervisor, 'cases.status').map((r) => r.place)).toEqual(['Bucaramanga']);
    const options = (await as.supervisor!.get(`${base}/options`)).json<{
      cities: Array<{ code: string }>;
      canEditBulletin: boolean;
    }>();
    expect(options.cities.map((c) => c.code)).toEqual(['68001']);
    expect(options.canEditBulletin).toBe(false);
    const out = await as.supervisor!.get(`${base}/dashboard?municipalityCode=54001`);
    expect(out.statusCode).toBe(400);
    expect(fields(out)).toEqual(['municipalityCode:city_out_of_scope']);
  });

  it('refuses bad filters with the field, and answers an empty program honestly', async () => {
    const early = await as.coordinator!.get(`${base}/dashboard?asOf=2026-01-01`);
    expect(early.statusCode).toBe(400);
    expect(fields(early)).toEqual(['asOf:as_of_before_program']);
    expect(early.body).toContain('2026-07-27');
    expect(
      fields(await as.coordinator!.get(`${base}/dashboard?asOf=2026-09-01&from=2026-10-01`)),
    ).toEqual(['from:from_after_as_of']);
    expect(fields(await as.coordinator!.get(`${base}/dashboard?municipalityCode=11001`))).toEqual([
      'municipalityCode:not_program_city',
    ]);
    expect(fields(await as.coordinator!.get(`${base}/dashboard?municipalityCode=680`))).toEqual([
      'municipalityCode:municipality_code_format',
    ]);
    expect(
      fields(await as.coordinator!.get(`${base}/dashboard?supervisorId=${w.users.facilitator.id}`)),
    ).toEqual(['supervisorId:not_program_supervisor']);
    // A program without cases: every figure empty, the totals zero, no error.
    const empty = await createProgram(ctx.db, { organizationId: w.orgA.id, code: 'VACIO' });
    const owner = await createUser(ctx.db, { organizationId: w.orgA.id, email: 'empty@a.test' });
    await addMembership(ctx.db, { userId: owner.id, programId: empty.id, role: 'coordinator' });
    const client = new TestClient(ctx.app);
    await client.signIn('empty@a.test', TEST_PASSWORD);
    const res = await client.get(`/api/programs/${empty.id}/reports/dashboard`);
    expect(res.statusCode).toBe(200);
    const d = res.json<TDashboard>();
    expect(
      d.figures
        .filter((f) => f.key !== 'registration.goal' && f.key !== 'services.by_city')
        .every((f) => f.rows.length === 0),
    ).toBe(true);
    expect(d.summary.find((s) => s.key === 'registered')!.value).toBe(0);
  });

  it('lets the right roles in: 403 for facilitators, 404 for another organization', async () => {
    expect((await as.facilitator!.get(`${base}/dashboard`)).statusCode).toBe(403);
    expect((await as.facilitator!.get(`${base}/options`)).statusCode).toBe(403);
    expect(
      (await as.coordinator!.get(`/api/programs/${w.programQ.id}/reports/dashboard`)).statusCode,
    ).toBe(404);
  });

  it('hides small cells from researchers', async () => {
    const d = await dashboard(as.researcher!);
    expect(d.smallCellThreshold).toBe(5);
    const status = table(d, 'cases.status');
    expect(status[0]).toEqual({
      place: 'Bucaramanga',
      registered: null,
      active: null,
      withdrawn: 0,
      completed: 0,
    });
    expect(status.at(-1)).toMatchObject({ registered: 5, active: null });
    expect(d.figures.find((f) => f.key === 'cases.status')!.suppressedCells).toBeGreaterThan(0);
  });

  it('exports a table as CSV and .xlsx, formula-safe, and audits it', async () => {
    const csv = await as.coordinator!.get(`${base}/figures/cases.status/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Bucaramanga');
    expect(csv.body).toMatch(/Registrados/);
    const xlsx = await as.coordinator!.get(
      `${base}/figures/grants.by_place/export?format=xlsx&language=en`,
    );
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(book.worksheets[0]!.getSheetValues());
    expect(text).toContain('Bucaramanga');
    expect((await as.coordinator!.get(`${base}/figures/nope/export?format=csv`)).statusCode).toBe(
      404,
    );
    expect(
      fields(await as.coordinator!.get(`${base}/figures/cases.status/export?format=pdf`)),
    ).toEqual(['format:invalid_value']);
    const audits = await ctx.db.execute(
      sql`select count(*)::int as n from audit_events where action = 'report.export'`,
    );
    expect((audits as { rows: Array<{ n: number }> }).rows[0]!.n).toBe(2);
  });

  it('renders the bulletin as JSON, HTML, PDF and .xlsx', async () => {
    const json = await as.coordinator!.get(`${base}/bulletin?format=json&asOf=2026-11-01`);
    expect(json.statusCode).toBe(200);
    const bulletin = JSON.parse(json.body) as TBulletin;
    expect(bulletin.filters.asOf).toBe('2026-11-01');
    expect(bulletin.edition.version).toBe(0);
    expect(bulletin.bottlenecks.map((x) => x.key)).toContain('registration.goal.belowGoal');
    expect(bulletin.bottlenecks.find((x) => x.key === 'registration.goal.belowGoal')!.text).toBe(
      'Bucaramanga va en el 4 % de su meta de negocios registrados.',
    );
    const html = await as.coordinator!.get(`${base}/bulletin?format=html`);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('<svg');
    expect(html.body).toContain(w.programP.name);
    const pdf = await as.coordinator!.get(`${base}/bulletin?format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await PDFDocument.load(pdf.rawPayload)).getPageCount()).toBeGreaterThan(3);
    const xlsx = await as.coordinator!.get(`${base}/bulletin?format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.length).toBeGreaterThan(17);
    expect(fields(await as.coordinator!.get(`${base}/bulletin?format=doc`))).toEqual([
      'format:invalid_value',
    ]);
  });

  it('keeps an edition’s texts with versions; only coordinators write them', async () => {
    const url = `${base}/bulletins/2026-11-01`;
    const empty = (await as.coordinator!.get(url)).json<{ version: number }>();
    expect(empty.version).toBe(0);
    const texts = {
      summary: 'Un trimestre de <b>trabajo</b>.',
      relevance: 'Atiende a quienes más lo necesitan.',
      effectiveness: '',
      efficiency: '',
      impact: '',
      sustainability: '',
      bottlenecks: 'Faltan mentores.',
    };
    const saved = await as.coordinator!.put(url, { texts, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, texts, updatedByName: 'Persona coordinator' });
    expect((await as.coordinator!.put(url, { texts, version: 0 })).statusCode).toBe(409);
    expect((await as.coordinator!.put(url, { texts, version: 1 })).json()).toMatchObject({
      version: 2,
    });
    expect((await as.supervisor!.put(url, { texts, version: 2 })).statusCode).toBe(403);
    expect(
      fields(await as.coordinator!.put(url, { texts: { ...texts, impact: 5 }, version: 2 })),
    ).toEqual(['texts.impact:invalid_type']);
    const bulletin = JSON.parse(
      (await as.coordinator!.get(`${base}/bulletin?format=json&asOf=2026-11-01`)).body,
    ) as TBulletin;
    expect(bulletin.edition.texts.relevance).toBe(texts.relevance);
    const html = await as.coordinator!.get(`${base}/bulletin?format=html&asOf=2026-11-01`);
    expect(html.body).toContain('Un trimestre de &lt;b&gt;trabajo&lt;/b&gt;.');
  });
});
