import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_CASE_SETTINGS,
  type TAgenda,
  type TCaseDetail,
} from '../../../shared/schemas/cases.ts';
import { todayInColombia } from '../registration/calls.service.ts';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import { createCase, TEST_PASSWORD } from '../../test/factories.ts';
import { buildWorld, type World } from '../../test/world.ts';
import { cases } from './cases.table.ts';

const ENCOUNTER = {
  occurredOn: '2026-09-10',
  mode: 'in_person',
  durationMinutes: 45,
  notes: 'Visita al local',
  nextSteps: 'Traer el cuaderno de ventas',
  nextStepDueOn: '2026-09-20',
};

describe('case management', () => {
  let ctx: TestContext;
  let w: World;
  const as: Record<string, TestClient> = {};
  let base: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    for (const role of ['coordinator', 'supervisor', 'facilitator', 'mentor', 'owner']) {
      as[role] = new TestClient(ctx.app);
      await as[role].signIn(`${role}@a.test`, TEST_PASSWORD);
    }
    base = `/api/programs/${w.programP.id}`;
  });
  afterAll(() => ctx.close());

  /** A fresh active case of the test facilitator and supervisor in Bucaramanga. */
  const freshCase = async (
    over: { municipalityCode?: string; facilitatorId?: string | null } = {},
  ) =>
    (
      await createCase(ctx.db, {
        organizationId: w.orgA.id,
        programId: w.programP.id,
        municipalityCode: over.municipalityCode ?? '68001',
        facilitatorId:
          over.facilitatorId === undefined ? w.users.facilitator.id : over.facilitatorId,
        supervisorId: w.users.supervisor.id,
      })
    ).case;
  const stageOf = async (id: string) =>
    (await ctx.db.select().from(cases).where(eq(cases.id, id)))[0]!;

  it('shows a facilitator only their cases, on the board and in the list', async () => {
    const board = await as.facilitator!.get(`${base}/board`);
    expect(board.statusCode).toBe(200);
    const ids = board
      .json()
      .columns.flatMap((c: { cards: Array<{ id: string }> }) => c.cards.map((card) => card.id));
    expect(ids).toContain(w.inCase.case.id);
    expect(ids).not.toContain(w.outCase.case.id);
    expect(board.json().columns.map((c: { stage: string }) => c.stage)).toEqual(
      DEFAULT_CASE_SETTINGS.stages.map((s) => s.id),
    );
    const other = await as.facilitator!.get(`${base}/cases/${w.outCase.case.id}`);
    expect(other.statusCode).toBe(404);
    const bad = await as.facilitator!.get(`${base}/board?municipalityCode=Bucaramanga`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('municipalityCode');
  });

  it('stops a move at the gate, says what is missing, and moves once it is there', async () => {
    const c = await freshCase();
    const url = `${base}/cases/${c.id}`;
    const stopped = await as.facilitator!.post(`${url}/move`, {
      stage: 'second_encounter',
      version: c.version,
    });
    expect(stopped.statusCode).toBe(422);
    expect(stopped.json().error.code).toBe('gate_unmet');
    expect(stopped.json().error.fields).toEqual([
      expect.objectContaining({ path: 'gate.encounter_in_stage', code: 'gate.encounter_in_stage' }),
    ]);
    expect((await stageOf(c.id)).stage).toBe('first_encounter');

    const detail = (await as.facilitator!.get(url)).json<TCaseDetail>();
    expect(detail.next).toEqual({
      stage: 'second_encounter',
      missing: [{ kind: 'encounter_in_stage' }],
    });

    const encounter = await as.facilitator!.post(`${url}/encounters`, ENCOUNTER);
    expect(encounter.statusCode, encounter.body).toBe(200);
    const afterEncounter = encounter.json<TCaseDetail>();
    expect(afterEncounter.next?.missing).toEqual([]);
    expect(afterEncounter).toMatchObject({
      encountersInStage: 1,
      lastNextSteps: 'Traer el cuaderno de ventas',
    });
    expect(afterEncounter.nextStep).toEqual({
      text: 'Traer el cuaderno de ventas',
      dueOn: '2026-09-20',
    });

    const skipped = await as.facilitator!.post(`${url}/move`, {
      stage: 'waiting_plan',
      version: afterEncounter.version,
    });
    expect(skipped.statusCode).toBe(422);
    expect(skipped.json().error.code).toBe('stage_skipped');
    expect(skipped.json().error.params).toEqual({ stage: 'second_encounter' });

    const moved = await as.facilitator!.post(`${url}/move`, {
      stage: 'second_encounter',
      version: afterEncounter.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const now = moved.json<TCaseDetail>();
    expect(now.stage).toBe('second_encounter');
    expect(now.timeline.map((t) => t.kind)).toEqual(
      expect.arrayContaining(['stage_changed', 'encounter', 'registered']),
    );
    expect(now.timeline.find((t) => t.kind === 'stage_changed')?.detail).toEqual({
      from: 'first_encounter',
      to: 'second_encounter',
    });
    // The gate of the next stage starts over: a new encounter is needed in this stage.
    expect(now.next?.missing).toEqual([{ kind: 'encounter_in_stage' }]);
  });

  it('records the encounter a gate asked for and moves, in one request', async () => {
    const c = await freshCase();
    const res = await as.facilitator!.post(`${base}/cases/${c.id}/move`, {
      stage: 'second_encounter',
      version: c.version,
      encounter: { ...ENCOUNTER, mode: 'phone', durationMinutes: 15 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().stage).toBe('second_encounter');
    expect(res.json().encounterCount).toBe(1);
  });

  it('gives the second of two simultaneous moves a conflict and loses nothing', async () => {
    const c = await freshCase();
    await as.facilitator!.post(`${base}/cases/${c.id}/encounters`, ENCOUNTER);
    const { version } = await stageOf(c.id);
    const [a, b] = await Promise.all([
      as.facilitator!.post(`${base}/cases/${c.id}/move`, { stage: 'second_encounter', version }),
      as.supervisor!.post(`${base}/cases/${c.id}/withdraw`, {
        reason: 'not_interested',
        note: '',
        version,
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const row = await stageOf(c.id);
    expect(row.version).toBe(version + 1);
    // Exactly one of the two happened: moved and still active, or withdrawn where it was.
    const outcome = `${row.stage}/${row.status}`;
    expect(['second_encounter/active', 'first_encounter/withdrawn']).toContain(outcome);
    expect(outcome).toBe(
      a.statusCode === 200 ? 'second_encounter/active' : 'first_encounter/withdrawn',
    );
    const stale = await as.facilitator!.post(`${base}/cases/${c.id}/encounters`, ENCOUNTER);
    expect([200, 409]).toContain(stale.statusCode);
  });

  it('withdraws with a reason from the list, keeps the stage, reports it, and reactivates', async () => {
    const c = await freshCase();
    const url = `${base}/cases/${c.id}`;
    const noReason = await as.facilitator!.post(`${url}/withdraw`, { note: 'x', version: 1 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.map((f: { path: string }) => f.path)).toContain('reason');
    const unknown = await as.facilitator!.post(`${url}/withdraw`, {
      reason: 'se_aburrio',
      version: 1,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0]).toMatchObject({
      path: 'reason',
      code: 'unknown_reason',
    });

    const done = await as.facilitator!.post(`${url}/withdraw`, {
      reason: 'business_closed',
      note: 'Cerró el local en septiembre',
      version: 1,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'withdrawn',
      stage: 'first_encounter',
      withdrawalReason: 'business_closed',
    });
    const move = await as.facilitator!.post(`${url}/move`, {
      stage: 'second_encounter',
      version: done.json().version,
    });
    expect(move.statusCode).toBe(409);
    expect(move.json().error.code).toBe('case_not_active');

    const report = (await as.coordinator!.get(`${base}/cases/report`)).json();
    expect(report.withdrawals).toContainEqual({
      reason: 'business_closed',
      stage: 'first_encounter',
      count: 1,
    });

    const byFacilitator = await as.facilitator!.post(`${url}/reactivate`, {
      note: 'Reabrió',
      version: done.json().version,
    });
    expect(byFacilitator.statusCode).toBe(403);
    const back = await as.supervisor!.post(`${url}/reactivate`, {
      note: 'Reabrió en otro local',
      version: done.json().version,
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 'active', stage: 'first_encounter' });
    expect(back.json().timeline.map((t: { kind: string }) => t.kind)).toEqual(
      expect.arrayContaining(['withdrawn', 'reactivated']),
    );
  });

  it('refuses bad encounters with field paths', async () => {
    const c = await freshCase();
    const url = `${base}/cases/${c.id}/encounters`;
    const future = await as.facilitator!.post(url, { ...ENCOUNTER, occurredOn: '2099-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0].path).toBe('occurredOn');
    const zero = await as.facilitator!.post(url, { ...ENCOUNTER, durationMinutes: 0, mode: 'fax' });
    expect(zero.statusCode).toBe(400);
    expect(
      zero
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['durationMinutes', 'mode']);
    const byMentor = await as.mentor!.post(url, ENCOUNTER);
    expect(byMentor.statusCode).toBe(403);
  });

  it('assigns within caseload limits: warns over the recommended, refuses over the maximum', async () => {
    const put = await as.coordinator!.put(`${base}/case-settings`, {
      ...DEFAULT_CASE_SETTINGS,
      caseload: { recommended: 2, maximum: 3 },
    });
    expect(put.statusCode, put.body).toBe(200);
    const facilitatorId = w.otherFacilitator.id;
    const staff = (await as.supervisor!.get(`${base}/cases/staff`)).json();
    const before = staff.facilitators.find((f: { userId: string }) => f.userId === facilitatorId);
    // The other facilitator already has the Cúcuta case, but it is withdrawn: zero active.
    expect(before.active).toBe(0);

    const [a, b, c2, d] = [
      await freshCase({ facilitatorId: null }),
      await freshCase({ facilitatorId: null }),
      await freshCase({ facilitatorId: null }),
      await freshCase({ facilitatorId: null }),
    ];
    const two = await as.supervisor!.post(`${base}/cases/assign`, {
      caseIds: [a.id, b.id],
      facilitatorId,
    });
    expect(two.statusCode, two.body).toBe(200);
    expect(two.json().caseloads).toEqual([
      expect.objectContaining({ userId: facilitatorId, active: 2 }),
    ]);

    const over = await as.supervisor!.post(`${base}/cases/assign`, {
      caseIds: [c2.id],
      facilitatorId,
    });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.code).toBe('caseload_over_recommended');
    const confirmed = await as.supervisor!.post(`${base}/cases/assign`, {
      caseIds: [c2.id],
      facilitatorId,
      confirmOverRecommended: true,
    });
    expect(confirmed.statusCode).toBe(200);
    const max = await as.supervisor!.post(`${base}/cases/assign`, {
      caseIds: [d.id],
      facilitatorId,
      confirmOverRecommended: true,
    });
    expect(max.statusCode).toBe(422);
    expect(max.json().error.code).toBe('caseload_exceeded');
    expect((await stageOf(d.id)).facilitatorId).toBeNull();

    const history = (await as.supervisor!.get(`${base}/cases/${a.id}`)).json<TCaseDetail>();
    expect(history.timeline.find((t) => t.kind === 'assigned')?.detail).toMatchObject({
      facilitator: { from: null, to: facilitatorId },
    });

    // A supervisor of Bucaramanga cannot reach a Cúcuta case, by id or by filter.
    const cucuta = await freshCase({ municipalityCode: '54001', facilitatorId: null });
    const outside = await as.supervisor!.post(`${base}/cases/assign`, {
      caseIds: [cucuta.id],
      supervisorId: w.users.supervisor.id,
    });
    expect(outside.statusCode).toBe(404);
    const byFilter = await as.supervisor!.post(`${base}/cases/assign`, {
      filter: { municipalityCode: '54001' },
      supervisorId: w.users.supervisor.id,
    });
    expect(byFilter.statusCode).toBe(200);
    expect(byFilter.json().assigned).toBe(0);
    const both = await as.supervisor!.post(`${base}/cases/assign`, {
      caseIds: [a.id],
      filter: { municipalityCode: '68001' },
      facilitatorId,
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.fields[0].path).toBe('caseIds');
    await as.coordinator!.put(`${base}/case-settings`, DEFAULT_CASE_SETTINGS);
  });

  it('will not remove a stage that still holds cases', async () => {
    const res = await as.coordinator!.put(`${base}/case-settings`, {
      ...DEFAULT_CASE_SETTINGS,
      stages: DEFAULT_CASE_SETTINGS.stages.filter((s) => s.id !== 'first_encounter'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'stages', code: 'stage_in_use' });
    const bySupervisor = await as.supervisor!.put(`${base}/case-settings`, DEFAULT_CASE_SETTINGS);
    expect(bySupervisor.statusCode).toBe(403);
  });

  it('lists, searches, sorts and pages, and exports formula-safe', async () => {
    const weird = await createCase(ctx.db, {
      organizationId: w.orgA.id,
      programId: w.programP.id,
      facilitatorId: w.users.facilitator.id,
    });
    await ctx.db
      .update(cases)
      .set({ businessName: '=HYPERLINK("x") Panadería Ñandú' })
      .where(eq(cases.id, weird.case.id));
    const found = await as.facilitator!.get(`${base}/cases?q=nandu`);
    expect(found.json().items.map((c: { id: string }) => c.id)).toEqual([weird.case.id]);
    const page = await as.coordinator!.get(
      `${base}/cases?sort=name&direction=desc&pageSize=2&page=1`,
    );
    const all = await as.coordinator!.get(`${base}/cases?sort=name&direction=desc&pageSize=200`);
    expect(page.json().items).toEqual(all.json().items.slice(0, 2));
    expect(page.json().total).toBe(all.json().total);
    const names = all.json().items.map((c: { businessName: string }) => c.businessName);
    expect(names).toEqual([...names].sort().reverse());
    const csv = await as.facilitator!.get(`${base}/cases/export?format=csv&q=nandu`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(`'=HYPERLINK`);
    expect(csv.body).not.toContain(w.outCase.business.name);
  });

  it('puts overdue and coming next steps and quiet cases on the agenda, within the scope', async () => {
    const today = todayInColombia();
    const shift = (days: number) => {
      const d = new Date(`${today}T12:00:00Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return d.toISOString().slice(0, 10);
    };
    const [late, soon, quiet] = [await freshCase(), await freshCase(), await freshCase()];
    const recent = { lastEncounterOn: shift(-1) };
    await ctx.db
      .update(cases)
      .set({ ...recent, nextStep: 'Traer facturas', nextStepDueOn: shift(-3) })
      .where(eq(cases.id, late.id));
    await ctx.db
      .update(cases)
      .set({ ...recent, nextStep: 'Llamar', nextStepDueOn: shift(2) })
      .where(eq(cases.id, soon.id));
    await ctx.db
      .update(cases)
      .set({ lastEncounterOn: shift(-40) })
      .where(eq(cases.id, quiet.id));
    // Someone else's overdue case in Cúcuta.
    const elsewhere = await freshCase({
      municipalityCode: '54001',
      facilitatorId: w.otherFacilitator.id,
    });
    await ctx.db
      .update(cases)
      .set({ nextStep: 'x', nextStepDueOn: shift(-5) })
      .where(eq(cases.id, elsewhere.id));

    const mine = (await as.facilitator!.get(`${base}/agenda`)).json<TAgenda>();
    expect(mine.today).toBe(today);
    expect(mine.overdue.map((c) => c.id)).toContain(late.id);
    expect(mine.overdue.find((c) => c.id === late.id)).toMatchObject({
      nextStep: 'Traer facturas',
      daysSinceContact: 1,
    });
    expect(mine.dueSoon.map((c) => c.id)).toEqual([soon.id]);
    expect(mine.stalled.map((c) => c.id)).toContain(quiet.id);
    expect(mine.stalled.find((c) => c.id === quiet.id)?.daysSinceContact).toBe(40);
    expect(mine.stalled.map((c) => c.id)).not.toContain(late.id);
    expect(JSON.stringify(mine)).not.toContain(elsewhere.id);
    expect(mine.facilitators.map((f) => f.userId)).toEqual([w.users.facilitator.id]);
    expect(mine.totals.dueSoon).toBe(1);

    const all = (await as.coordinator!.get(`${base}/agenda`)).json<TAgenda>();
    expect(all.overdue.map((c) => c.id)).toEqual(expect.arrayContaining([late.id, elsewhere.id]));
    const other = all.facilitators.find((f) => f.userId === w.otherFacilitator.id);
    expect(other?.overdue).toBeGreaterThanOrEqual(1);
  });

  it('attaches a photo or PDF to an encounter, refuses big or disguised files, and opens it', async () => {
    const c = await freshCase();
    const detail = (
      await as.facilitator!.post(`${base}/cases/${c.id}/encounters`, ENCOUNTER)
    ).json<TCaseDetail>();
    const encounterId = detail.encounters[0]!.id;
    const url = `${base}/cases/${c.id}/encounters/${encounterId}/attachments`;
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72,
    ]);
    const ok = await as.facilitator!.upload(url, 'local.png', png);
    expect(ok.statusCode, ok.body).toBe(200);
    const attachment = ok.json<TCaseDetail>().encounters[0]!.attachments[0]!;
    expect(attachment).toMatchObject({
      originalName: 'local.png',
      mimeType: 'image/png',
      sizeBytes: 14,
    });

    const exe = await as.facilitator!.upload(
      url,
      'factura.pdf',
      new Uint8Array(Buffer.from('MZ\x90\x00 not a pdf at all')),
    );
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.fields[0]).toMatchObject({
      path: 'file',
      code: 'document_type_not_allowed',
    });
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(Buffer.from('%PDF-1.7\n'));
    const tooBig = await as.facilitator!.upload(url, 'grande.pdf', big);
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.fields[0]).toMatchObject({
      path: 'file',
      code: 'document_too_large',
    });
    const huge = await as.facilitator!.upload(url, 'enorme.pdf', new Uint8Array(21 * 1024 * 1024));
    expect(huge.statusCode).toBe(413);
    const files = (await as.facilitator!.get(`${base}/cases/${c.id}`)).json<TCaseDetail>()
      .encounters[0]!.attachments;
    expect(files).toHaveLength(1);

    const opened = await as.supervisor!.get(`${base}/cases/${c.id}/attachments/${attachment.id}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-type']).toBe('image/png');
    expect(new Uint8Array(opened.rawPayload)).toEqual(png);
    const wrongEncounter = await as.facilitator!.upload(
      `${base}/cases/${w.inCase.case.id}/encounters/${encounterId}/attachments`,
      'x.png',
      png,
    );
    expect(wrongEncounter.statusCode).toBe(404);
    const byMentor = await as.mentor!.upload(url, 'x.png', png);
    expect(byMentor.statusCode).toBe(403);
  });
});
