/**
 * Capitalization grants of cases: the investment plan (built, accepted by the owner, approved by
 * another person), the insurance policy, disbursements behind their prerequisites, receipts and
 * the settlement. Money rules that must hold under concurrency live in the database (see the
 * ledger service); the rest are checked here, each refusal with its reason.
 */
import {
  checkPlan,
  itemTotal,
  planTotal,
  prerequisiteStates,
  settlement,
} from '../../../shared/domain/grants/rules.ts';
import {
  DEFAULT_GRANT_SETTINGS,
  ZGrantSettings,
  type TCaseGrant,
  type TDisburseBody,
  type TGrantSettings,
  type TInvestmentPlanBody,
  type TPolicyBody,
} from '../../../shared/schemas/grants.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, invalidFields, notFound } from '../../http/errors.ts';
import { readUpload, requireDocument, storeByHash } from '../../storage/files.ts';
import { uuidv7 } from '../../db/columns.ts';
import { formatMoney } from '../../../shared/domain/money/money.ts';
import { userName } from '../assessment/assessment.repo.ts';
import { requireOpen } from '../assessment/assessment.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { CaseRow } from '../cases/cases.repo.ts';
import { requireCase } from '../cases/cases.service.ts';
import { todayInColombia } from '../registration/calls.service.ts';
import { trackProgress } from '../training/completion.ts';
import { trackNames } from '../training/tracks.ts';
import * as repo from './grants.repo.ts';
import { recordDisbursement } from './ledger.service.ts';

const DAY_MS = 86_400_000;

export async function loadGrantSettings(db: Executor, programId: string): Promise<TGrantSettings> {
  return (await repo.savedGrantSettings(db, programId)) ?? DEFAULT_GRANT_SETTINGS;
}

export async function getGrantSettings(options: { db: Executor; access: ProgramAccess }) {
  const { db, access } = options;
  const [settings, tracks] = await Promise.all([
    loadGrantSettings(db, access.programId),
    trackNames(db, access.programId),
  ]);
  return { settings, tracks };
}

export async function saveGrantSettings(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  body: TGrantSettings;
}) {
  const { access, body } = options;
  await options.db.transaction(async (tx) => {
    if (body.trainingTrackId) {
      const tracks = await trackNames(tx, access.programId);
      if (!tracks.some((t) => t.id === body.trainingTrackId))
        throw invalidFields([{ path: 'trainingTrackId', code: 'unknown_track' }]);
    }
    const before = await loadGrantSettings(tx, access.programId);
    const settings = ZGrantSettings.parse({
      ...body,
      categories: [...new Set(body.categories)],
      prerequisites: [...new Set(body.prerequisites)],
    });
    await repo.saveGrantSettings(tx, access.programId, settings);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'grant.settings',
      entityType: 'program',
      entityId: access.programId,
      programId: access.programId,
      before,
      after: settings,
    });
  });
  return getGrantSettings(options);
}

// ---------- reading a case's grant ----------

async function trainingOf(db: Executor, row: CaseRow, settings: TGrantSettings) {
  if (!settings.trainingTrackId) return null;
  const progress = await trackProgress(db, {
    programId: row.programId,
    trackId: settings.trainingTrackId,
    caseIds: [row.id],
  });
  return progress.get(row.id) ?? { completed: false, percent: 0 };
}

export async function getCaseGrant(options: {
  db: Executor;
  access: ProgramAccess;
  caseId: string;
}): Promise<TCaseGrant> {
  const row = await requireCase(options.db, options.access, options.caseId);
  return caseGrant(options.db, row);
}

