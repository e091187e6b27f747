/**
 * Capitalization grants: program settings, the investment plan co-built with the owner, the
 * insurance policy, the disbursement ledger, execution receipts, settlement and the report. Money
 * is always integer minor units (centavos for COP) with its currency.
 */
import { z } from 'zod';
import { CURRENCIES } from '../domain/money/money.ts';
import { ZId, ZIsoDate } from './common.ts';

export const GRANT_CATEGORIES = [
  'working_capital',
  'formalization',
  'equipment',
  'marketing',
  'other',
] as const;
export type GrantCategory = (typeof GRANT_CATEGORIES)[number];
export const PREREQUISITES = ['policy', 'training', 'plan_approved'] as const;
export type Prerequisite = (typeof PREREQUISITES)[number];
export const PLAN_STATUSES = ['draft', 'accepted', 'approved'] as const;
export const ACCEPTANCE_VIA = ['signature', 'in_person', 'owner_account'] as const;

const ZCurrency = z.enum(Object.keys(CURRENCIES) as [keyof typeof CURRENCIES]);
/** A whole, non-negative number of minor units. */
const ZMinor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** A whole, positive number of minor units. */
const ZPositiveMinor = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const ZCount = z.number().int();

export const ZGrantSettings = z.strictObject({
  currency: ZCurrency,
  /** The most one beneficiary can get, in minor units. */
  capMinor: ZPositiveMinor,
  /** What the money may be spent on. */
  categories: z.array(z.enum(GRANT_CATEGORIES)).min(1),
  /** What must hold before any disbursement. */
  prerequisites: z.array(z.enum(PREREQUISITES)),
  /** How many tranches a grant is paid in. */
  tranches: z.number().int().min(1).max(4),
  /** The training track a beneficiary must complete (for the `training` prerequisite). */
  trainingTrackId: ZId.nullable(),
});
export type TGrantSettings = z.infer<typeof ZGrantSettings>;

export const DEFAULT_GRANT_SETTINGS: TGrantSettings = {
  currency: 'COP',
  capMinor: 800_000_000,
  categories: ['working_capital', 'formalization'],
  prerequisites: ['policy', 'training', 'plan_approved'],
  tranches: 1,
  trainingTrackId: null,
};

// ---------- investment plan ----------

export const ZInvestmentItemInput = z.strictObject({
  /** Absent for a new item. */
  id: ZId.optional(),
  category: z.enum(GRANT_CATEGORIES),
  description: z.string().trim().min(3).max(300),
  quantity: z.number().int().min(1).max(10_000),
  unitCostMinor: ZPositiveMinor,
  supplier: z.string().trim().max(200).default(''),
});

export const ZInvestmentPlanBody = z.strictObject({
  items: z.array(ZInvestmentItemInput).min(1).max(40),
  /** The plan's version as read; absent to start one. */
  version: z.number().int().min(1).optional(),
});
export type TInvestmentPlanBody = z.infer<typeof ZInvestmentPlanBody>;

export const ZAcceptBody = z.strictObject({
  acceptedOn: ZIsoDate,
  via: z.enum(ACCEPTANCE_VIA),
  version: z.number().int().min(1),
});
export const ZApproveBody = z.strictObject({ version: z.number().int().min(1) });

export const ZInvestmentItem = z.object({
  id: ZId,
  category: z.enum(GRANT_CATEGORIES),
  description: z.string(),
  quantity: ZCount,
  unitCostMinor: ZMinor,
  totalMinor: ZMinor,
  supplier: z.string(),
  /** Receipts recorded against the item. */
  executedMinor: ZMinor,
});

export const ZInvestmentPlan = z.object({
  id: ZId,
  version: ZCount,
  status: z.enum(PLAN_STATUSES),
  currency: ZCurrency,
  items: z.array(ZInvestmentItem),
  totalMinor: ZMinor,
  builtById: ZId.nullable(),
  builtByName: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  acceptedVia: z.enum(ACCEPTANCE_VIA).nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
});
export type TInvestmentPlan = z.infer<typeof ZInvestmentPlan>;

// ---------- policy ----------

export const ZPolicyBody = z
  .strictObject({
    insurer: z.string().trim().min(2).max(200),
    number: z.string().trim().min(2).max(80),
    issuedOn: ZIsoDate,
    expiresOn: ZIsoDate,
    insuredMinor: ZPositiveMinor,
  })
  .superRefine((p, ctx) => {
    if (p.expiresOn <= p.issuedOn)
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'expires_before_issue' });
  });
export type TPolicyBody = z.infer<typeof ZPolicyBody>;

export const ZPolicy = z.object({
  insurer: z.string(),
  number: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  insuredMinor: ZMinor,
  /** Valid today (issued and not expired). */
  valid: z.boolean(),
  /** Days from the plan's approval to the policy's issue: the bottleneck to watch. */
  daysFromApproval: ZCount.nullable(),
  document: z.object({ id: ZId, originalName: z.string(), mimeType: z.string() }).nullable(),
});

