import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GRANT_SETTINGS } from '../../../shared/schemas/grants.ts';
import type { TCaseGrant, TGrantReport } from '../../../shared/schemas/grants.ts';
import {
  createTestContext,
  multipartRequest,
  TestClient,
  type TestContext,
} from '../../test/app.ts';
import { createCase, TEST_PASSWORD } from '../../test/factories.ts';
import { grantOf, MILLION, PLAN_ITEMS } from '../../test/grants.ts';
import { buildWorld, type World } from '../../test/world.ts';
import { todayInColombia } from '../registration/calls.service.ts';

type Res = { statusCode: number; json: <T = unknown>() => T };
const fields = (res: Res) =>
  (res.json<{ error: { fields?: Array<{ path: string; code: string }> } }>().error.fields ?? [])
    .map((f) => `${f.path}:${f.code}`)
    .sort();
const error = (res: Res) =>
  res.json<{ error: { code: string; params?: Record<string, unknown> } }>().error;
const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n'));

describe('grants: investment plan, policy, ledger, receipts, settlement, report', () => {
  let ctx: TestContext;
  let w: World;
  const as: Record<string, TestClient> = {};
  let base: string;
  let caseId: string;
  let url: string;
  const today = todayInColombia();

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    for (const role of ['coordinator', 'case_coordinator', 'facilitator', 'mentor', 'researcher'])
      await (as[role] = new TestClient(ctx.app)).signIn(`${role}@a.test`, TEST_PASSWORD);
    base = `/api/programs/${w.programP.id}`;
    caseId = (
      await createCase(ctx.db, {
        organizationId: w.orgA.id,
        programId: w.programP.id,
        municipalityCode: '68001',
        facilitatorId: w.users.facilitator.id,
        supervisorId: w.users.supervisor.id,
      })
    ).case.id;
    url = `${base}/cases/${caseId}/grant`;
  });
  afterAll(() => ctx.close());

  it('keeps grant settings as validated data', async () => {
    const read = await as.coordinator!.get(`${base}/grant-settings`);
    expect(read.json()).toEqual({ settings: DEFAULT_GRANT_SETTINGS, tracks: [] });
    const bad = await as.coordinator!.put(`${base}/grant-settings`, {
      ...DEFAULT_GRANT_SETTINGS,
      capMinor: 0,
      categories: [],
    });
    expect(fields(bad)).toEqual(['capMinor:too_small', 'categories:too_small']);
    const track = await as.coordinator!.put(`${base}/grant-settings`, {
      ...DEFAULT_GRANT_SETTINGS,
      trainingTrackId: caseId,
    });
    expect(fields(track)).toEqual(['trainingTrackId:unknown_track']);
    expect(
      (await as.facilitator!.put(`${base}/grant-settings`, DEFAULT_GRANT_SETTINGS)).statusCode,
    ).toBe(403);
  });

  it('builds the plan within categories and cap; the owner accepts; another person approves', async () => {
    const over = await as.facilitator!.put(`${url}/plan`, {
      items: [
        PLAN_ITEMS[0],
        { ...PLAN_ITEMS[1], category: 'equipment' },
        { ...PLAN_ITEMS[1], unitCostMinor: 7 * MILLION },
      ],
    });
    expect(fields(over)).toEqual(['items.1.category:category_not_allowed', 'items:total_over_cap']);
    const message = over
      .json<{ error: { fields: Array<{ path: string; message: string }> } }>()
      .error.fields.find((f) => f.path === 'items')!.message;
    expect(message.replace(/\s/g, ' ')).toContain('$ 8.000.000');
    expect(error(over).code).toBe('validation_failed');
    const fractional = await as.facilitator!.put(`${url}/plan`, {
      items: [
        { ...PLAN_ITEMS[0], unitCostMinor: 10.5 },
        { ...PLAN_ITEMS[1], quantity: -1 },
      ],
    });
    expect(fields(fractional)).toEqual([
      'items.0.unitCostMinor:invalid_type',
      'items.1.quantity:too_small',
    ]);
    expect((await as.mentor!.put(`${url}/plan`, { items: PLAN_ITEMS })).statusCode).toBe(403);
    expect(
      (
        await as.facilitator!.put(`${base}/cases/${w.outCase.case.id}/grant/plan`, {
          items: PLAN_ITEMS,
        })
      ).statusCode,
    ).toBe(404);

    // The case coordinator builds it, so cannot approve it.
    let g = (
      await as.case_coordinator!.put(`${url}/plan`, { items: PLAN_ITEMS })
    ).json<TCaseGrant>();
    expect(g.plan).toMatchObject({ status: 'draft', totalMinor: 5 * MILLION, version: 1 });
    expect(
      fields(
        await as.facilitator!.post(`${url}/plan/accept`, {
          acceptedOn: '2999-01-01',
          via: 'signature',
          version: 1,
        }),
      ),
    ).toEqual(['acceptedOn:date_in_future']);
    expect(error(await as.case_coordinator!.post(`${url}/plan/approve`, { version: 1 })).code).toBe(
      'plan_not_accepted',
    );
    g = (
      await as.facilitator!.post(`${url}/plan/accept`, {
        acceptedOn: today,
        via: 'signature',
        version: 1,
      })
    ).json<TCaseGrant>();
    expect(g.plan).toMatchObject({ status: 'accepted', acceptedVia: 'signature', version: 2 });
    const own = await as.case_coordinator!.post(`${url}/plan/approve`, { version: 2 });
    expect(own.statusCode).toBe(409);
    expect(error(own).code).toBe('approver_is_author');
    expect(error(await as.coordinator!.post(`${url}/plan/approve`, { version: 1 })).code).toBe(
      'conflict',
    );
    g = (await as.coordinator!.post(`${url}/plan/approve`, { version: 2 })).json<TCaseGrant>();
    expect(g.plan!.status).toBe('approved');
    expect(g.grant).toMatchObject({
      approvedMinor: 5 * MILLION,
      disbursedMinor: 0,
      status: 'open',
    });
    expect(
      error(await as.facilitator!.put(`${url}/plan`, { items: PLAN_ITEMS, version: 3 })).code,
    ).toBe('plan_approved');
  });

  it('refuses a disbursement while a prerequisite is missing, with the reason', async () => {
    const body = { tranche: 1, amountMinor: MILLION, paidOn: today, reference: 'TRF-001' };
    const early = await as.coordinator!.post(`${url}/disbursements`, body);
    expect(early.statusCode).toBe(409);
    expect(error(early)).toMatchObject({
      code: 'prerequisite_missing',
      params: { missing: 'policy, training', reasons: 'no_policy, no_track' },
    });
    expect((await as.facilitator!.post(`${url}/disbursements`, body)).statusCode).toBe(403);
    await as.coordinator!.put(`${base}/grant-settings`, {
      ...DEFAULT_GRANT_SETTINGS,
      prerequisites: ['policy', 'plan_approved'],
      tranches: 2,
    });
    const policy = {
      insurer: 'Seguros Bolívar',
      number: 'POL-778',
      issuedOn: today,
      expiresOn: '2020-01-01',
      insuredMinor: 3 * MILLION,
    };
    expect(fields(await as.facilitator!.put(`${url}/policy`, policy))).toEqual([
      'expiresOn:expires_before_issue',
    ]);
    const saved = (
      await as.facilitator!.put(`${url}/policy`, { ...policy, expiresOn: '2099-12-31' })
    ).json<TCaseGrant>();
    expect(saved.policy).toMatchObject({ valid: true, daysFromApproval: 0, document: null });
    expect(saved.prerequisites.every((p) => p.met)).toBe(true);
    const doc = await as.facilitator!.request(
      multipartRequest(`${url}/policy/document`, 'poliza.pdf', PDF),
    );
    expect(doc.json<TCaseGrant>().policy!.document).toMatchObject({ mimeType: 'application/pdf' });
    const fake = await as.facilitator!.request(
      multipartRequest(`${url}/policy/document`, 'poliza.pdf', new TextEncoder().encode('hola')),
    );
    expect(fields(fake)).toEqual(['file:document_type_not_allowed']);
  });

  it('disburses within the approved amount only, reverses with a new entry', async () => {
    const body = { tranche: 1, amountMinor: 3 * MILLION, paidOn: today, reference: 'TRF-002' };
    expect(
      fields(await as.coordinator!.post(`${url}/disbursements`, { ...body, tranche: 3 })),
    ).toEqual(['tranche:tranche_beyond_settings']);
    expect(
      fields(await as.coordinator!.post(`${url}/disbursements`, { ...body, amountMinor: -5 })),
    ).toEqual(['amountMinor:too_small']);
    expect(
      fields(await as.coordinator!.post(`${url}/disbursements`, { ...body, amountMinor: 1.5 })),
    ).toEqual(['amountMinor:invalid_type']);
    const first = await as.coordinator!.post(`${url}/disbursements`, body);
    expect(first.json<TCaseGrant>().grant!.disbursedMinor).toBe(3 * MILLION);
    // Two tranches of 2 million at once: only one fits in the 2 million left.
    const both = await Promise.all([
      as.coordinator!.post(`${url}/disbursements`, {
        ...body,
        tranche: 2,
        amountMinor: 2 * MILLION,
        reference: 'TRF-A',
      }),
      as.coordinator!.post(`${url}/disbursements`, {
        ...body,
        tranche: 2,
        amountMinor: 2 * MILLION,
        reference: 'TRF-B',
      }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(error(both.find((r) => r.statusCode === 409)!).code).toBe('grant_exceeded');
    let g = (await as.coordinator!.get(url)).json<TCaseGrant>();
    expect(g.grant!.disbursedMinor).toBe(5 * MILLION);
    expect(g.ledger.reduce((s, e) => s + e.amountMinor, 0)).toBe(5 * MILLION);

    const second = g.ledger[1]!;
    g = (
      await as.coordinator!.post(`${url}/disbursements/${second.id}/reverse`, {
        reason: 'Cuenta bancaria equivocada',
      })
    ).json<TCaseGrant>();
    expect(g.grant!.disbursedMinor).toBe(3 * MILLION);
    expect(g.ledger.map((e) => [e.amountMinor, e.reversed])).toEqual([
      [3 * MILLION, false],
      [2 * MILLION, true],
      [-2 * MILLION, false],
    ]);
    expect(
      error(
        await as.coordinator!.post(`${url}/disbursements/${second.id}/reverse`, {
          reason: 'Otra vez la misma',
        }),
      ).code,
    ).toBe('already_reversed');
  });

  it('lets 50 simultaneous disbursements at one grant take exactly its approved amount', async () => {
    const c = (
      await createCase(ctx.db, {
        organizationId: w.orgA.id,
        programId: w.programP.id,
        municipalityCode: '68001',
        facilitatorId: w.users.facilitator.id,
        supervisorId: w.users.supervisor.id,
      })
    ).case;
    const g = await grantOf(ctx.db, w, c.id, 'policy');
    const tenth = g.grant!.approvedMinor / 10;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        as.coordinator!.post(`${base}/cases/${c.id}/grant/disbursements`, {
          tranche: 1,
          amountMinor: tenth,
          paidOn: today,
          reference: `TRF-P${i}`,
        }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(10);
    expect(
      results
        .filter((r) => r.statusCode === 409)
        .map(error)
        .every((e) => e.code === 'grant_exceeded'),
    ).toBe(true);
    const after = (await as.coordinator!.get(`${base}/cases/${c.id}/grant`)).json<TCaseGrant>();
    expect(after.grant!.disbursedMinor).toBe(g.grant!.approvedMinor);
    expect(after.ledger.reduce((sum, e) => sum + e.amountMinor, 0)).toBe(g.grant!.approvedMinor);
  });

  it('takes receipts per item and settles, recording what is to be returned', async () => {
    const g = (await as.facilitator!.get(url)).json<TCaseGrant>();
    const [flour, registry] = g.plan!.items;
    const receipt = (itemId: string, amountMinor: number, bytes = PDF) =>
      as.facilitator!.request(
        multipartRequest(`${url}/receipts`, 'factura.pdf', bytes, {
          itemId,
          amountMinor: String(amountMinor),
          issuedOn: today,
          supplier: 'Distribuidora El Trigal',
        }),
      );
    expect(fields(await receipt(caseId, 100))).toEqual(['itemId:unknown_item']);
    expect(fields(await receipt(flour!.id, 0))).toEqual(['amountMinor:amount_not_whole']);
    const after = (await receipt(flour!.id, 2 * MILLION)).json<TCaseGrant>();
    expect(after.grant).toMatchObject({ executedMinor: 2 * MILLION, executionPercent: 66.7 });
    const missing = await as.coordinator!.post(`${url}/settle`, {});
    expect(error(missing)).toMatchObject({ code: 'receipts_missing', params: { items: 1 } });
    await receipt(registry!.id, 800_000_00);
    const settled = (
      await as.coordinator!.post(`${url}/settle`, { note: 'Compró menos harina' })
    ).json<TCaseGrant>();
    // 3 million disbursed, 2.8 million justified: 200,000 to be returned.
    expect(settled.grant).toMatchObject({
      status: 'settled',
      settlement: { toReturnMinor: 200_000_00, note: 'Compró menos harina' },
    });
    expect(settled.grant!.settlement!.settledByName).toBe('Persona coordinator');
    const closed = await as.facilitator!.put(`${url}/policy`, {
      insurer: 'Otra',
      number: 'POL-9',
      issuedOn: today,
      expiresOn: '2099-01-01',
      insuredMinor: 1,
    });
    expect(error(closed).code).toBe('grant_settled');
    expect(
      error(
        await as.coordinator!.post(`${url}/disbursements`, {
          tranche: 2,
          amountMinor: 1,
          paidOn: today,
          reference: 'TRF-009',
        }),
      ).code,
    ).toBe('grant_settled');
    const file = await as.facilitator!.get(`${url}/receipts/${settled.receipts[0]!.id}`);
    expect(file.headers['content-type']).toContain('application/pdf');
  });

  it('disburses a tranche to every eligible grant in one batch and reports figures that add up', async () => {
    const ready: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = (
        await createCase(ctx.db, {
          organizationId: w.orgA.id,
          programId: w.programP.id,
          municipalityCode: '68001',
          facilitatorId: w.users.facilitator.id,
          supervisorId: w.users.supervisor.id,
        })
      ).case;
      await grantOf(ctx.db, w, c.id, i < 2 ? 'policy' : 'approved');
      ready.push(c.id);
    }
    const batch = await as.coordinator!.post(`${base}/grants/disburse-batch`, {
      tranche: 1,
      paidOn: today,
      referencePrefix: 'LOTE-1',
      percent: 50,
    });
    expect(batch.json()).toEqual({
      disbursed: 2,
      totalMinor: 5 * MILLION,
      skipped: [{ caseId: ready[2], reasons: ['no_policy'] }],
    });
    const report = (await as.researcher!.get(`${base}/grants/report`)).json<TGrantReport>();
    const r = report.reconciliation;
    expect(r.approvedMinor).toBe(5 * 5 * MILLION);
    expect(r.disbursedMinor).toBe(3 * MILLION + 5 * MILLION + 5 * MILLION);
    expect(r.approvedMinor).toBe(r.disbursedMinor + r.toDisburseMinor);
    expect(r.disbursedMinor).toBe(r.executedMinor + r.toReturnMinor + r.unjustifiedOpenMinor);
    expect(r).toMatchObject({ executedMinor: 2_800_000_00, toReturnMinor: 200_000_00 });
    expect(r.ledgerSumMinor).toBe(r.disbursedMinor);
    expect(report.byLocality).toEqual([
      {
        key: '68001',
        grants: 5,
        approvedMinor: 25 * MILLION,
        disbursedMinor: 13 * MILLION,
        executedMinor: 2_800_000_00,
        pendingSettlement: 3,
      },
    ]);
    expect(report.days.selectionToPolicy).not.toBeNull();
    expect((await as.facilitator!.get(`${base}/grants/report`)).statusCode).toBe(403);
    const outside = await as.coordinator!.get(`${base}/grants/report?municipalityCode=11001`);
    expect(fields(outside)).toEqual(['municipalityCode:not_program_city']);
  });
});
