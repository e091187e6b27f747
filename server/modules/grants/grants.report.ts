/**
 * Program-wide grant work: one tranche to every eligible grant in a batch, and the report by
 * locality and priority group with a reconciliation that adds up to the peso.
 */
import { prerequisiteStates } from '../../../shared/domain/grants/rules.ts';
import type { TGrantReport } from '../../../shared/schemas/grants.ts';
import type { Db } from '../../db/client.ts';
import { uuidv7 } from '../../db/columns.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { invalidFields } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { casePopulation, type CasePopulation } from '../cases/cases.policy.ts';
import { requireProgramCity } from '../programs/programs.repo.ts';
import { todayInColombia } from '../registration/calls.service.ts';
import { trackProgress } from '../training/completion.ts';
import * as repo from './grants.repo.ts';
import { loadGrantSettings } from './grants.service.ts';

/**
 * Disburses a tranche (a share of each approved amount, never more than what remains) to every
 * open grant of an active case whose prerequisites are met; the others are listed with why. One
 * statement writes the whole ledger batch; the database keeps each grant within its approved
 * amount, so the batch is all or nothing.
 */
export async function disburseBatch(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  body: { tranche: number; paidOn: string; referencePrefix: string; percent: number };
}) {
  const { actor, access, body } = options;
  const programId = access.programId;
  return options.db.transaction(async (tx) => {
    const settings = await loadGrantSettings(tx, programId);
    if (body.tranche > settings.tranches)
      throw invalidFields([
        {
          path: 'tranche',
          code: 'tranche_beyond_settings',
          params: { tranches: settings.tranches },
        },
      ]);
    const open = await repo.openGrants(tx, programId);
    const caseIds = open.map((g) => g.caseId);
    const [policies, training] = await Promise.all([
      repo.policiesOfCases(tx, caseIds),
      settings.trainingTrackId
        ? trackProgress(tx, { programId, trackId: settings.trainingTrackId, caseIds })
        : Promise.resolve(null),
    ]);
    const policyOf = new Map(policies.map((p) => [p.caseId, p]));
    const today = todayInColombia();
    const rows = [];
    const skipped: Array<{ caseId: string; reasons: string[] }> = [];
    let totalMinor = 0;
    for (const g of open) {
      const missing = prerequisiteStates(
        settings,
        {
          planApproved: true,
          policy: policyOf.get(g.caseId) ?? null,
          trainingCompleted: training ? (training.get(g.caseId)?.completed ?? false) : null,
        },
        today,
      ).filter((s) => !s.met);
      if (missing.length > 0) {
        skipped.push({ caseId: g.caseId, reasons: missing.map((m) => m.reason ?? m.key) });
        continue;
      }
      const amount = Math.min(
        Math.floor((g.approvedMinor * body.percent) / 100),
        g.approvedMinor - g.disbursedMinor,
      );
      if (amount <= 0) continue;
      totalMinor += amount;
      rows.push({
        businessId: g.businessId,
        id: uuidv7(),
        grantId: g.id,
        programId,
        tranche: body.tranche,
        amountMinor: amount,
        paidOn: body.paidOn,
        reference: `${body.referencePrefix}-${g.caseId.slice(-8)}`,
        recordedBy: actor.userId,
      });
    }
    await repo.insertDisbursements(tx, rows);
    await recordAudit({
      tx,
      actor,
      action: 'grant.disburse_batch',
      entityType: 'program',
      entityId: programId,
      programId,
      after: { tranche: body.tranche, disbursed: rows.length, totalMinor, skipped: skipped.length },
    });
    return { disbursed: rows.length, totalMinor, skipped };
  });
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

type Row = TGrantReport['byLocality'][number];
const emptyRow = (key: string): Row => ({
  key,
  grants: 0,
  approvedMinor: 0,
  disbursedMinor: 0,
  executedMinor: 0,
  pendingSettlement: 0,
});

/**
 * Grants approved, amounts approved, disbursed and executed, and those pending settlement, by
 * locality (city outside Bogotá) and by priority group; median days from selection (the case's
 * start) to the policy and to the first disbursement; and the reconciliation. Scoped.
 */
export async function getGrantReport(options: {
  db: Db;
  access: ProgramAccess;
  municipalityCode?: string | undefined;
  /** The reports module's cases and moment; by default the caller's scope and city, now. */
  population?: CasePopulation;
}): Promise<TGrantReport> {
  const { db, access, municipalityCode } = options;
  await requireProgramCity(db, access.programId, municipalityCode);
  const population =
    options.population ?? casePopulation(access, { municipalityCode, before: null });
  const [settings, facts] = await Promise.all([
    loadGrantSettings(db, access.programId),
    repo.grantFacts(db, {
      programId: access.programId,
      scope: population.where,
      before: population.before,
    }),
  ]);
  const byLocality = new Map<string, Row>();
  const byGroup = new Map<string, Row>();
  const add = (map: Map<string, Row>, key: string, f: (typeof facts)[number]) => {
    let row = map.get(key);
    if (!row) map.set(key, (row = emptyRow(key)));
    row.grants += 1;
    row.approvedMinor += f.approvedMinor;
    row.disbursedMinor += f.disbursedMinor;
    row.executedMinor += f.executedMinor;
    if (f.disbursedMinor > 0 && !f.settledOn) row.pendingSettlement += 1;
  };
  const r = {
    approvedMinor: 0,
    disbursedMinor: 0,
    toDisburseMinor: 0,
    executedMinor: 0,
    toReturnMinor: 0,
    unjustifiedOpenMinor: 0,
    ledgerEntries: 0,
    ledgerSumMinor: 0,
  };
  const toPolicy: number[] = [];
  const toFirst: number[] = [];
  for (const f of facts) {
    add(byLocality, f.localityCode ?? f.municipalityCode, f);
    const groups = f.priorityGroups.length > 0 ? f.priorityGroups : ['none'];
    for (const g of groups) add(byGroup, g, f);
    const selected = f.registeredAt.toISOString().slice(0, 10);
    if (f.policyIssuedOn) toPolicy.push(daysBetween(selected, f.policyIssuedOn));
    if (f.firstPaidOn) toFirst.push(daysBetween(selected, f.firstPaidOn));
    const justified = Math.min(f.executedMinor, f.disbursedMinor);
    r.approvedMinor += f.approvedMinor;
    r.disbursedMinor += f.disbursedMinor;
    r.toDisburseMinor += f.approvedMinor - f.disbursedMinor;
    r.executedMinor += justified;
    if (f.settledOn) r.toReturnMinor += f.toReturnMinor ?? 0;
    else r.unjustifiedOpenMinor += f.disbursedMinor - justified;
    r.ledgerEntries += f.ledgerEntries;
    r.ledgerSumMinor += f.ledgerSum;
  }
  const sorted = (m: Map<string, Row>) => [...m.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  return {
    currency: settings.currency,
    byLocality: sorted(byLocality),
    byPriorityGroup: sorted(byGroup),
    days: { selectionToPolicy: median(toPolicy), selectionToFirstDisbursement: median(toFirst) },
    reconciliation: r,
  };
}
