import {
  bigint,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns.ts';

/**
 * A capitalization grant of a case: the approved amount and what has been disbursed, in integer
 * minor units of its currency. The database keeps `disbursed_minor` between 0 and
 * `approved_minor` (a check constraint) and adds every ledger entry to it (a trigger), so no
 * interleaving of requests can disburse more than was approved.
 */
export const grants = pgTable(
  'grants',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    caseId: uuid().notNull(),
    programId: uuid().notNull(),
    currency: text().notNull(),
    approvedMinor: bigint({ mode: 'number' }).notNull(),
    disbursedMinor: bigint({ mode: 'number' }).notNull().default(0),
    /** Receipts recorded against the plan's items (kept by the service with each receipt). */
    executedMinor: bigint({ mode: 'number' }).notNull().default(0),
    planId: uuid(),
    approvedAt: timestamp({ withTimezone: true }),
    /** Settlement (liquidación): when, what is to be returned, by whom. */
    settledOn: date({ mode: 'string' }),
    toReturnMinor: bigint({ mode: 'number' }),
    settlementNote: text(),
    settledBy: uuid(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    uniqueIndex().on(t.id),
    uniqueIndex().on(t.caseId),
    index().on(t.programId),
  ],
);

/**
 * The disbursement ledger: append-only (a trigger refuses updates and deletes). A correction is a
 * reversing entry (negative amount naming the entry it reverses), never an edit.
 */
export const grantDisbursements = pgTable(
  'grant_disbursements',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    grantId: uuid().notNull(),
    programId: uuid().notNull(),
    tranche: integer().notNull(),
    amountMinor: bigint({ mode: 'number' }).notNull(),
    reversesId: uuid(),
    paidOn: date({ mode: 'string' }).notNull(),
    reference: text().notNull(),
    recordedBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    uniqueIndex().on(t.id),
    index().on(t.grantId),
    uniqueIndex('grant_disbursements_one_reversal').on(t.reversesId),
  ],
);

/** The investment plan co-built with the owner: drafted, accepted by the owner, approved by another person. */
export const investmentPlans = pgTable(
  'investment_plans',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    caseId: uuid().notNull(),
    programId: uuid().notNull(),
    currency: text().notNull(),
    /** draft | accepted | approved */
    status: text().notNull().default('draft'),
    version: integer().notNull().default(1),
    builtBy: uuid(),
    acceptedOn: date({ mode: 'string' }),
    acceptedVia: text(),
    approvedBy: uuid(),
    approvedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    uniqueIndex().on(t.id),
    uniqueIndex().on(t.caseId),
  ],
);

export const investmentItems = pgTable(
  'investment_items',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    planId: uuid().notNull(),
    position: integer().notNull(),
    category: text().notNull(),
    description: text().notNull(),
    quantity: integer().notNull(),
    unitCostMinor: bigint({ mode: 'number' }).notNull(),
    supplier: text().notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    uniqueIndex().on(t.id),
    index().on(t.planId),
  ],
);

/** The insurance policy a disbursement waits for. */
export const grantPolicies = pgTable(
  'grant_policies',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    caseId: uuid().notNull(),
    programId: uuid().notNull(),
    insurer: text().notNull(),
    number: text().notNull(),
    issuedOn: date({ mode: 'string' }).notNull(),
    expiresOn: date({ mode: 'string' }).notNull(),
    insuredMinor: bigint({ mode: 'number' }).notNull(),
    documentId: uuid(),
    documentStoredName: text(),
    documentOriginalName: text(),
    documentMimeType: text(),
    recordedBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.businessId, t.id] }), uniqueIndex().on(t.caseId)],
);

/** An invoice or receipt that justifies spending on an item, with its file. */
export const grantReceipts = pgTable(
  'grant_receipts',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    grantId: uuid().notNull(),
    caseId: uuid().notNull(),
    itemId: uuid().notNull(),
    amountMinor: bigint({ mode: 'number' }).notNull(),
    issuedOn: date({ mode: 'string' }).notNull(),
    supplier: text().notNull().default(''),
    storedName: text().notNull(),
    originalName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    uploadedBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    uniqueIndex().on(t.id),
    index().on(t.grantId),
  ],
);
