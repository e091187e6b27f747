import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  TCaseExtraServices,
  TCaseMentor,
  TEcosystemReport,
  TExtraService,
  TMentor,
  TMentorQueue,
  TSession,
  TSessionList,
} from '../../../shared/schemas/mentors.ts';
import type { TPlan } from '../../../shared/schemas/assessment.ts';
import type { TService } from '../../../shared/schemas/services.ts';
import { assessCase } from '../../test/assessment.ts';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import { addMembership, createCase, createUser, TEST_PASSWORD } from '../../test/factories.ts';
import { buildWorld, type World } from '../../test/world.ts';
import { cases } from '../cases/cases.table.ts';
import { plans } from '../assessment/assessment.table.ts';

type Res = { statusCode: number; json: <T = unknown>() => T };
const fields = (res: Res) =>
  (res.json<{ error: { fields?: Array<{ path: string; code: string }> } }>().error.fields ?? [])
    .map((f) => `${f.path}:${f.code}`)
    .sort();
const code = (res: Res) => res.json<{ error: { code: string } }>().error.code;

const PROFILE = {
  levers: ['finance'],
  cities: ['68001'],
  remote: false,
  capacity: 1,
  availability: 'Lunes y miércoles en la tarde',
  organization: 'Universidad Industrial de Santander',
  organizationKind: 'university',
};

