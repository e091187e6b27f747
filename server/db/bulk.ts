import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client.ts';

/**
 * Inserts many rows as one JSON document per chunk (`INSERT … SELECT FROM jsonb_to_recordset`).
 * One parameter instead of thousands makes bulk loads several times faster on PGlite, and the
 * same statement runs on a PostgreSQL server. Columns no row sets get their defaults; a column
 * some rows leave out is NULL for those rows.
 */
export async function bulkInsert<T extends PgTable>(
  db: Executor,
  table: T,
  rows: Array<T['$inferInsert']>,
  options: { chunk?: number; onChunk?: (done: number) => void } = {},
) {
  if (rows.length === 0) return;
  // The database is set to snake_case: a column named after its key is stored in snake case.
  const present = new Set<string>();
  for (const row of rows)
    for (const [k, v] of Object.entries(row)) if (v !== undefined) present.add(k);
  // Application-side defaults (UUIDv7 ids) are computed here, as Drizzle's own insert would.
  const columns = Object.entries(getTableColumns(table))
    .filter(([key, c]) => present.has(key) || c.defaultFn !== undefined)
    .map(([key, c]) => ({
      key,
      name: c.keyAsName ? toSnakeCase(key) : c.name,
      type: c.getSQLType(),
      defaultFn: c.defaultFn,
    }));
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const types = columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
  const chunk = options.chunk ?? 5000;
  for (let i = 0; i < rows.length; i += chunk) {
    const records = rows.slice(i, i + chunk).map((row) => {
      const r = row as Record<string, unknown>;
      return Object.fromEntries(
        columns.map((c) => [c.name, r[c.key] ?? (c.defaultFn ? c.defaultFn() : null)]),
      );
    });
    await db.execute(
      sql`insert into ${sql.identifier(getTableName(table))} (${sql.raw(names)})
          select ${sql.raw(names)} from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as r(${sql.raw(types)})`,
    );
    options.onChunk?.(Math.min(rows.length, i + chunk));
  }
}
