/**
 * Disbursement workload: 4,000 beneficiaries with approved grants and valid policies; one tranche
 * disbursed to all in one batch (prerequisites checked, the whole ledger written in one
 * statement, each grant kept within its approved amount by the database), then the report's
 * reconciliation — in-process on in-memory PGlite.
 */
import { bulkInsert } from '../server/db/bulk.ts';
import { refreshStatistics } from '../server/db/client.ts';
import { uuidv7 } from '../server/db/columns.ts';
import { saveGrantSettings } from '../server/modules/grants/grants.repo.ts';
import { disburseBatch, getGrantReport } from '../server/modules/grants/grants.report.ts';
import { grantPolicies, grants } from '../server/modules/grants/grants.table.ts';
import { todayInColombia } from '../server/modules/registration/calls.service.ts';
import { DEFAULT_GRANT_SETTINGS } from '../shared/schemas/grants.ts';
import { seedCases } from './cases.ts';

export async function disburseWorkload(n: number) {
  const { database, db, actor, access, programId, rows } = await seedCases(n);
  const active = rows.filter((r) => r.case.status === 'active');
  await saveGrantSettings(db, programId, {
    ...DEFAULT_GRANT_SETTINGS,
    prerequisites: ['policy', 'plan_approved'],
  });
  const today = todayInColombia();
  await bulkInsert(
    db,
    grants,
    active.map((r, i) => ({
      businessId: r.case.businessId,
      id: uuidv7(),
      caseId: r.case.id,
      programId,
      currency: 'COP',
      approvedMinor: 500_000_000 + (i % 7) * 43_210_000,
      approvedAt: new Date(Date.now() - 20 * 86_400_000),
    })),
  );
  await bulkInsert(
    db,
    grantPolicies,
    active.map((r, i) => ({
      businessId: r.case.businessId,
      id: uuidv7(),
      caseId: r.case.id,
      programId,
      insurer: 'Seguros Bolívar',
      number: `POL-${i}`,
      issuedOn: '2026-10-01',
      expiresOn: '2027-10-01',
      insuredMinor: 300_000_000,
    })),
  );
  await refreshStatistics(db);

  let t = performance.now();
  const batch = await disburseBatch({
    db,
    actor,
    access,
    body: { tranche: 1, paidOn: today, referencePrefix: 'LOTE-1', percent: 100 },
  });
  const batchSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const report = await getGrantReport({ db, access });
  const reportSeconds = (performance.now() - t) / 1000;
  await database.close();
  const r = report.reconciliation;
  if (batch.disbursed !== active.length || r.ledgerSumMinor !== r.disbursedMinor)
    throw new Error(`batch ${JSON.stringify(batch)} / ${JSON.stringify(r)}`);
  if (r.disbursedMinor !== r.approvedMinor || r.toDisburseMinor !== 0)
    throw new Error(`reconciliation does not add up: ${JSON.stringify(r)}`);
  return {
    batchSeconds,
    reportSeconds,
    beneficiaries: active.length,
    totalMinor: batch.totalMinor,
  };
}
