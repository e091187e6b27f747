import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/app.ts';
import { buildWorld, type World } from '../../test/world.ts';
import { findGrant, insertGrant, ledgerOf } from './grants.repo.ts';
import { grantDisbursements } from './grants.table.ts';
import { recordDisbursement } from './ledger.service.ts';

const MILLION = 100_000_000; // COP 1,000,000 in centavos

describe('the disbursement ledger', () => {
  let ctx: TestContext;
  let w: World;
  let grantId: string;
  const entry = (amountMinor: number, extra: Record<string, unknown> = {}) => ({
    businessId: w.inCase.case.businessId,
    grantId,
    programId: w.programP.id,
    tranche: 1,
    amountMinor,
    paidOn: '2026-11-20',
    reference: `TRF-${Math.random().toString(36).slice(2, 8)}`,
    recordedBy: w.users.coordinator.id,
    ...extra,
  });

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    const grant = await insertGrant(ctx.db, {
      businessId: w.inCase.case.businessId,
      caseId: w.inCase.case.id,
      programId: w.programP.id,
      currency: 'COP',
      approvedMinor: 8 * MILLION,
    });
    grantId = grant.id;
  });
  afterAll(() => ctx.close());

  it('never disburses more than approved, even with 50 disbursements at once', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => recordDisbursement(ctx.db, entry(MILLION))),
    );
    const done = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(done).toHaveLength(8);
    expect(refused.every((r) => (r.reason as { code?: string }).code === 'grant_exceeded')).toBe(
      true,
    );
    const grant = await findGrant(ctx.db, grantId);
    const ledger = await ledgerOf(ctx.db, grantId);
    expect(grant!.disbursedMinor).toBe(8 * MILLION);
    expect(ledger.reduce((s, e) => s + e.amountMinor, 0)).toBe(8 * MILLION);
    expect(ledger).toHaveLength(8);
  });

  it('keeps the ledger append-only: a correction is a reversing entry', async () => {
    const [first] = await ledgerOf(ctx.db, grantId);
    await expect(
      ctx.db
        .update(grantDisbursements)
        .set({ amountMinor: 1 })
        .where(eq(grantDisbursements.id, first!.id)),
    ).rejects.toThrow();
    await expect(
      ctx.db.delete(grantDisbursements).where(eq(grantDisbursements.id, first!.id)),
    ).rejects.toThrow();
    await recordDisbursement(ctx.db, entry(-first!.amountMinor, { reversesId: first!.id }));
    expect((await findGrant(ctx.db, grantId))!.disbursedMinor).toBe(7 * MILLION);
    // The same entry cannot be reversed twice; a reversal names its entry.
    await expect(
      recordDisbursement(ctx.db, entry(-first!.amountMinor, { reversesId: first!.id })),
    ).rejects.toThrow();
    await expect(recordDisbursement(ctx.db, entry(-MILLION))).rejects.toMatchObject({
      code: 'validation_failed',
    });
    // The freed million can be disbursed again, and not a peso more.
    await recordDisbursement(ctx.db, entry(MILLION));
    await expect(recordDisbursement(ctx.db, entry(100))).rejects.toMatchObject({
      code: 'grant_exceeded',
    });
    expect((await findGrant(ctx.db, grantId))!.disbursedMinor).toBe(8 * MILLION);
  });

  it('refuses fractional or zero amounts before they reach the ledger', async () => {
    await expect(recordDisbursement(ctx.db, entry(1.5))).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(recordDisbursement(ctx.db, entry(0))).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });
});