// ---------- ledger, receipts, settlement ----------

export const ZDisburseBody = z.strictObject({
  tranche: z.number().int().min(1).max(4),
  amountMinor: ZPositiveMinor,
  paidOn: ZIsoDate,
  reference: z.string().trim().min(3).max(80),
});
export type TDisburseBody = z.infer<typeof ZDisburseBody>;

export const ZReverseBody = z.strictObject({ reason: z.string().trim().min(5).max(500) });

export const ZLedgerEntry = z.object({
  id: ZId,
  tranche: ZCount,
  amountMinor: z.number().int(),
  paidOn: z.string(),
  reference: z.string(),
  reversesId: ZId.nullable(),
  /** This entry has been reversed by a later one. */
  reversed: z.boolean(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});

export const ZReceipt = z.object({
  id: ZId,
  itemId: ZId,
  amountMinor: ZMinor,
  issuedOn: z.string(),
  supplier: z.string(),
  originalName: z.string(),
  mimeType: z.string(),
  uploadedByName: z.string().nullable(),
});

export const ZSettleBody = z.strictObject({ note: z.string().trim().max(1000).default('') });

export const ZPrerequisiteState = z.object({
  key: z.enum(PREREQUISITES),
  met: z.boolean(),
  /** Why not, as a code: no_policy, policy_expired, track_not_completed, no_track, plan_not_approved. */
  reason: z.string().nullable(),
});

export const ZCaseGrant = z.object({
  caseId: ZId,
  locked: z.boolean(),
  settings: ZGrantSettings,
  plan: ZInvestmentPlan.nullable(),
  policy: ZPolicy.nullable(),
  training: z.object({ completed: z.boolean(), percent: z.number() }),
  prerequisites: z.array(ZPrerequisiteState),
  grant: z
    .object({
      id: ZId,
      approvedMinor: ZMinor,
      disbursedMinor: ZMinor,
      executedMinor: ZMinor,
      /** executed ÷ disbursed, 0–100 with one decimal (0 before any disbursement). */
      executionPercent: z.number(),
      status: z.enum(['open', 'settled']),
      settlement: z
        .object({
          settledOn: z.string(),
          /** Disbursed and not justified by receipts: to be returned. */
          toReturnMinor: ZMinor,
          note: z.string(),
          settledByName: z.string().nullable(),
        })
        .nullable(),
    })
    .nullable(),
  ledger: z.array(ZLedgerEntry),
  receipts: z.array(ZReceipt),
});
export type TCaseGrant = z.infer<typeof ZCaseGrant>;

export const ZReceiptParams = z.strictObject({ programId: ZId, caseId: ZId, receiptId: ZId });
export const ZEntryParams = z.strictObject({ programId: ZId, caseId: ZId, entryId: ZId });

// ---------- batch and report ----------

export const ZDisburseBatchBody = z.strictObject({
  tranche: z.number().int().min(1).max(4),
  paidOn: ZIsoDate,
  /** Each entry's reference is this prefix and the case's short id. */
  referencePrefix: z.string().trim().min(2).max(40),
  /** The share of each grant's approved amount this tranche pays (100 for a single tranche). */
  percent: z.number().int().min(1).max(100),
});

export const ZDisburseBatchResult = z.object({
  disbursed: ZCount,
  totalMinor: ZMinor,
  skipped: z.array(z.object({ caseId: ZId, reasons: z.array(z.string()) })),
});

const ZMoneyRow = z.object({
  key: z.string(),
  grants: ZCount,
  approvedMinor: ZMinor,
  disbursedMinor: ZMinor,
  executedMinor: ZMinor,
  /** Disbursed grants not settled yet. */
  pendingSettlement: ZCount,
});

export const ZGrantReport = z.object({
  currency: ZCurrency,
  byLocality: z.array(ZMoneyRow),
  byPriorityGroup: z.array(ZMoneyRow),
  /** Median days, null when no grant has got there. */
  days: z.object({
    selectionToPolicy: z.number().nullable(),
    selectionToFirstDisbursement: z.number().nullable(),
  }),
  /**
   * Adds up exactly: approved = disbursed + still to disburse; disbursed = executed + to return
   * (settled) + not yet justified (open).
   */
  reconciliation: z.object({
    approvedMinor: ZMinor,
    disbursedMinor: ZMinor,
    toDisburseMinor: ZMinor,
    executedMinor: ZMinor,
    toReturnMinor: ZMinor,
    unjustifiedOpenMinor: ZMinor,
    ledgerEntries: ZCount,
    ledgerSumMinor: z.number().int(),
  }),
});
export type TGrantReport = z.infer<typeof ZGrantReport>;

/** The settings with what the form needs to choose from. */
export const ZGrantSettingsView = z.object({
  settings: ZGrantSettings,
  tracks: z.array(z.object({ id: ZId, name: z.string() })),
});
export type TGrantSettingsView = z.infer<typeof ZGrantSettingsView>;
