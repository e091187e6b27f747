import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicantFlags } from '../modules/registration/registration.table.ts';
import { auditEvents } from '../modules/audit/audit.table.ts';
import { openTestDatabase } from '../test/database.ts';
import { bulkInsert } from './bulk.ts';
import type { Database } from './client.ts';

describe('bulkInsert', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('writes every row with application and database defaults, JSON and arrays intact', async () => {
    const businessId = '019f0000-0000-7000-8000-000000000001';
    const rows = Array.from({ length: 12_345 }, (_, i) => ({
      businessId,
      applicantId: businessId,
      kind: i % 2 ? 'same_phone' : 'similar_name_and_address',
      ...(i % 3 === 0 ? { score: i } : {}),
    }));
    let reported = 0;
    await bulkInsert(database.db, applicantFlags, rows, {
      chunk: 5000,
      onChunk: (done) => (reported = done),
    });
    expect(reported).toBe(12_345);
    const stored = await database.db.select().from(applicantFlags);
    expect(stored).toHaveLength(12_345);
    expect(new Set(stored.map((r) => r.id)).size).toBe(12_345);
    expect(stored.every((r) => r.status === 'open' && r.createdAt instanceof Date)).toBe(true);
    expect(stored.filter((r) => r.score !== null)).toHaveLength(4115);

    await bulkInsert(database.db, auditEvents, [
      {
        action: 'x',
        entityType: 'y',
        entityId: 'z',
        after: { nested: { list: [1, 'dos', null] }, text: 'comillas "y" \\ barra' },
      },
    ]);
    const [event] = await database.db.select().from(auditEvents);
    expect(event!.after).toEqual({
      nested: { list: [1, 'dos', null] },
      text: 'comillas "y" \\ barra',
    });
  });
});
