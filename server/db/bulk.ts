import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client.ts';

/** One element of an array literal: NULL, a bare number or boolean, or a quoted string. */
function element(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  switch (typeof value) {
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'string':
      return quote(value);
    case 'object':
      if (value instanceof Date) return value.toISOString();
      if (Array.isArray(value)) return quote(arrayLiteral(value));
      return quote(JSON.stringify(value));
    case 'function':
    case 'symbol':
    case 'undefined':
      break;
  }
  throw new TypeError(`cannot store a ${typeof value}`);
}

function quote(text: string): string {
  return text.includes('"') || text.includes('\\')
    ? `"${text.replace(/[\\"]/g, '\\$&')}"`
    : `"${text}"`;
}

/** `{"a","b",NULL}`: an array literal in PostgreSQL's text format. */
function arrayLiteral(values: readonly unknown[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    out += element(values[i]);
  }
  return `${out}}`;
}

/**
 * Inserts many rows with one array parameter per column (`INSERT … SELECT FROM unnest($1::uuid[],
 * $2::text[], …)`). A handful of parameters instead of thousands, and no per-row JSON to parse,
 * makes bulk loads several times faster on PGlite; the same statement runs on a PostgreSQL
 * server. Columns no row sets get their defaults; a column some rows leave out is NULL for those
 * rows.
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
    .map(([key, c]) => {
      const type = c.getSQLType();
      const isArray = type.endsWith('[]');
      return {
        key,
        name: `"${c.keyAsName ? toSnakeCase(key) : c.name}"`,
        // An array column travels as a text array of array literals, cast back per row.
        paramType: isArray ? 'text[]' : `${type}[]`,
        select: isArray ? `::${type}` : '',
        defaultFn: c.defaultFn,
        // A JSON value travels as its text, whatever its shape (an array is not a SQL array here).
        json: type === 'jsonb' || type === 'json',
      };
    });
  const names = columns.map((c) => c.name).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const chunk = options.chunk ?? 1000;
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk) as Array<Record<string, unknown>>;
    const params = columns.map((c, j) => {
      const literal = arrayLiteral(
        part.map((r) => {
          const value = r[c.key] ?? (c.defaultFn ? c.defaultFn() : null);
          return c.json && value !== null ? JSON.stringify(value) : value;
        }),
      );
      return sql`${literal}::${sql.raw(columns[j]!.paramType)}`;
    });
    await db.execute(
      sql`insert into ${sql.identifier(getTableName(table))} (${sql.raw(names)})
          select ${sql.raw(columns.map((c, j) => `${aliases[j]}${c.select}`).join(', '))}
          from unnest(${sql.join(params, sql`, `)}) as r(${sql.raw(aliases.join(', '))})`,
    );
    options.onChunk?.(Math.min(rows.length, i + chunk));
  }
}

/** A typed array parameter (`$1::uuid[]`) holding many values, for `unnest` and `= any(…)`. */
export function arrayParam(values: readonly unknown[], type: string): SQL {
  return sql`${arrayLiteral(values)}::${sql.raw(`${type}[]`)}`;
}

/**
 * `column = any($1::uuid[])`: one parameter however many values, where `inArray` would send one
 * parameter per value (thousands for a locality's ranking).
 */
export function anyOf(column: PgColumn, values: readonly unknown[], type: string): SQL {
  return sql`${column} = any(${arrayParam(values, type)})`;
}

const AS_JSON = new Set([
  'PgText',
  'PgUUID',
  'PgBoolean',
  'PgInteger',
  'PgSmallInt',
  'PgDateString',
  'PgBigInt53',
]);

type Row<F extends Record<string, PgColumn>> = {
  [K in keyof F]: F[K]['_']['notNull'] extends true ? F[K]['_']['data'] : F[K]['_']['data'] | null;
};

/**
 * Reads many rows as one JSON document (`json_agg`). PGlite turns every cell of a result into a
 * JavaScript value one by one; one text value parsed by `JSON.parse` is five times faster for a
 * whole call's applicants. Values go through each column's own mapping (dates, bigints, arrays).
 */
export async function readMany<F extends Record<string, PgColumn>>(
  db: Executor,
  options: { fields: F; from: PgTable; where?: SQL | undefined },
): Promise<Array<Row<F>>> {
  const entries = Object.entries(options.fields);
  // JSON already gives these as the right JavaScript values; the others (timestamps) are mapped.
  const mapped = entries.map(([, column]) => {
    const type =
      column.columnType === 'PgArray'
        ? (column as unknown as { baseColumn: PgColumn }).baseColumn.columnType
        : column.columnType;
    return !AS_JSON.has(type);
  });
  // PGlite and node-postgres both answer `{ rows }`; Drizzle's common type does not say so.
  const result: unknown = await db.execute(
    sql`select coalesce(json_agg(json_build_array(${sql.join(
      entries.map(([, column]) => column),
      sql`, `,
    )})), '[]')::text as rows from ${options.from} ${options.where ? sql`where ${options.where}` : sql``}`,
  );
  const [first] = (result as { rows: Array<{ rows: string }> }).rows;
  const arrays = JSON.parse(first!.rows) as unknown[][];
  return arrays.map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < entries.length; i++) {
      const value = values[i];
      row[entries[i]![0]] =
        value === null || !mapped[i] ? value : entries[i]![1].mapFromDriverValue(value);
    }
    return row as Row<F>;
  });
}