async function caseGrant(db: Executor, row: CaseRow): Promise<TCaseGrant> {
  const today = todayInColombia();
  const settings = await loadGrantSettings(db, row.programId);
  const [planRow, policy, grant, training] = await Promise.all([
    repo.planOfCase(db, row.id),
    repo.policyOfCase(db, row.id),
    repo.grantOfCase(db, row.id),
    trainingOf(db, row, settings),
  ]);
  const items = planRow ? await repo.itemsOf(db, planRow.plan.id) : [];
  const [ledger, receipts] = grant
    ? await Promise.all([repo.ledgerWithNames(db, grant.id), repo.receiptsOf(db, grant.id)])
    : [[], []];
  const executedByItem = new Map<string, number>();
  for (const r of receipts)
    executedByItem.set(
      r.receipt.itemId,
      (executedByItem.get(r.receipt.itemId) ?? 0) + r.receipt.amountMinor,
    );
  const reversed = new Set(ledger.flatMap((l) => (l.entry.reversesId ? [l.entry.reversesId] : [])));
  const plan = planRow?.plan;
  const settledByName = grant?.settledBy ? await userName(db, grant.settledBy) : null;
  const approvedAt = grant?.approvedAt ?? plan?.approvedAt ?? null;
  return {
    caseId: row.id,
    locked: row.status !== 'active',
    settings,
    plan: plan
      ? {
          id: plan.id,
          version: plan.version,
          status: plan.status as 'draft' | 'accepted' | 'approved',
          currency: plan.currency as TGrantSettings['currency'],
          items: items.map((i) => ({
            id: i.id,
            category: i.category as TGrantSettings['categories'][number],
            description: i.description,
            quantity: i.quantity,
            unitCostMinor: i.unitCostMinor,
            totalMinor: itemTotal(i),
            supplier: i.supplier,
            executedMinor: executedByItem.get(i.id) ?? 0,
          })),
          totalMinor: planTotal(items),
          builtById: plan.builtBy,
          builtByName: planRow.builtByName,
          acceptedOn: plan.acceptedOn,
          acceptedVia: plan.acceptedVia as 'signature' | 'in_person' | 'owner_account' | null,
          approvedByName: planRow.approvedByName,
          approvedAt: plan.approvedAt?.toISOString() ?? null,
        }
      : null,
    policy: policy
      ? {
          insurer: policy.insurer,
          number: policy.number,
          issuedOn: policy.issuedOn,
          expiresOn: policy.expiresOn,
          insuredMinor: policy.insuredMinor,
          valid: policy.issuedOn <= today && policy.expiresOn >= today,
          daysFromApproval: approvedAt
            ? Math.round(
                (Date.parse(policy.issuedOn) - Date.parse(todayInColombia(approvedAt))) / DAY_MS,
              )
            : null,
          document:
            policy.documentId && policy.documentOriginalName && policy.documentMimeType
              ? {
                  id: policy.documentId,
                  originalName: policy.documentOriginalName,
                  mimeType: policy.documentMimeType,
                }
              : null,
        }
      : null,
    training: training ?? { completed: false, percent: 0 },
    prerequisites: prerequisiteStates(
      settings,
      {
        planApproved: plan?.status === 'approved',
        policy,
        trainingCompleted: training ? training.completed : null,
      },
      today,
    ),
    grant: grant
      ? {
          id: grant.id,
          approvedMinor: grant.approvedMinor,
          disbursedMinor: grant.disbursedMinor,
          executedMinor: grant.executedMinor,
          executionPercent:
            grant.disbursedMinor === 0
              ? 0
              : Math.round(
                  (Math.min(grant.executedMinor, grant.disbursedMinor) / grant.disbursedMinor) *
                    1000,
                ) / 10,
          status: grant.settledOn ? 'settled' : 'open',
          settlement: grant.settledOn
            ? {
                settledOn: grant.settledOn,
                toReturnMinor: grant.toReturnMinor ?? 0,
                note: grant.settlementNote ?? '',
                settledByName,
              }
            : null,
        }
      : null,
    ledger: ledger.map(({ entry: e, recordedByName }) => ({
      id: e.id,
      tranche: e.tranche,
      amountMinor: e.amountMinor,
      paidOn: e.paidOn,
      reference: e.reference,
      reversesId: e.reversesId,
      reversed: reversed.has(e.id),
      recordedByName,
      createdAt: e.createdAt.toISOString(),
    })),
    receipts: receipts.map(({ receipt: r, uploadedByName }) => ({
      id: r.id,
      itemId: r.itemId,
      amountMinor: r.amountMinor,
      issuedOn: r.issuedOn,
      supplier: r.supplier,
      originalName: r.originalName,
      mimeType: r.mimeType,
      uploadedByName,
    })),
  };
}

/** Runs a change of a case's grant in one transaction (case locked and open), then reads it back. */
async function change(
  options: { db: Db; access: ProgramAccess; caseId: string },
  work: (tx: Executor, row: CaseRow) => Promise<void>,
) {
  await options.db.transaction(async (tx) => {
    const row = await requireCase(tx, options.access, options.caseId, true);
    requireOpen(row);
    await work(tx, row);
  });
  return getCaseGrant(options);
}

const audit = (
  tx: Executor,
  actor: Actor,
  row: CaseRow,
  action: string,
  after: Record<string, unknown>,
) =>
  recordAudit({
    tx,
    actor,
    action,
    entityType: 'case',
    entityId: row.id,
    programId: row.programId,
    businessId: row.businessId,
    after,
  });

// ---------- investment plan ----------

