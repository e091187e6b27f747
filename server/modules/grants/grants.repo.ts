import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TGrantSettings } from '../../../shared/schemas/grants.ts';
import { anyOf, bulkInsert } from '../../db/bulk.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../auth/auth.table.ts';
import { cases } from '../cases/cases.table.ts';
import { programs } from '../programs/programs.table.ts';
import {
  grantDisbursements,
  grantPolicies,
  grantReceipts,
  grants,
  investmentItems,
  investmentPlans,
} from './grants.table.ts';

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

// ---------- settings ----------

export async function savedGrantSettings(db: Executor, programId: string) {
  const [row] = await db
    .select({ settings: programs.grantSettings })
    .from(programs)
    .where(eq(programs.id, programId));
  return row?.settings ?? null;
}

export async function saveGrantSettings(db: Executor, programId: string, settings: TGrantSettings) {
  await db.update(programs).set({ grantSettings: settings }).where(eq(programs.id, programId));
}

// ---------- plan ----------

const builder = alias(users, 'builder');
const approver = alias(users, 'approver');

export async function planOfCase(db: Executor, caseId: string, lock = false) {
  const q = db
    .select({ plan: investmentPlans, builtByName: builder.name, approvedByName: approver.name })
    .from(investmentPlans)
    .leftJoin(builder, eq(builder.id, investmentPlans.builtBy))
    .leftJoin(approver, eq(approver.id, investmentPlans.approvedBy))
    .where(eq(investmentPlans.caseId, caseId));
  const [row] = lock ? await q.for('update', { of: investmentPlans }) : await q;
  return row ?? null;
}

export async function itemsOf(db: Executor, planId: string) {
  return db
    .select()
    .from(investmentItems)
    .where(eq(investmentItems.planId, planId))
    .orderBy(asc(investmentItems.position));
}

export async function insertPlan(db: Executor, values: typeof investmentPlans.$inferInsert) {
  const [row] = await db.insert(investmentPlans).values(values).returning();
  return row!;
}

export async function updatePlan(
  db: Executor,
  f: { id: string; version: number; values: Partial<typeof investmentPlans.$inferInsert> },
) {
  const rows = await db
    .update(investmentPlans)
    .set({ ...f.values, version: f.version + 1, updatedAt: new Date() })
    .where(and(eq(investmentPlans.id, f.id), eq(investmentPlans.version, f.version)))
    .returning({ id: investmentPlans.id });
  return rows.length > 0;
}

export async function replaceItems(
  db: Executor,
  planId: string,
  rows: Array<typeof investmentItems.$inferInsert>,
) {
  await db.delete(investmentItems).where(eq(investmentItems.planId, planId));
  if (rows.length > 0) await db.insert(investmentItems).values(rows);
}

// ---------- grant, policy, receipts ----------

export async function grantOfCase(db: Executor, caseId: string, lock = false) {
  const q = db.select().from(grants).where(eq(grants.caseId, caseId));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function updateGrant(
  db: Executor,
  id: string,
  values: Partial<typeof grants.$inferInsert>,
) {
  await db
    .update(grants)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(grants.id, id));
}

export async function addExecuted(db: Executor, id: string, amountMinor: number) {
  await db
    .update(grants)
    .set({ executedMinor: sql`${grants.executedMinor} + ${amountMinor}`, updatedAt: new Date() })
    .where(eq(grants.id, id));
}

export async function policyOfCase(db: Executor, caseId: string) {
  const [row] = await db.select().from(grantPolicies).where(eq(grantPolicies.caseId, caseId));
  return row ?? null;
}

export async function upsertPolicy(db: Executor, values: typeof grantPolicies.$inferInsert) {
  const { businessId: _b, caseId: _c, programId: _p, ...set } = values;
  await db
    .insert(grantPolicies)
    .values(values)
    .onConflictDoUpdate({ target: grantPolicies.caseId, set: { ...set, updatedAt: new Date() } });
}

export async function setPolicyDocument(
  db: Executor,
  caseId: string,
  values: Pick<
    typeof grantPolicies.$inferInsert,
    'documentId' | 'documentStoredName' | 'documentOriginalName' | 'documentMimeType'
  >,
) {
  await db
    .update(grantPolicies)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(grantPolicies.caseId, caseId));
}

/** Policies of many cases at once (the batch checks its prerequisites in one query). */
export async function policiesOfCases(db: Executor, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select({
      caseId: grantPolicies.caseId,
      issuedOn: grantPolicies.issuedOn,
      expiresOn: grantPolicies.expiresOn,
    })
    .from(grantPolicies)
    .where(anyOf(grantPolicies.caseId, caseIds, 'uuid'));
}

const recorder = alias(users, 'recorder');

