import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  TCaseTraining,
  TTrack,
  TTrainingModule,
  TTrainingReport,
  TTrainingSessionDetail,
  TTrainingSessionList,
} from '../../../shared/schemas/training.ts';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import { createCase, TEST_PASSWORD } from '../../test/factories.ts';
import { buildWorld, type World } from '../../test/world.ts';
import { findAuditByRequest } from '../audit/audit.repo.ts';
import { cases, owners } from '../cases/cases.table.ts';
import { trackProgress } from './completion.ts';

type Res = { statusCode: number; json: <T = unknown>() => T };
const fields = (res: Res) =>
  (res.json<{ error: { fields?: Array<{ path: string; code: string }> } }>().error.fields ?? [])
    .map((f) => `${f.path}:${f.code}`)
    .sort();
const code = (res: Res) => res.json<{ error: { code: string } }>().error.code;

const DAY_MS = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();
const isoDay = (days: number) => daysFromNow(days).slice(0, 10);

const MODULE = {
  title: 'Costos y precios',
  topic: 'Cuánto cuesta lo que vendo y a cuánto venderlo',
  durationMinutes: 60,
  levers: ['finance'],
  format: 'in_person',
  materials: [{ label: 'Guía', url: 'https://example.org/guia.pdf' }],
};

describe('training: modules, tracks, sessions, enrollment, attendance, completion, report', () => {
  let ctx: TestContext;
  let w: World;
  const as: Record<string, TestClient> = {};
  let base: string;
  let costs: TTrainingModule;
  let sales: TTrainingModule;
  let oneModule: TTrack;
  let twoModules: TTrack;

  /** An active case of the test facilitator (and supervisor) in a city. */
  async function newCase(
    options: {
      municipalityCode?: string;
      sex?: 'F' | 'M' | 'X';
      groups?: string[];
      facilitatorId?: string | null;
      status?: 'active' | 'withdrawn' | 'completed';
    } = {},
  ) {
    const made = await createCase(ctx.db, {
      organizationId: w.orgA.id,
      programId: w.programP.id,
      municipalityCode: options.municipalityCode ?? '68001',
      facilitatorId:
        options.facilitatorId === undefined ? w.users.facilitator.id : options.facilitatorId,
      supervisorId: w.users.supervisor.id,
      ...(options.status ? { status: options.status } : {}),
    });
    if (options.sex)
      await ctx.db
        .update(owners)
        .set({ sex: options.sex })
        .where(eq(owners.businessId, made.business.id));
    if (options.groups)
      await ctx.db
        .update(cases)
        .set({ priorityGroups: options.groups })
        .where(eq(cases.id, made.case.id));
    return made.case.id;
  }

  async function session(
    moduleId: string,
    options: { startsInDays: number; capacity?: number; durationMinutes?: number },
  ) {
    const res = await as.coordinator!.post(`${base}/training/sessions`, {
      moduleId,
      startsAt: daysFromNow(options.startsInDays),
      durationMinutes: options.durationMinutes ?? 60,
      place: 'Cámara de Comercio, salón 2',
      trainerName: 'Laura Gómez',
      capacity: options.capacity ?? 30,
    });
    expect(res.statusCode).toBe(200);
    return res.json<TTrainingSessionDetail>();
  }

  const enroll = (client: TestClient, sessionId: string, caseIds: string[]) =>
    client.post(`${base}/training/sessions/${sessionId}/enrollments`, { caseIds });
  const attend = (
    client: TestClient,
    sessionId: string,
    items: Array<{ caseId: string; attendance: string; minutes?: number }>,
  ) => client.put(`${base}/training/sessions/${sessionId}/attendance`, { items });

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    for (const role of [
      'coordinator',
      'case_coordinator',
      'supervisor',
      'facilitator',
      'mentor',
      'owner',
      'researcher',
    ]) {
      as[role] = new TestClient(ctx.app);
      await as[role].signIn(`${role}@a.test`, TEST_PASSWORD);
    }
    base = `/api/programs/${w.programP.id}`;
  });
  afterAll(() => ctx.close());

  it('configures modules: field errors, roles, versions, deletion rules', async () => {
    const bad = await as.coordinator!.post(`${base}/training/modules`, {
      ...MODULE,
      durationMinutes: 5,
      materials: [{ label: 'Guía', url: 'javascript:alert(1)' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['durationMinutes:too_small', 'materials.0.url:link_not_url']);
    const lever = await as.coordinator!.post(`${base}/training/modules`, {
      ...MODULE,
      levers: ['finance', 'astrology'],
    });
    expect(fields(lever)).toEqual(['levers.1:unknown_lever']);
    expect((await as.facilitator!.post(`${base}/training/modules`, MODULE)).statusCode).toBe(403);
    const created = await as.coordinator!.post(`${base}/training/modules`, MODULE);
    expect(created.statusCode).toBe(200);
    costs = created.json<TTrainingModule>();
    expect(costs).toMatchObject({ version: 1, sessions: 0, format: 'in_person' });
    const events = await findAuditByRequest(ctx.db, String(created.headers['x-request-id']));
    expect(events.map((e) => e.action)).toEqual(['training.module.create']);

    sales = (
      await as.coordinator!.post(`${base}/training/modules`, {
        ...MODULE,
        title: 'Ventas digitales',
        format: 'virtual',
        durationMinutes: 90,
        levers: ['marketing'],
      })
    ).json<TTrainingModule>();

    const stale = await as.coordinator!.put(`${base}/training/modules/${costs.id}`, {
      ...MODULE,
      version: 7,
    });
    expect(stale.statusCode).toBe(409);
    expect(code(stale)).toBe('conflict');
    const changed = await as.coordinator!.put(`${base}/training/modules/${costs.id}`, {
      ...MODULE,
      topic: 'Costos, márgenes y precios',
      version: 1,
    });
    expect(changed.json<TTrainingModule>()).toMatchObject({ version: 2 });
    costs = changed.json<TTrainingModule>();

    const spare = (
      await as.coordinator!.post(`${base}/training/modules`, { ...MODULE, title: 'Borrador' })
    ).json<TTrainingModule>();
    expect((await as.coordinator!.delete(`${base}/training/modules/${spare.id}`)).statusCode).toBe(
      200,
    );
    expect((await as.coordinator!.delete(`${base}/training/modules/${spare.id}`)).statusCode).toBe(
      404,
    );
    // Another program's admin does not see this program at all.
    const list = await as.facilitator!.get(`${base}/training/modules`);
    expect(list.json<{ items: TTrainingModule[] }>().items.map((m) => m.title)).toEqual([
      'Costos y precios',
      'Ventas digitales',
    ]);
  });

  it('configures tracks of the program’s modules, with the completion rule', async () => {
    const bad = await as.coordinator!.post(`${base}/training/tracks`, {
      name: 'Ruta',
      moduleIds: [costs.id, costs.id],
    });
    expect(fields(bad)).toEqual(['moduleIds.1:duplicate_module']);
    const unknown = await as.coordinator!.post(`${base}/training/tracks`, {
      name: 'Ruta',
      moduleIds: [costs.id, w.bCase.case.id],
    });
    expect(fields(unknown)).toEqual(['moduleIds.1:unknown_module']);
    expect(
      fields(
        await as.coordinator!.post(`${base}/training/tracks`, {
          name: 'Ruta',
          moduleIds: [costs.id],
          completionPercent: 120,
        }),
      ),
    ).toEqual(['completionPercent:too_big']);
    expect(
      (
        await as.supervisor!.post(`${base}/training/tracks`, {
          name: 'Ruta',
          moduleIds: [costs.id],
        })
      ).statusCode,
    ).toBe(403);
    oneModule = (
      await as.coordinator!.post(`${base}/training/tracks`, {
        name: 'Ruta corta',
        moduleIds: [costs.id],
      })
    ).json<TTrack>();
    expect(oneModule.completionPercent).toBe(80);
    twoModules = (
      await as.coordinator!.post(`${base}/training/tracks`, {
        name: 'Ruta de capitalización',
        moduleIds: [costs.id, sales.id],
        completionPercent: 50,
      })
    ).json<TTrack>();
    // A module in a track cannot be deleted.
    const inUse = await as.coordinator!.delete(`${base}/training/modules/${sales.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(code(inUse)).toBe('module_in_use');
  });

  it('schedules sessions: place for in person, link for virtual, program modules only', async () => {
    const body = {
      moduleId: costs.id,
      startsAt: daysFromNow(3),
      durationMinutes: 60,
      capacity: 10,
    };
    expect(fields(await as.facilitator!.post(`${base}/training/sessions`, body))).toEqual([
      'place:place_required',
    ]);
    expect(
      fields(
        await as.facilitator!.post(`${base}/training/sessions`, { ...body, moduleId: sales.id }),
      ),
    ).toEqual(['link:link_not_url']);
    expect(
      fields(
        await as.facilitator!.post(`${base}/training/sessions`, {
          ...body,
          moduleId: sales.id,
          link: 'meet.example.org/x',
        }),
      ),
    ).toEqual(['link:link_not_url']);
    expect(
      fields(
        await as.facilitator!.post(`${base}/training/sessions`, {
          ...body,
          moduleId: w.inCase.case.id,
          place: 'Aula',
        }),
      ),
    ).toEqual(['moduleId:unknown_module']);
    expect(
      fields(
        await as.facilitator!.post(`${base}/training/sessions`, {
          ...body,
          startsAt: '2026-09-10 10:00',
          place: 'Aula',
        }),
      ),
    ).toEqual(['startsAt:invalid_format']);
    expect(
      (await as.mentor!.post(`${base}/training/sessions`, { ...body, place: 'Aula' })).statusCode,
    ).toBe(403);
    const made = await as.facilitator!.post(`${base}/training/sessions`, {
      ...body,
      moduleId: sales.id,
      link: 'https://meet.example.org/ventas',
    });
    expect(made.statusCode).toBe(200);
    expect(made.json<TTrainingSessionDetail>()).toMatchObject({
      moduleTitle: 'Ventas digitales',
      format: 'virtual',
      enrolled: 0,
      started: false,
    });
    const list = await as.mentor!.get(
      `${base}/training/sessions?from=${isoDay(-1)}&to=${isoDay(10)}`,
    );
    expect(list.json<TTrainingSessionList>().items.map((s) => s.id)).toContain(
      made.json<TTrainingSessionDetail>().id,
    );
    expect(
      fields(await as.mentor!.get(`${base}/training/sessions?from=${isoDay(0)}&to=${isoDay(100)}`)),
    ).toEqual(['to:range_too_long']);
  });

  it('enrolls active cases in scope only, within the places, even when two enroll at once', async () => {
    const s = await session(costs.id, { startsInDays: 2, capacity: 2 });
    const url = (id: string) => `${base}/training/sessions/${id}`;
    const [a, b, c] = [await newCase(), await newCase(), await newCase()];
    // Outside the facilitator's own cases, withdrawn, another program: all 404.
    const someoneElses = await newCase({ facilitatorId: w.otherFacilitator.id });
    expect((await enroll(as.facilitator!, s.id, [a, someoneElses])).statusCode).toBe(404);
    expect((await enroll(as.facilitator!, s.id, [w.outCase.case.id])).statusCode).toBe(404);
    expect((await enroll(as.coordinator!, s.id, [w.outCase.case.id])).statusCode).toBe(404);
    expect((await enroll(as.coordinator!, s.id, [w.bCase.case.id])).statusCode).toBe(404);
    expect(fields(await enroll(as.facilitator!, s.id, [a, a]))).toEqual(['caseIds:duplicate_case']);

    const two = await enroll(as.facilitator!, s.id, [a, b]);
    expect(two.statusCode).toBe(200);
    expect(two.json<TTrainingSessionDetail>()).toMatchObject({ enrolled: 2 });
    // Enrolling again is harmless; one more is too many.
    expect((await enroll(as.facilitator!, s.id, [a])).statusCode).toBe(200);
    const full = await enroll(as.facilitator!, s.id, [c]);
    expect(full.statusCode).toBe(409);
    expect(code(full)).toBe('session_full');
    expect(full.json<{ error: { params: object } }>().error.params).toEqual({
      capacity: 2,
      enrolled: 2,
    });
    // The other facilitator's case is enrolled by the coordinator: the facilitator sees 2 of 3.
    expect(
      fields(
        await as.coordinator!.put(url(s.id), {
          moduleId: costs.id,
          startsAt: s.startsAt,
          durationMinutes: 60,
          place: 'Aula',
          capacity: 1,
          version: s.version,
        }),
      ),
    ).toEqual(['capacity:capacity_below_enrolled']);
    await as.coordinator!.put(url(s.id), {
      moduleId: costs.id,
      startsAt: s.startsAt,
      durationMinutes: 60,
      place: 'Aula',
      capacity: 3,
      version: s.version,
    });
    expect((await enroll(as.coordinator!, s.id, [someoneElses])).statusCode).toBe(200);
    const seen = (await as.facilitator!.get(url(s.id))).json<TTrainingSessionDetail>();
    expect(seen.enrolled).toBe(3);
    expect(seen.enrollments.map((e) => e.caseId).sort()).toEqual([a, b].sort());

    // Two enrollments at once in the last place: one wins.
    const last = await session(costs.id, { startsInDays: 4, capacity: 1 });
    const both = await Promise.all([
      enroll(as.facilitator!, last.id, [a]),
      enroll(as.coordinator!, last.id, [b]),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(code(both.find((r) => r.statusCode === 409)!)).toBe('session_full');

    // Leaving a session is possible while attendance is pending.
    const left = await as.facilitator!.delete(`${url(s.id)}/enrollments/${b}`);
    expect(left.json<TTrainingSessionDetail>().enrolled).toBe(2);
    expect(
      (await as.facilitator!.delete(`${url(s.id)}/enrollments/${someoneElses}`)).statusCode,
    ).toBe(404);
  });

  it('records attendance only once the session has started, within its minutes', async () => {
    const future = await session(costs.id, { startsInDays: 5 });
    const past = await session(costs.id, { startsInDays: -1 });
    const [a, b] = [await newCase(), await newCase()];
    await enroll(as.facilitator!, future.id, [a]);
    await enroll(as.facilitator!, past.id, [a]);

    const early = await attend(as.facilitator!, future.id, [{ caseId: a, attendance: 'present' }]);
    expect(early.statusCode).toBe(400);
    expect(fields(early)).toEqual(['items.0.attendance:session_not_started']);
    expect(
      (await attend(as.facilitator!, future.id, [{ caseId: a, attendance: 'pending' }])).statusCode,
    ).toBe(200);

    expect(
      fields(
        await attend(as.facilitator!, past.id, [
          { caseId: a, attendance: 'present', minutes: 61 },
          { caseId: b, attendance: 'absent' },
        ]),
      ),
    ).toEqual(['items.0.minutes:minutes_over_duration', 'items.1.caseId:not_enrolled']);
    expect(
      fields(
        await attend(as.facilitator!, past.id, [{ caseId: a, attendance: 'present', minutes: -1 }]),
      ),
    ).toEqual(['items.0.minutes:too_small']);
    expect(
      (await attend(as.mentor!, past.id, [{ caseId: a, attendance: 'present' }])).statusCode,
    ).toBe(403);

    const done = await attend(as.facilitator!, past.id, [{ caseId: a, attendance: 'present' }]);
    expect(done.statusCode).toBe(200);
    expect(done.json<TTrainingSessionDetail>().enrollments).toEqual([
      expect.objectContaining({ caseId: a, attendance: 'present', minutes: 60 }),
    ]);
    const events = await findAuditByRequest(ctx.db, String(done.headers['x-request-id']));
    expect(events.map((e) => e.action)).toEqual(['training.session.attendance']);
    // Absent counts no minutes; attendance recorded keeps the case in the session.
    const absent = await attend(as.facilitator!, past.id, [
      { caseId: a, attendance: 'absent', minutes: 30 },
    ]);
    expect(absent.json<TTrainingSessionDetail>().enrollments[0]).toMatchObject({ minutes: 0 });
    const leave = await as.facilitator!.delete(
      `${base}/training/sessions/${past.id}/enrollments/${a}`,
    );
    expect(leave.statusCode).toBe(409);
    expect(code(leave)).toBe('attendance_recorded');
  });

  it('completes modules and tracks by minutes present, and certifies a completed track', async () => {
    const full = await newCase();
    const partial = await newCase();
    const s1 = await session(costs.id, { startsInDays: -10 });
    const s2 = await session(costs.id, { startsInDays: -3, durationMinutes: 30 });
    await enroll(as.facilitator!, s1.id, [full, partial]);
    await enroll(as.facilitator!, s2.id, [partial]);
    await attend(as.facilitator!, s1.id, [
      { caseId: full, attendance: 'present' },
      { caseId: partial, attendance: 'present', minutes: 30 },
    ]);

    // 80 % of 60 minutes is 48: 30 is not enough.
    let progress = await trackProgress(ctx.db, {
      programId: w.programP.id,
      trackId: oneModule.id,
      caseIds: [full, partial, w.inCase.case.id],
    });
    expect(Object.fromEntries(progress)).toEqual({
      [full]: { completed: true, percent: 100 },
      [partial]: { completed: false, percent: 0 },
      [w.inCase.case.id]: { completed: false, percent: 0 },
    });
    const refused = await as.facilitator!.get(
      `${base}/cases/${partial}/training/certificate?trackId=${oneModule.id}`,
    );
    expect(refused.statusCode).toBe(409);
    expect(code(refused)).toBe('track_not_completed');

    await attend(as.facilitator!, s2.id, [{ caseId: partial, attendance: 'present', minutes: 20 }]);
    progress = await trackProgress(ctx.db, {
      programId: w.programP.id,
      trackId: twoModules.id,
      caseIds: [full, partial],
    });
    expect(progress.get(partial)).toEqual({ completed: false, percent: 50 });

    const training = (
      await as.facilitator!.get(`${base}/cases/${partial}/training`)
    ).json<TCaseTraining>();
    expect(training.enrollments.map((e) => e.sessionId)).toEqual([s2.id, s1.id]);
    const short = training.tracks.find((t) => t.trackId === oneModule.id)!;
    expect(short).toMatchObject({ completed: true, percent: 100 });
    expect(short.modules[0]).toMatchObject({
      minutes: 50,
      required: 48,
      completed: true,
      completedAt: s2.startsAt,
    });

    const pdf = await as.facilitator!.get(
      `${base}/cases/${partial}/training/certificate?trackId=${oneModule.id}`,
    );
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (await as.facilitator!.get(`${base}/cases/${partial}/training/certificate?trackId=x`))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await as.facilitator!.get(
          `${base}/cases/${partial}/training/certificate?trackId=${w.bCase.case.id}`,
        )
      ).statusCode,
    ).toBe(404);
    // Outside the caller's scope the case does not exist.
    expect(
      (await as.case_coordinator!.get(`${base}/cases/${w.outCase.case.id}/training`)).statusCode,
    ).toBe(404);
  });

  it('lets owners read their own case’s training and certificate only', async () => {
    const mine = w.inCase.case.id;
    const s = await session(costs.id, { startsInDays: -2 });
    await enroll(as.coordinator!, s.id, [mine]);
    await attend(as.coordinator!, s.id, [{ caseId: mine, attendance: 'present' }]);
    const own = await as.owner!.get(`${base}/cases/${mine}/training`);
    expect(own.statusCode).toBe(200);
    expect(own.json<TCaseTraining>().tracks.find((t) => t.trackId === oneModule.id)).toMatchObject({
      completed: true,
    });
    const pdf = await as.owner!.get(
      `${base}/cases/${mine}/training/certificate?trackId=${oneModule.id}`,
    );
    expect(pdf.statusCode).toBe(200);
    const other = await newCase();
    expect((await as.owner!.get(`${base}/cases/${other}/training`)).statusCode).toBe(404);
    expect((await as.owner!.get(`${base}/training/sessions/${s.id}`)).statusCode).toBe(403);
    expect(
      (await as.owner!.get(`${base}/training/report?trackId=${oneModule.id}`)).statusCode,
    ).toBe(403);
  });

  it('reports enrolled, attended and completed by city, sex and priority group', async () => {
    // Modules of their own, so that the other tests' attendance does not count here.
    const formal = (
      await as.coordinator!.post(`${base}/training/modules`, {
        ...MODULE,
        title: 'Formalización paso a paso',
      })
    ).json<TTrainingModule>();
    const online = (
      await as.coordinator!.post(`${base}/training/modules`, {
        ...MODULE,
        title: 'Seguros y manejo del crédito',
        format: 'virtual',
        durationMinutes: 90,
      })
    ).json<TTrainingModule>();
    const track = (
      await as.coordinator!.post(`${base}/training/tracks`, {
        name: 'Ruta del informe',
        moduleIds: [formal.id, online.id],
      })
    ).json<TTrack>();
    const c1 = await session(formal.id, { startsInDays: -6 });
    const v1 = (
      await as.coordinator!.post(`${base}/training/sessions`, {
        moduleId: online.id,
        startsAt: daysFromNow(-5),
        durationMinutes: 90,
        link: 'https://meet.example.org/ventas',
        capacity: 30,
      })
    ).json<TTrainingSessionDetail>();
    // Bucaramanga: a woman who completes both, a man present only in one, a woman never present.
    const done = await newCase({ sex: 'F', groups: ['women', 'youth'] });
    const half = await newCase({ sex: 'M', groups: ['youth'] });
    const never = await newCase({ sex: 'F', groups: ['women'] });
    // Cúcuta: someone who completes, outside the Bucaramanga case coordinator's scope.
    const cucuta = await newCase({ municipalityCode: '54001', sex: 'X' });
    await enroll(as.coordinator!, c1.id, [done, half, never, cucuta]);
    await enroll(as.coordinator!, v1.id, [done, cucuta]);
    await attend(as.coordinator!, c1.id, [
      { caseId: done, attendance: 'present' },
      { caseId: half, attendance: 'present' },
      { caseId: never, attendance: 'absent' },
      { caseId: cucuta, attendance: 'present', minutes: 50 },
    ]);
    await attend(as.coordinator!, v1.id, [
      { caseId: done, attendance: 'present', minutes: 80 },
      { caseId: cucuta, attendance: 'present' },
    ]);

    const report = (
      await as.researcher!.get(`${base}/training/report?trackId=${track.id}`)
    ).json<TTrainingReport>();
    expect(report.trackName).toBe('Ruta del informe');
    expect(report.total).toEqual({ enrolled: 4, attended: 3, completed: 2, completionRate: 50 });
    expect(report.byCity).toEqual([
      { municipalityCode: '54001', enrolled: 1, attended: 1, completed: 1, completionRate: 100 },
      { municipalityCode: '68001', enrolled: 3, attended: 2, completed: 1, completionRate: 33.3 },
    ]);
    expect(report.bySex).toEqual([
      { sex: 'F', enrolled: 2, attended: 1, completed: 1, completionRate: 50 },
      { sex: 'M', enrolled: 1, attended: 1, completed: 0, completionRate: 0 },
      { sex: 'X', enrolled: 1, attended: 1, completed: 1, completionRate: 100 },
    ]);
    expect(report.byPriorityGroup).toEqual([
      { group: 'women', enrolled: 2, attended: 1, completed: 1, completionRate: 50 },
      { group: 'youth', enrolled: 2, attended: 2, completed: 1, completionRate: 50 },
    ]);
    const scoped = (
      await as.case_coordinator!.get(`${base}/training/report?trackId=${track.id}`)
    ).json<TTrainingReport>();
    expect(scoped.total).toMatchObject({ enrolled: 3, completed: 1 });
    const filtered = (
      await as.coordinator!.get(
        `${base}/training/report?trackId=${track.id}&municipalityCode=54001`,
      )
    ).json<TTrainingReport>();
    expect(filtered.byCity.map((c) => c.municipalityCode)).toEqual(['54001']);
    expect(
      fields(
        await as.coordinator!.get(`${base}/training/report?trackId=${track.id}&municipalityCode=x`),
      ),
    ).toEqual(['municipalityCode:municipality_code_format']);
    expect(
      (await as.coordinator!.get(`${base}/training/report?trackId=${w.bCase.case.id}`)).statusCode,
    ).toBe(404);

    // The batch check used by grants agrees with the report.
    const progress = await trackProgress(ctx.db, {
      programId: w.programP.id,
      trackId: track.id,
      caseIds: [done, half, never, cucuta],
    });
    expect([...progress.values()].map((p) => p.percent)).toEqual([100, 50, 0, 100]);
  });
});