/** Saves the plan's items (a new plan, or a draft or accepted one; acceptance is cleared). */
export function saveInvestmentPlan(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: TInvestmentPlanBody;
}) {
  const { actor, body } = options;
  return change(options, async (tx, row) => {
    const settings = await loadGrantSettings(tx, row.programId);
    const problems = checkPlan(settings, body.items).map((p) =>
      p.params
        ? {
            ...p,
            params: {
              cap: formatMoney(p.params.cap ?? 0, settings.currency),
              total: formatMoney(p.params.total ?? 0, settings.currency),
            },
          }
        : p,
    );
    if (problems.length > 0) throw invalidFields(problems);
    const existing = await repo.planOfCase(tx, row.id, true);
    let planId: string;
    if (existing) {
      if (existing.plan.status === 'approved') throw new AppError('plan_approved');
      if (body.version !== existing.plan.version)
        throw new AppError('conflict', { params: { version: existing.plan.version } });
      const saved = await repo.updatePlan(tx, {
        id: existing.plan.id,
        version: existing.plan.version,
        values: { status: 'draft', acceptedOn: null, acceptedVia: null, builtBy: actor.userId },
      });
      if (!saved) throw new AppError('conflict');
      planId = existing.plan.id;
    } else {
      planId = (
        await repo.insertPlan(tx, {
          businessId: row.businessId,
          caseId: row.id,
          programId: row.programId,
          currency: settings.currency,
          builtBy: actor.userId,
        })
      ).id;
    }
    await repo.replaceItems(
      tx,
      planId,
      body.items.map((i, position) => ({
        businessId: row.businessId,
        id: uuidv7(),
        planId,
        position,
        category: i.category,
        description: i.description,
        quantity: i.quantity,
        unitCostMinor: i.unitCostMinor,
        supplier: i.supplier,
      })),
    );
    await audit(tx, actor, row, 'grant.plan.save', {
      items: body.items.length,
      totalMinor: planTotal(body.items),
    });
  });
}

async function planAt(tx: Executor, row: CaseRow, version: number) {
  const found = await repo.planOfCase(tx, row.id, true);
  if (!found) throw new AppError('no_plan');
  if (found.plan.version !== version)
    throw new AppError('conflict', { params: { version: found.plan.version } });
  return found.plan;
}

/** Records that the owner accepted the plan (signed, in person, or from their own account). */
export function acceptInvestmentPlan(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: { acceptedOn: string; via: 'signature' | 'in_person' | 'owner_account'; version: number };
}) {
  const { actor, body } = options;
  return change(options, async (tx, row) => {
    if (body.acceptedOn > todayInColombia())
      throw invalidFields([{ path: 'acceptedOn', code: 'date_in_future' }]);
    const plan = await planAt(tx, row, body.version);
    if (plan.status === 'approved') throw new AppError('plan_approved');
    await repo.updatePlan(tx, {
      id: plan.id,
      version: plan.version,
      values: { status: 'accepted', acceptedOn: body.acceptedOn, acceptedVia: body.via },
    });
    await audit(tx, actor, row, 'grant.plan.accept', {
      acceptedOn: body.acceptedOn,
      via: body.via,
    });
  });
}

/** Approves an accepted plan — by someone other than whoever last built it — and opens the grant. */
export function approveInvestmentPlan(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: { version: number };
}) {
  const { actor } = options;
  return change(options, async (tx, row) => {
    const plan = await planAt(tx, row, options.body.version);
    if (plan.status === 'approved') throw new AppError('plan_approved');
    if (plan.status !== 'accepted') throw new AppError('plan_not_accepted');
    if (plan.builtBy !== null && plan.builtBy === actor.userId)
      throw new AppError('approver_is_author');
    const items = await repo.itemsOf(tx, plan.id);
    const now = new Date();
    await repo.updatePlan(tx, {
      id: plan.id,
      version: plan.version,
      values: { status: 'approved', approvedBy: actor.userId, approvedAt: now },
    });
    const total = planTotal(items);
    await repo.insertGrant(tx, {
      businessId: row.businessId,
      caseId: row.id,
      programId: row.programId,
      currency: plan.currency,
      approvedMinor: total,
      planId: plan.id,
      approvedAt: now,
    });
    await audit(tx, actor, row, 'grant.plan.approve', { approvedMinor: total });
  });
}

// ---------- policy ----------

/** A settled grant is closed: its policy no longer changes. */
async function refuseSettled(tx: Executor, row: CaseRow) {
  if ((await repo.grantOfCase(tx, row.id))?.settledOn) throw new AppError('grant_settled');
}

