import type { Executor } from '../../db/client.ts';
import { businesses, cases, owners } from './cases.table.ts';

const BATCH = 500;

/** Creates businesses with their owner and case, in batches (selection turns applicants into cases). */
export async function insertCasesWithBusinesses(
  db: Executor,
  rows: Array<{
    business: typeof businesses.$inferInsert;
    owner: typeof owners.$inferInsert;
    case: typeof cases.$inferInsert;
  }>,
) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await db.insert(businesses).values(batch.map((r) => r.business));
    await db.insert(owners).values(batch.map((r) => r.owner));
    await db.insert(cases).values(batch.map((r) => r.case));
  }
}
