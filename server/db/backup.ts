import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from './client.ts';

/**
 * Backup of the embedded database: PGlite's own data-directory dump (a gzipped tarball).
 * Run it while the server is stopped: PGlite is single-process.
 */
export async function backupEmbedded(options: { dataDir: string; file: string }) {
  const pgDir = path.join(options.dataDir, 'pglite');
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION')))
    throw new Error(`No embedded database in ${options.dataDir}`);
  const database = await openDatabase({ dataDir: pgDir });
  try {
    const dump = await database.pglite!.dumpDataDir('gzip');
    fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
    fs.writeFileSync(options.file, Buffer.from(await dump.arrayBuffer()));
    return { bytes: dump.size };
  } finally {
    await database.close();
  }
}

/** Restores a backup into DATA_DIR; refuses to overwrite an existing database unless forced. */
export async function restoreEmbedded(options: { dataDir: string; file: string; force?: boolean }) {
  const pgDir = path.join(options.dataDir, 'pglite');
  if (fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    if (!options.force)
      throw new Error(`${pgDir} already holds a database; pass --force to replace it`);
    fs.rmSync(pgDir, { recursive: true, force: true });
  }
  const bytes = fs.readFileSync(options.file);
  const database = await openDatabase({ dataDir: pgDir, loadDataDir: new Blob([bytes]) });
  await database.close();
}