describe('mentors, sessions, extra services and the ecosystem report', () => {
  let ctx: TestContext;
  let w: World;
  const as: Record<string, TestClient> = {};
  let base: string;
  let remoteMentor: { id: string };
  let cucutaMentor: { id: string };
  /** Planned cases in Bucaramanga that need a mentor, oldest plan first. */
  const waiting: string[] = [];
  /** After the assignments: the waiting case the test mentor took, and the one left without. */
  let mentored = '';
  let unmentored = '';

  /** A Bucaramanga case with a plan that needs a mentor (its plan dated `day`). */
  async function waitingCase(day: string, municipalityCode = '68001') {
    const c = (
      await createCase(ctx.db, {
        organizationId: w.orgA.id,
        programId: w.programP.id,
        municipalityCode,
        facilitatorId: w.users.facilitator.id,
        supervisorId: w.users.supervisor.id,
      })
    ).case;
    await assessCase(ctx.db, w, c.id, { plan: true });
    await ctx.db.update(cases).set({ needsMentor: true }).where(eq(cases.id, c.id));
    await ctx.db
      .update(plans)
      .set({ createdAt: new Date(`${day}T12:00:00Z`) })
      .where(eq(plans.caseId, c.id));
    return c.id;
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    for (const role of [
      'coordinator',
      'case_coordinator',
      'supervisor',
      'facilitator',
      'mentor',
      'researcher',
    ]) {
      as[role] = new TestClient(ctx.app);
      await as[role].signIn(`${role}@a.test`, TEST_PASSWORD);
    }
    base = `/api/programs/${w.programP.id}`;
    remoteMentor = await createUser(ctx.db, {
      organizationId: w.orgA.id,
      email: 'remota@a.test',
      name: 'Ana Remota',
    });
    cucutaMentor = await createUser(ctx.db, {
      organizationId: w.orgA.id,
      email: 'cucuta@a.test',
      name: 'Carlos Cúcuta',
    });
    for (const m of [remoteMentor, cucutaMentor])
      await addMembership(ctx.db, { userId: m.id, programId: w.programP.id, role: 'mentor' });
    waiting.push(await waitingCase('2026-08-01'), await waitingCase('2026-08-15'));
    await waitingCase('2026-07-01', '54001');
  });
  afterAll(() => ctx.close());

  it('refuses a profile with unknown levers, outside cities or no capacity, by field', async () => {
    const bad = await as.coordinator!.put(`${base}/mentors/${w.users.mentor.id}`, {
      ...PROFILE,
      levers: ['finance', 'astrology'],
      cities: ['11001'],
      capacity: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['capacity:too_small']);
    const unknown = await as.coordinator!.put(`${base}/mentors/${w.users.mentor.id}`, {
      ...PROFILE,
      levers: ['finance', 'astrology'],
      cities: ['11001'],
    });
    expect(fields(unknown)).toEqual(['cities.0:not_program_city', 'levers.1:unknown_lever']);
    // A mentor edits their own profile only; supervisors read but do not edit.
    expect((await as.mentor!.put(`${base}/mentors/${remoteMentor.id}`, PROFILE)).statusCode).toBe(
      404,
    );
    expect(
      (await as.supervisor!.put(`${base}/mentors/${w.users.mentor.id}`, PROFILE)).statusCode,
    ).toBe(403);
    const own = await as.mentor!.put(`${base}/mentors/${w.users.mentor.id}`, PROFILE);
    expect(own.statusCode).toBe(200);
    expect(own.json<TMentor>()).toMatchObject({ hasProfile: true, capacity: 1, active: 1 });
    expect((await as.mentor!.get(`${base}/mentors/${remoteMentor.id}`)).statusCode).toBe(404);
  });

  it('queues plans that need a mentor, oldest first, with ranked suggestions and reasons', async () => {
    await as.coordinator!.put(`${base}/mentors/${w.users.mentor.id}`, { ...PROFILE, capacity: 3 });
    await as.coordinator!.put(`${base}/mentors/${remoteMentor.id}`, {
      ...PROFILE,
      levers: ['marketing'],
      cities: [],
      remote: true,
      capacity: 2,
      organizationKind: 'volunteer',
    });
    await as.coordinator!.put(`${base}/mentors/${cucutaMentor.id}`, {
      ...PROFILE,
      cities: ['54001'],
      capacity: 4,
    });
    const queue = (await as.coordinator!.get(`${base}/mentoring/queue`)).json<TMentorQueue>();
    expect(queue.total).toBe(3);
    expect(queue.items.map((i) => i.municipalityCode)).toEqual(['54001', '68001', '68001']);
    const first = queue.items[1]!;
    expect(first.caseId).toBe(waiting[0]);
    // The Bucaramanga mentor serves the city; the remote one reaches it; the Cúcuta one cannot.
    expect(first.suggestions.map((s) => s.userId)).toEqual([w.users.mentor.id, remoteMentor.id]);
    expect(first.suggestions[0]).toMatchObject({ reach: 'city', capacity: 3, remaining: 2 });
    expect(first.suggestions[1]).toMatchObject({ reach: 'remote', capacity: 2, remaining: 2 });
    const levers = first.levers;
    expect(first.suggestions[0]!.leverMatches).toEqual(levers.filter((l) => l === 'finance'));
    // A case coordinator of Bucaramanga sees only Bucaramanga's plans.
    const scoped = (await as.case_coordinator!.get(`${base}/mentoring/queue`)).json<TMentorQueue>();
    expect(scoped.items.map((i) => i.caseId)).toEqual(waiting);
    expect((await as.facilitator!.get(`${base}/mentoring/queue`)).statusCode).toBe(403);
    const bad = await as.coordinator!.get(`${base}/mentoring/queue?pageSize=500`);
    expect(fields(bad)).toEqual(['pageSize:too_big']);
  });

  it('assigns within capacity and reach, keeps the history, and ends with a reason', async () => {
    const url = (id: string) => `${base}/cases/${id}/mentor`;
    const [a, b] = waiting as [string, string];
    expect(
      fields(await as.case_coordinator!.put(url(a), { mentorId: w.users.facilitator.id })),
    ).toEqual(['mentorId:not_program_mentor']);
    expect(fields(await as.case_coordinator!.put(url(a), { mentorId: cucutaMentor.id }))).toEqual([
      'mentorId:mentor_out_of_reach',
    ]);
    expect((await as.facilitator!.put(url(a), { mentorId: remoteMentor.id })).statusCode).toBe(403);
    expect(
      (await as.case_coordinator!.put(url(w.outCase.case.id), { mentorId: remoteMentor.id }))
        .statusCode,
    ).toBe(404);

    // The remote mentor has 2 places: two assignments at once cannot take more than that.
    await as.coordinator!.put(`${base}/mentors/${remoteMentor.id}`, {
      ...PROFILE,
      levers: ['marketing'],
      cities: [],
      remote: true,
      capacity: 1,
    });
    const both = await Promise.all([
      as.case_coordinator!.put(url(a), { mentorId: remoteMentor.id }),
      as.coordinator!.put(url(b), { mentorId: remoteMentor.id }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const refused = both.find((r) => r.statusCode === 409)!;
    expect(code(refused)).toBe('mentor_full');
    const assigned = both.find((r) => r.statusCode === 200)!.json<TCaseMentor>();
    expect(assigned.mentor).toEqual({ userId: remoteMentor.id, name: 'Ana Remota' });
    const other = assigned.caseId === a ? b : a;
    mentored = assigned.caseId;
    unmentored = other;

    // Changing the mentor needs a reason; the history keeps both.
    expect(
      fields(await as.case_coordinator!.put(url(assigned.caseId), { mentorId: w.users.mentor.id })),
    ).toEqual(['reason:reason_required']);
    const changed = await as.case_coordinator!.put(url(assigned.caseId), {
      mentorId: w.users.mentor.id,
      reason: 'Necesita apoyo en finanzas',
    });
    expect(changed.statusCode).toBe(200);
    const history = changed.json<TCaseMentor>().history;
    expect(history.map((h) => [h.mentorName, h.endReason])).toEqual([
      ['Persona mentor', null],
      ['Ana Remota', 'Necesita apoyo en finanzas'],
    ]);
    // The freed place lets the other case have the remote mentor.
    expect((await as.coordinator!.put(url(other), { mentorId: remoteMentor.id })).statusCode).toBe(
      200,
    );
    // The queue no longer shows them; the mentor now sees the case.
    const queue = (await as.case_coordinator!.get(`${base}/mentoring/queue`)).json<TMentorQueue>();
    expect(queue.total).toBe(0);
    const seen = await as.mentor!.get(url(assigned.caseId));
    expect(seen.json<TCaseMentor>()).toMatchObject({ suggestions: [], history: [{}, {}] });

    // Ending it.
    expect(fields(await as.coordinator!.put(url(other), { mentorId: null }))).toEqual([
      'reason:reason_required',
    ]);
    const ended = await as.coordinator!.put(url(other), { mentorId: null, reason: 'Terminó' });
    expect(ended.json<TCaseMentor>()).toMatchObject({
      mentor: null,
      history: [{ endReason: 'Terminó' }],
    });
    expect(
      code(await as.coordinator!.put(url(other), { mentorId: null, reason: 'Otra vez' })),
    ).toBe('no_mentor');
    const events = await as.coordinator!.get(`${base}/cases/${other}`);
    expect(JSON.stringify(events.json())).toContain('Terminó');
  });

  it('schedules group sessions without overlaps and records attendance once started', async () => {
    const url = `${base}/mentoring/sessions`;
    const mentees = [w.inCase.case.id, mentored];
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
    inTwoDays.setUTCMinutes(0, 0, 0);
    const body = {
      mentorId: w.users.mentor.id,
      startsAt: inTwoDays.toISOString(),
      durationMinutes: 90,
      mode: 'in_person',
      place: 'Biblioteca Pública Gabriel Turbay',
      agenda: 'Costos y precios',
      caseIds: mentees,
    };
    const noPlace = await as.mentor!.post(url, { ...body, place: '', link: 'zoom' });
    expect(fields(noPlace)).toEqual(['link:link_not_url', 'place:place_required']);
    // Not a mentee of this mentor, or another mentor's session.
    const stranger = await as.coordinator!.post(url, { ...body, caseIds: [unmentored] });
    expect(fields(stranger)).toEqual(['caseIds.0:not_mentee']);
    expect((await as.mentor!.post(url, { ...body, mentorId: remoteMentor.id })).statusCode).toBe(
      403,
    );
    expect((await as.facilitator!.post(url, body)).statusCode).toBe(403);
    const early = await as.mentor!.post(url, {
      ...body,
      attendance: [{ caseId: mentees[0], attendance: 'present' }],
    });
    expect(fields(early)).toEqual(['attendance.0.attendance:session_not_started']);

    const created = await as.mentor!.post(url, body);
    expect(created.statusCode).toBe(200);
    const session = created.json<TSession>();
    expect(session).toMatchObject({ kind: 'group', status: 'scheduled', durationMinutes: 90 });
    expect(session.attendees.map((a) => a.attendance)).toEqual(['pending', 'pending']);

    const overlap = await as.coordinator!.post(url, {
      ...body,
      startsAt: new Date(inTwoDays.getTime() + 60 * 60_000).toISOString(),
      caseIds: [mentees[0]],
    });
    expect(overlap.statusCode).toBe(409);
    expect(code(overlap)).toBe('session_overlap');
    // Back to back is fine.
    const next = await as.mentor!.post(url, {
      ...body,
      startsAt: new Date(inTwoDays.getTime() + 90 * 60_000).toISOString(),
      mode: 'video',
      place: '',
      link: 'https://meet.example.org/abc',
      caseIds: [mentees[0]],
    });
    expect(next.json<TSession>().kind).toBe('individual');

    // A session that already started: attendance, notes, tasks; a stale version is refused.
    const past = new Date(Date.now() - 3 * 60 * 60_000);
    const held = (
      await as.mentor!.post(url, { ...body, startsAt: past.toISOString(), durationMinutes: 60 })
    ).json<TSession>();
    const record = {
      ...body,
      startsAt: held.startsAt,
      durationMinutes: 60,
      status: 'held',
      notes: 'Calcularon el costo de cada producto',
      attendance: [
        { caseId: mentees[0], attendance: 'present' },
        { caseId: mentees[1], attendance: 'absent' },
      ],
      tasks: [{ text: 'Subir precios del pan', dueOn: '2026-12-15' }],
      version: held.version,
    };
    const saved = await as.mentor!.put(`${url}/${held.id}`, record);
    expect(saved.statusCode).toBe(200);
    expect(saved.json<TSession>()).toMatchObject({
      status: 'held',
      version: 2,
      tasks: [{ text: 'Subir precios del pan', done: false }],
    });
    expect(code(await as.mentor!.put(`${url}/${held.id}`, record))).toBe('conflict');

    // The calendar: the mentor sees theirs; the .ics export holds the sessions.
    const from = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 4 * 86_400_000).toISOString().slice(0, 10);
    const list = (await as.mentor!.get(`${url}?from=${from}&to=${to}`)).json<TSessionList>();
    expect(list.items.map((s) => s.id)).toContain(held.id);
    expect(list.items).toHaveLength(3);
    expect(
      (await as.supervisor!.get(`${url}?from=${from}&to=${to}`)).json<TSessionList>().items,
    ).toHaveLength(3);
    expect(fields(await as.mentor!.get(`${url}?from=${to}&to=${from}`))).toEqual([
      'to:range_reversed',
    ]);
    const ics = await as.mentor!.get(`${base}/mentors/${w.users.mentor.id}/calendar.ics`);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics.body).toContain('Biblioteca Pública Gabriel Turbay');
    expect(
      (await as.mentor!.get(`${base}/mentors/${remoteMentor.id}/calendar.ics`)).statusCode,
    ).toBe(404);
    // The mentees for the form.
    const menteeList = await as.mentor!.get(`${base}/mentors/${w.users.mentor.id}/mentees`);
    expect(
      menteeList
        .json<{ items: Array<{ caseId: string }> }>()
        .items.map((m) => m.caseId)
        .sort(),
    ).toEqual([...mentees].sort());
  });

  it('flags extra services per case and links catalog services to plan activities', async () => {
    const service = (
      await as.coordinator!.post(`${base}/services`, {
        entity: { name: 'Bancamía', kind: 'private', sector: 'Microfinanzas' },
        name: 'Microcrédito para capital de trabajo',
        scope: 'local',
        cities: ['68001'],
        contact: 'Oficina Cabecera',
        permanent: true,
        levers: ['finance'],
        cost: 'cost',
      })
    ).json<TService>();
    await as.coordinator!.post(`${base}/services`, {
      entity: { name: 'SENA', kind: 'public' },
      name: 'Curso virtual de finanzas',
      scope: 'national',
      link: 'https://www.sena.edu.co',
      permanent: true,
      levers: ['finance'],
      cost: 'free',
    });
    const caseId = waiting[0]!;
    const extras = `${base}/cases/${caseId}/extra-services`;
    expect(
      fields(
        await as.facilitator!.post(extras, {
          kind: 'microcredit',
          serviceId: w.outCase.case.id,
          status: 'referred',
        }),
      ),
    ).toEqual(['serviceId:unknown_service']);
    expect(
      (await as.mentor!.post(extras, { kind: 'microcredit', status: 'referred' })).statusCode,
    ).toBe(403);
    const added = await as.facilitator!.post(extras, {
      kind: 'microcredit',
      serviceId: service.id,
      status: 'referred',
      note: 'Cita el martes',
    });
    expect(added.statusCode).toBe(200);
    const extra = added.json<TExtraService>();
    expect(extra.service).toMatchObject({ name: 'Microcrédito para capital de trabajo' });
    const updated = await as.facilitator!.put(`${extras}/${extra.id}`, {
      kind: 'microcredit',
      serviceId: service.id,
      status: 'received',
      version: extra.version,
    });
    expect(updated.json<TExtraService>()).toMatchObject({ status: 'received', version: 2 });
    expect(
      code(
        await as.facilitator!.put(`${extras}/${extra.id}`, {
          kind: 'microcredit',
          status: 'declined',
          version: 1,
        }),
      ),
    ).toBe('conflict');
    const read = (await as.facilitator!.get(extras)).json<TCaseExtraServices>();
    expect(read.items).toHaveLength(1);
    expect(read.available.map((s) => s.name)).toEqual([
      'Microcrédito para capital de trabajo',
      'Curso virtual de finanzas',
    ]);

    // The plan proposes them for its finance activities (local first) and stores a link.
    const planUrl = `${base}/cases/${caseId}/plan`;
    const plan = (await as.facilitator!.get(planUrl)).json<{ plan: TPlan }>().plan;
    expect(plan.serviceSuggestions.finance?.map((s) => s.name)).toEqual([
      'Microcrédito para capital de trabajo',
      'Curso virtual de finanzas',
    ]);
    const activities = plan.activities.map((a, i) => ({
      id: a.id,
      lever: i === 0 ? 'finance' : a.lever,
      title: a.title,
      description: a.description,
      week: a.week,
      responsible: a.responsible,
      serviceId: i === 0 ? service.id : null,
    }));
    const body = {
      version: plan.version,
      startsOn: plan.startsOn,
      weeks: plan.weeks,
      presentedOn: null,
      ownerPriorities: '',
      activities,
    };
    const bad = await as.facilitator!.put(planUrl, {
      ...body,
      activities: activities.map((a, i) => (i === 1 ? { ...a, serviceId: caseId } : a)),
    });
    expect(fields(bad)).toEqual(['activities.1.serviceId:unknown_service']);
    const saved = (await as.facilitator!.put(planUrl, body)).json<TPlan>();
    expect(saved.activities[0]!.service).toMatchObject({
      id: service.id,
      entityName: 'Bancamía',
      status: 'active',
    });
  });

  it('reports services, coverage, uncovered needs and mentor coverage per city', async () => {
    const report = await as.coordinator!.get(`${base}/services/report`);
    expect(report.statusCode).toBe(200);
    const r = report.json<TEcosystemReport>();
    expect(r.national).toEqual({ active: 1, toActivate: 0 });
    expect(r.servicesByCity).toEqual([
      { municipalityCode: '68001', local: { active: 1, toActivate: 0 } },
      { municipalityCode: '54001', local: { active: 0, toActivate: 0 } },
    ]);
    const cell = (city: string, lever: string) =>
      r.coverage.find((c) => c.municipalityCode === city && c.lever === lever)!;
    // Finance is covered everywhere (the national course); one Bucaramanga plan links a service.
    expect(cell('68001', 'finance')).toMatchObject({
      activeServices: 2,
      plansLinked: 1,
      uncovered: 0,
    });
    expect(cell('54001', 'finance')).toMatchObject({ activeServices: 1, uncovered: 0 });
    // Marketing has no service: every plan with a marketing activity found none.
    const marketing = cell('68001', 'marketing');
    expect(marketing.activeServices).toBe(0);
    expect(marketing.uncovered).toBe(marketing.plansNeeding);
    // Mentor need: 2 Bucaramanga plans (one with a mentor now), 1 in Cúcuta without.
    expect(r.mentorsByCity).toEqual([
      {
        municipalityCode: '54001',
        needMentor: 1,
        withMentor: 0,
        withoutMentor: 1,
        coveredPercent: 0,
      },
      {
        municipalityCode: '68001',
        needMentor: 2,
        withMentor: 1,
        withoutMentor: 1,
        coveredPercent: 50,
      },
    ]);
    const load = r.mentorWorkload.find((m) => m.userId === w.users.mentor.id)!;
    expect(load).toMatchObject({ capacity: 3, sessionsHeld: 1, sessionsScheduled: 2 });
    expect(r.extraServices.find((e) => e.kind === 'microcredit')!.counts.received).toBe(1);

    // Scoped: the Bucaramanga case coordinator sees no Cúcuta figures; researchers read counts.
    const scoped = (
      await as.case_coordinator!.get(`${base}/services/report`)
    ).json<TEcosystemReport>();
    expect(scoped.mentorsByCity.map((m) => m.municipalityCode)).toEqual(['68001']);
    expect((await as.researcher!.get(`${base}/services/report`)).statusCode).toBe(200);
    expect((await as.facilitator!.get(`${base}/services/report`)).statusCode).toBe(403);
    const outside = await as.coordinator!.get(`${base}/services/report?municipalityCode=11001`);
    expect(fields(outside)).toEqual(['municipalityCode:not_program_city']);
  });
});
