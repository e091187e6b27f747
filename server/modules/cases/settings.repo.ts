import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { TCaseSettings } from '../../../shared/schemas/cases.ts';
import type { Executor } from '../../db/client.ts';
import { programs } from '../programs/programs.table.ts';
import { cases } from './cases.table.ts';

export async function saveSettings(db: Executor, programId: string, settings: TCaseSettings) {
  await db
    .update(programs)
    .set({ caseSettings: settings, updatedAt: new Date() })
    .where(eq(programs.id, programId));
}

/** The stages that hold cases and the withdrawal reasons cases were given, in a program. */
export async function stagesAndReasonsInUse(db: Executor, programId: string) {
  // Called inside a transaction: one query at a time on its connection.
  const stages = await db
    .selectDistinct({ stage: cases.stage })
    .from(cases)
    .where(eq(cases.programId, programId));
  const reasons = await db
    .selectDistinct({ reason: sql<string>`${cases.withdrawalReason}` })
    .from(cases)
    .where(and(eq(cases.programId, programId), isNotNull(cases.withdrawalReason)));
  return { stages: stages.map((s) => s.stage), reasons: reasons.map((r) => r.reason) };
}
