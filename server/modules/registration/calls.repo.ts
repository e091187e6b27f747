import { and, asc, desc, eq } from 'drizzle-orm';
import type { TCallRules } from '../../../shared/schemas/registration.ts';
import type { Executor } from '../../db/client.ts';
import { callRuleVersions, calls, callTerritories } from './registration.table.ts';

export async function findCall(db: Executor, options: { programId: string; callId: string }) {
  const [row] = await db
    .select()
    .from(calls)
    .where(and(eq(calls.id, options.callId), eq(calls.programId, options.programId)))
    .limit(1);
  return row ?? null;
}

export async function findCallByCode(db: Executor, code: string) {
  const [row] = await db.select().from(calls).where(eq(calls.code, code)).limit(1);
  return row ?? null;
}

export async function listCalls(db: Executor, programId: string) {
  return db
    .select()
    .from(calls)
    .where(eq(calls.programId, programId))
    .orderBy(desc(calls.opensOn), asc(calls.code));
}

export async function listCallTerritories(db: Executor, callId: string) {
  return db
    .select({ territoryCode: callTerritories.territoryCode, goal: callTerritories.goal })
    .from(callTerritories)
    .where(eq(callTerritories.callId, callId))
    .orderBy(asc(callTerritories.territoryCode));
}

export async function findRules(db: Executor, callId: string, version: number) {
  const [row] = await db
    .select()
    .from(callRuleVersions)
    .where(and(eq(callRuleVersions.callId, callId), eq(callRuleVersions.version, version)))
    .limit(1);
  return row ?? null;
}

export async function listRuleVersions(db: Executor, callId: string) {
  return db
    .select()
    .from(callRuleVersions)
    .where(eq(callRuleVersions.callId, callId))
    .orderBy(desc(callRuleVersions.version));
}

export async function insertCall(db: Executor, values: typeof calls.$inferInsert) {
  const [row] = await db.insert(calls).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateCall(
  db: Executor,
  id: string,
  values: Pick<
    typeof calls.$inferInsert,
    'code' | 'name' | 'opensOn' | 'closesOn' | 'rulesVersion'
  >,
) {
  await db.update(calls).set(values).where(eq(calls.id, id));
}

export async function insertRuleVersion(
  db: Executor,
  values: { callId: string; version: number; rules: TCallRules; createdBy: string | null },
) {
  await db.insert(callRuleVersions).values(values);
}

export async function replaceCallTerritories(
  db: Executor,
  callId: string,
  territories: Array<{ territoryCode: string; goal: number }>,
) {
  await db.delete(callTerritories).where(eq(callTerritories.callId, callId));
  if (territories.length > 0) {
    await db.insert(callTerritories).values(territories.map((t) => ({ ...t, callId })));
  }
}
