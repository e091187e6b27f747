import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { applicants, selectionDecisions } from './registration.table.ts';

export async function findDecision(
  db: Executor,
  options: { callId: string; territoryCode: string },
) {
  const [row] = await db
    .select()
    .from(selectionDecisions)
    .where(
      and(
        eq(selectionDecisions.callId, options.callId),
        eq(selectionDecisions.territoryCode, options.territoryCode),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function insertDecision(db: Executor, values: typeof selectionDecisions.$inferInsert) {
  await db.insert(selectionDecisions).values(values);
}

export async function firstWaitlisted(
  db: Executor,
  options: { callId: string; territoryCode: string },
) {
  const [row] = await db
    .select({
      id: applicants.id,
      businessId: applicants.businessId,
      selectionRank: applicants.selectionRank,
    })
    .from(applicants)
    .where(
      and(
        eq(applicants.callId, options.callId),
        eq(applicants.territoryCode, options.territoryCode),
        eq(applicants.selection, 'waitlisted'),
      ),
    )
    .orderBy(asc(applicants.selectionRank))
    .limit(1);
  return row ?? null;
}
