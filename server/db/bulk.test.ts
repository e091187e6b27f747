import { asc, sql } from 'drizzle-orm';
import { bigint, boolean, date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicantFlags } from '../modules/registration/registration.table.ts';
import { auditEvents } from '../modules/audit/audit.table.ts';
import { openTestDatabase } from '../test/database.ts';
import { anyOf, bulkInsert, readMany } from './bulk.ts';
import { refreshStatistics, type Database } from './client.ts';

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

    // PGlite has no autovacuum: the statistics exist only once refreshed.
    const stats = async () => {
      const result: unknown = await database.db.execute(
        sql`select count(*)::int as n from pg_stats where tablename = 'applicant_flags'`,
      );
      return (result as { rows: Array<{ n: number }> }).rows[0]!.n;
    };
    if (database.kind === 'pglite') expect(await stats()).toBe(0);
    await refreshStatistics(database.db, [applicantFlags]);
    expect(await stats()).toBeGreaterThan(0);

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

  const sample = pgTable('bulk_sample', {
    id: uuid().primaryKey(),
    label: text(),
    tags: text().array(),
    at: timestamp({ withTimezone: true }),
    day: date({ mode: 'string' }),
    pesos: bigint({ mode: 'number' }),
    ok: boolean(),
  });

  it('keeps any text through array parameters, and reads many rows back as they were', async () => {
    await database.db.execute(sql`create table bulk_sample (id uuid primary key, label text,
      tags text[], at timestamptz, day date, pesos bigint, ok boolean)`);
    const tricky = [
      '',
      'NULL',
      'a,b',
      '{llaves}',
      'comillas "y" \\ barra',
      'Ñandú 😀',
      ' espacio ',
    ];
    const rows = tricky.map((label, i) => ({
      id: `019f0000-0000-7000-8000-00000000010${i}`,
      label,
      tags: [label, 'otra', ...(i % 2 ? [] : ['x,y'])],
      at: new Date(Date.UTC(2026, 10, 21, 12, i)),
      day: `2026-11-0${i + 1}`,
      pesos: 90_000_000_000 + i,
      ok: i % 2 === 0,
    }));
    rows.push({ ...rows[0]!, id: '019f0000-0000-7000-8000-000000000199', label: null as never });
    await bulkInsert(database.db, sample, rows, { chunk: 3 });
    const stored = await database.db.select().from(sample).orderBy(asc(sample.id));
    expect(stored).toEqual(rows);

    const read = await readMany(database.db, {
      fields: {
        id: sample.id,
        label: sample.label,
        tags: sample.tags,
        at: sample.at,
        pesos: sample.pesos,
      },
      from: sample,
      where: anyOf(sample.id, [rows[1]!.id, rows[4]!.id], 'uuid'),
    });
    expect(read.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [rows[1]!, rows[4]!].map(({ id, label, tags, at, pesos }) => ({
        id,
        label,
        tags,
        at,
        pesos,
      })),
    );
    expect(read[0]!.at).toBeInstanceOf(Date);
    expect(
      await readMany(database.db, { fields: { id: sample.id }, from: sample, where: sql`false` }),
    ).toEqual([]);
  });
});