export async function ledgerWithNames(db: Executor, grantId: string) {
  return db
    .select({ entry: grantDisbursements, recordedByName: recorder.name })
    .from(grantDisbursements)
    .leftJoin(recorder, eq(recorder.id, grantDisbursements.recordedBy))
    .where(eq(grantDisbursements.grantId, grantId))
    .orderBy(asc(grantDisbursements.createdAt), asc(grantDisbursements.id));
}

export async function receiptsOf(db: Executor, grantId: string) {
  return db
    .select({ receipt: grantReceipts, uploadedByName: recorder.name })
    .from(grantReceipts)
    .leftJoin(recorder, eq(recorder.id, grantReceipts.uploadedBy))
    .where(eq(grantReceipts.grantId, grantId))
    .orderBy(asc(grantReceipts.createdAt), asc(grantReceipts.id));
}

export async function insertReceipt(db: Executor, values: typeof grantReceipts.$inferInsert) {
  const [row] = await db.insert(grantReceipts).values(values).returning({ id: grantReceipts.id });
  return row!.id;
}

export async function findReceipt(db: Executor, caseId: string, id: string) {
  const [row] = await db
    .select()
    .from(grantReceipts)
    .where(and(eq(grantReceipts.caseId, caseId), eq(grantReceipts.id, id)));
  return row ?? null;
}

// ---------- batch and report ----------

/** Open grants of the program still short of their approved amount, with their case. */
export async function openGrants(db: Executor, programId: string) {
  return db
    .select({
      id: grants.id,
      businessId: grants.businessId,
      caseId: grants.caseId,
      approvedMinor: grants.approvedMinor,
      disbursedMinor: grants.disbursedMinor,
    })
    .from(grants)
    .innerJoin(cases, eq(cases.id, grants.caseId))
    .where(
      and(
        eq(grants.programId, programId),
        isNull(grants.settledOn),
        eq(cases.status, 'active'),
        sql`${grants.disbursedMinor} < ${grants.approvedMinor}`,
      ),
    )
    .orderBy(asc(grants.id));
}

export async function insertDisbursements(
  db: Executor,
  rows: Array<typeof grantDisbursements.$inferInsert>,
) {
  if (rows.length > 0) await bulkInsert(db, grantDisbursements, rows);
}

/** Every grant in the scope with what the report groups and adds up. */
/**
 * One row per grant of the scope. With `before` (a past moment), only grants opened before it,
 * and the ledger, receipts, policy and settlement dated on or before its day.
 */
export async function grantFacts(
  db: Executor,
  f: { programId: string; scope: SQL; before?: Date | null },
) {
  const day = f.before
    ? sql`(${f.before.toISOString()}::timestamptz - interval '1 microsecond') at time zone 'America/Bogota'`
    : null;
  const paidBy = day ? sql` and ${grantDisbursements.paidOn} <= (${day})::date` : sql``;
  const dated = (column: SQL | typeof grantPolicies.issuedOn | typeof grants.settledOn) =>
    day
      ? sql<string | null>`case when ${column} <= (${day})::date then ${column} end`
      : sql<string | null>`${column}`;
  const ledgerSum = sql<number>`(select coalesce(sum(${grantDisbursements.amountMinor}), 0)::bigint from ${grantDisbursements} where ${grantDisbursements.grantId} = ${grants.id}${paidBy})`;
  return db
    .select({
      caseId: grants.caseId,
      municipalityCode: cases.municipalityCode,
      localityCode: cases.localityCode,
      priorityGroups: cases.priorityGroups,
      registeredAt: cases.registeredAt,
      approvedMinor: grants.approvedMinor,
      disbursedMinor: day ? ledgerSum.mapWith(Number) : grants.disbursedMinor,
      executedMinor: day
        ? sql<number>`(select coalesce(sum(r.amount_minor), 0)::bigint from ${grantReceipts} r where r.grant_id = ${grants.id} and r.issued_on <= (${day})::date)`.mapWith(
            Number,
          )
        : grants.executedMinor,
      settledOn: dated(grants.settledOn),
      toReturnMinor: grants.toReturnMinor,
      policyIssuedOn: dated(grantPolicies.issuedOn),
      firstPaidOn: sql<
        string | null
      >`(select min(${grantDisbursements.paidOn})::text from ${grantDisbursements} where ${grantDisbursements.grantId} = ${grants.id} and ${grantDisbursements.amountMinor} > 0${paidBy})`,
      ledgerEntries: sql<number>`(select count(*)::int from ${grantDisbursements} where ${grantDisbursements.grantId} = ${grants.id}${paidBy})`,
      ledgerSum: ledgerSum.mapWith(Number),
    })
    .from(grants)
    .innerJoin(cases, eq(cases.id, grants.caseId))
    .leftJoin(grantPolicies, eq(grantPolicies.caseId, grants.caseId))
    .where(
      and(
        eq(grants.programId, f.programId),
        f.scope,
        f.before ? sql`${grants.createdAt} < ${f.before.toISOString()}` : undefined,
      ),
    );
}
