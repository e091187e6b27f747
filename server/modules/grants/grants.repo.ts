import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { grantDisbursements, grants } from './grants.table.ts';

export async function insertGrant(db: Executor, values: typeof grants.$inferInsert) {
  const [row] = await db.insert(grants).values(values).returning();
  return row!;
}

export async function findGrant(db: Executor, id: string) {
  const [row] = await db.select().from(grants).where(eq(grants.id, id));
  return row ?? null;
}

/** One ledger entry; the database adds it to the grant's total and refuses what would pass it. */
export async function insertDisbursement(
  db: Executor,
  values: typeof grantDisbursements.$inferInsert,
) {
  const [row] = await db.insert(grantDisbursements).values(values).returning();
  return row!;
}

export async function ledgerOf(db: Executor, grantId: string) {
  return db
    .select()
    .from(grantDisbursements)
    .where(eq(grantDisbursements.grantId, grantId))
    .orderBy(grantDisbursements.createdAt, grantDisbursements.id);
}