export function savePolicy(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: TPolicyBody;
}) {
  const { actor, body } = options;
  return change(options, async (tx, row) => {
    if (body.issuedOn > todayInColombia())
      throw invalidFields([{ path: 'issuedOn', code: 'date_in_future' }]);
    await refuseSettled(tx, row);
    await repo.upsertPolicy(tx, {
      businessId: row.businessId,
      caseId: row.id,
      programId: row.programId,
      ...body,
      recordedBy: actor.userId,
    });
    await audit(tx, actor, row, 'grant.policy.save', {
      insurer: body.insurer,
      issuedOn: body.issuedOn,
      expiresOn: body.expiresOn,
    });
  });
}

export function attachPolicyDocument(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  dataDir: string;
  caseId: string;
  file: { bytes: Uint8Array; filename: string };
}) {
  const { actor, file } = options;
  const type = requireDocument(file.bytes);
  return change(options, async (tx, row) => {
    if (!(await repo.policyOfCase(tx, row.id))) throw new AppError('no_policy');
    await refuseSettled(tx, row);
    const stored = await storeByHash({
      dataDir: options.dataDir,
      bytes: file.bytes,
      ext: type.ext,
    });
    await repo.setPolicyDocument(tx, row.id, {
      documentId: uuidv7(),
      documentStoredName: stored.name,
      documentOriginalName: file.filename.slice(0, 200),
      documentMimeType: type.mime,
    });
    await audit(tx, actor, row, 'grant.policy.document', { mimeType: type.mime });
  });
}

/** A stored file of a case's grant (the policy document or a receipt); every opening is audited. */
async function openFile(
  options: { db: Db; actor: Actor; access: ProgramAccess; dataDir: string; caseId: string },
  find: (row: CaseRow) => Promise<{ id: string; storedName: string; mimeType: string } | null>,
  action: string,
) {
  const row = await requireCase(options.db, options.access, options.caseId);
  const file = await find(row);
  if (!file) throw notFound();
  const bytes = await readUpload({ dataDir: options.dataDir, name: file.storedName });
  await audit(options.db, options.actor, row, action, { id: file.id });
  return {
    bytes,
    mimeType: file.mimeType,
    filename: `${file.id}.${file.storedName.split('.').pop()}`,
  };
}

export function openPolicyDocument(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  dataDir: string;
  caseId: string;
}) {
  return openFile(
    options,
    async (row) => {
      const p = await repo.policyOfCase(options.db, row.id);
      return p?.documentId && p.documentStoredName && p.documentMimeType
        ? { id: p.documentId, storedName: p.documentStoredName, mimeType: p.documentMimeType }
        : null;
    },
    'grant.policy.read',
  );
}

export function openReceipt(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  dataDir: string;
  caseId: string;
  receiptId: string;
}) {
  return openFile(
    options,
    (row) => repo.findReceipt(options.db, row.id, options.receiptId),
    'grant.receipt.read',
  );
}

// ---------- disbursements ----------

async function openGrant(tx: Executor, row: CaseRow) {
  const grant = await repo.grantOfCase(tx, row.id);
  if (!grant) throw new AppError('no_grant');
  if (grant.settledOn) throw new AppError('grant_settled');
  return grant;
}

/** The prerequisites that are not met for one case, as codes. */
async function missingPrerequisites(tx: Executor, row: CaseRow, settings: TGrantSettings) {
  const [plan, policy, training] = await Promise.all([
    repo.planOfCase(tx, row.id),
    repo.policyOfCase(tx, row.id),
    trainingOf(tx, row, settings),
  ]);
  return prerequisiteStates(
    settings,
    {
      planApproved: plan?.plan.status === 'approved',
      policy,
      trainingCompleted: training ? training.completed : null,
    },
    todayInColombia(),
  ).filter((s) => !s.met);
}

/** Disburses a tranche: refused while a prerequisite is missing or beyond the approved amount. */
export function disburse(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: TDisburseBody;
}) {
  const { actor, body } = options;
  return change(options, async (tx, row) => {
    const settings = await loadGrantSettings(tx, row.programId);
    const grant = await openGrant(tx, row);
    if (body.tranche > settings.tranches)
      throw invalidFields([
        {
          path: 'tranche',
          code: 'tranche_beyond_settings',
          params: { tranches: settings.tranches },
        },
      ]);
    const missing = await missingPrerequisites(tx, row, settings);
    if (missing.length > 0)
      throw new AppError('prerequisite_missing', {
        params: {
          missing: missing.map((m) => m.key).join(', '),
          reasons: missing.map((m) => m.reason).join(', '),
        },
      });
    const entry = await recordDisbursement(tx, {
      businessId: row.businessId,
      grantId: grant.id,
      programId: row.programId,
      tranche: body.tranche,
      amountMinor: body.amountMinor,
      paidOn: body.paidOn,
      reference: body.reference,
      recordedBy: actor.userId,
    });
    await audit(tx, actor, row, 'grant.disburse', {
      entryId: entry.id,
      amountMinor: body.amountMinor,
      tranche: body.tranche,
    });
  });
}

