/**
 * The disbursement ledger of capitalization grants. The rules that keep money right live in the
 * database (see migration 0012): entries are append-only, each one is added to its grant's total
 * in the same statement, and the total can never pass the approved amount nor go below zero. This
 * service turns the database's refusal into a clear error.
 */
import type { Executor } from '../../db/client.ts';
import { AppError, invalidFields } from '../../http/errors.ts';
import * as repo from './grants.repo.ts';

/** PostgreSQL's check_violation, as the drivers report it (directly or as the cause). */
function isCheckViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23514' || e?.cause?.code === '23514';
}

/**
 * Records a disbursement (a positive amount) or the reversal of one (a negative amount naming the
 * entry it reverses). Refused with `grant_exceeded` when the grant's total would pass what was
 * approved, whatever else is being recorded at the same moment.
 */
export async function recordDisbursement(
  db: Executor,
  entry: {
    businessId: string;
    grantId: string;
    programId: string;
    tranche: number;
    amountMinor: number;
    paidOn: string;
    reference: string;
    reversesId?: string | null;
    recordedBy: string | null;
  },
) {
  if (!Number.isSafeInteger(entry.amountMinor) || entry.amountMinor === 0)
    throw invalidFields([{ path: 'amountMinor', code: 'amount_not_whole' }]);
  if (entry.amountMinor < 0 !== Boolean(entry.reversesId))
    throw invalidFields([{ path: 'amountMinor', code: 'reversal_needs_entry' }]);
  try {
    // A savepoint: inside a caller's transaction the refusal leaves it usable.
    return await db.transaction((tx) => repo.insertDisbursement(tx, entry));
  } catch (err) {
    if (!isCheckViolation(err)) throw err;
    const grant = await repo.findGrant(db, entry.grantId);
    throw new AppError('grant_exceeded', {
      params: {
        approved: grant?.approvedMinor ?? 0,
        disbursed: grant?.disbursedMinor ?? 0,
        amount: entry.amountMinor,
      },
    });
  }
}
