import {
  bigint,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
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