/** Reverses a ledger entry with a negative entry; the original stays as it was. */
export function reverseDisbursement(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  entryId: string;
  reason: string;
}) {
  const { actor } = options;
  return change(options, async (tx, row) => {
    const grant = await openGrant(tx, row);
    const ledger = await repo.ledgerOf(tx, grant.id);
    const entry = ledger.find((e) => e.id === options.entryId && e.amountMinor > 0);
    if (!entry) throw notFound();
    if (ledger.some((e) => e.reversesId === entry.id)) throw new AppError('already_reversed');
    await recordDisbursement(tx, {
      businessId: row.businessId,
      grantId: grant.id,
      programId: row.programId,
      tranche: entry.tranche,
      amountMinor: -entry.amountMinor,
      paidOn: todayInColombia(),
      reference: `REV ${entry.reference}`.slice(0, 80),
      reversesId: entry.id,
      recordedBy: actor.userId,
    });
    await audit(tx, actor, row, 'grant.reverse', { entryId: entry.id, reason: options.reason });
  });
}

// ---------- execution and settlement ----------

/** Records a receipt (invoice) against an item of the plan, with its file. */
export function addReceipt(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  dataDir: string;
  caseId: string;
  fields: { itemId: string; amount: string; issuedOn: string; supplier: string };
  file: { bytes: Uint8Array; filename: string };
}) {
  const { actor, fields, file } = options;
  const amountMinor = Number(fields.amount);
  const problems = [
    ...(Number.isSafeInteger(amountMinor) && amountMinor > 0
      ? []
      : [{ path: 'amountMinor', code: 'amount_not_whole' }]),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(fields.issuedOn) && !Number.isNaN(Date.parse(fields.issuedOn))
      ? fields.issuedOn > todayInColombia()
        ? [{ path: 'issuedOn', code: 'date_in_future' }]
        : []
      : [{ path: 'issuedOn', code: 'invalid_date' }]),
  ];
  if (problems.length > 0) throw invalidFields(problems);
  const type = requireDocument(file.bytes);
  return change(options, async (tx, row) => {
    const grant = await openGrant(tx, row);
    const items = grant.planId ? await repo.itemsOf(tx, grant.planId) : [];
    if (!items.some((i) => i.id === fields.itemId))
      throw invalidFields([{ path: 'itemId', code: 'unknown_item' }]);
    const stored = await storeByHash({
      dataDir: options.dataDir,
      bytes: file.bytes,
      ext: type.ext,
    });
    const id = await repo.insertReceipt(tx, {
      businessId: row.businessId,
      grantId: grant.id,
      caseId: row.id,
      itemId: fields.itemId,
      amountMinor,
      issuedOn: fields.issuedOn,
      supplier: fields.supplier.trim().slice(0, 200),
      storedName: stored.name,
      originalName: file.filename.slice(0, 200),
      mimeType: type.mime,
      sizeBytes: file.bytes.length,
      uploadedBy: actor.userId,
    });
    await repo.addExecuted(tx, grant.id, amountMinor);
    await audit(tx, actor, row, 'grant.receipt.add', { receiptId: id, amountMinor });
  });
}

/**
 * Settles (liquidación) the grant: every item needs a receipt; what receipts do not justify of
 * what was disbursed is recorded as to be returned. The grant is then closed.
 */
export function settleGrant(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  note: string;
}) {
  const { actor } = options;
  return change(options, async (tx, row) => {
    const grant = await openGrant(tx, row);
    if (grant.disbursedMinor === 0) throw new AppError('no_disbursement');
    const items = grant.planId ? await repo.itemsOf(tx, grant.planId) : [];
    const receipts = await repo.receiptsOf(tx, grant.id);
    const covered = new Set(receipts.map((r) => r.receipt.itemId));
    const missing = items.filter((i) => !covered.has(i.id));
    if (missing.length > 0)
      throw new AppError('receipts_missing', { params: { items: missing.length } });
    const result = settlement(grant.disbursedMinor, grant.executedMinor);
    await repo.updateGrant(tx, grant.id, {
      settledOn: todayInColombia(),
      toReturnMinor: result.toReturnMinor,
      settlementNote: options.note,
      settledBy: actor.userId,
    });
    await audit(tx, actor, row, 'grant.settle', { toReturnMinor: result.toReturnMinor });
  });
}
