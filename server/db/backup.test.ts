import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupEmbedded, restoreEmbedded } from './backup.ts';
import { migrateDatabase, openDatabase, type Database } from './client.ts';
import { loadTerritories } from '../modules/programs/territories.repo.ts';
import { buildWorld } from '../test/world.ts';

/** Every table's rows, in a stable order, as text. */
async function snapshot(database: Database) {
  const pg = database.pglite!;
  const tables = await pg.query<{ tablename: string }>(
    `select tablename from pg_tables where schemaname = 'public' order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { tablename } of tables.rows) {
    const res = await pg.query<{ t: string }>(
      `select coalesce(string_agg(x::text, E'\\n' order by x::text), '') as t from "${tablename}" x`,
    );
    out[tablename] = res.rows[0]!.t;
  }
  return out;
}

describe('backup and restore of the embedded database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'palanca-backup-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('round-trips to identical data', async () => {
    const source = path.join(dir, 'source');
    const original = await openDatabase({ dataDir: path.join(source, 'pglite') });
    await migrateDatabase(original);
    await loadTerritories(original.db);
    await buildWorld(original.db);
    const before = await snapshot(original);
    await original.close();

    const file = path.join(dir, 'backup.tar.gz');
    const { bytes } = await backupEmbedded({ dataDir: source, file });
    expect(bytes).toBeGreaterThan(1000);

    const target = path.join(dir, 'target');
    await restoreEmbedded({ dataDir: target, file });
    await expect(restoreEmbedded({ dataDir: target, file })).rejects.toThrow(/--force/);
    const restored = await openDatabase({ dataDir: path.join(target, 'pglite') });
    const after = await snapshot(restored);
    await restored.close();
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after).toEqual(before);
    expect(before.users!.split('\n').length).toBeGreaterThan(8);
  });
});
