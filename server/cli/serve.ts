import { buildApp } from '../app.ts';
import type { Config } from '../config.ts';
import { refreshStatistics } from '../db/client.ts';
import { hasDemo, isDatabaseEmpty, loadDemo } from '../modules/demo/demo.repo.ts';
import { demoAccountLines } from './demo-accounts.ts';
import { openConfiguredDatabase, resolveSecret } from '../runtime.ts';

export async function serve(options: { config: Config; demo: boolean }) {
  const { config } = options;
  const started = performance.now();
  const database = await openConfiguredDatabase(config);
  let demoLoaded = false;
  // The demo loads by itself only into the embedded database, never into a PostgreSQL server.
  if (options.demo && database.kind === 'pglite' && (await isDatabaseEmpty(database.db))) {
    console.log('Empty embedded database: loading the demo program…');
    await loadDemo({ db: database.db, dataDir: config.dataDir });
    demoLoaded = true;
  }
  // PGlite keeps no planner statistics by itself: refresh them at every start.
  if (database.kind === 'pglite') await refreshStatistics(database.db);
  const app = await buildApp({ database, config, secret: resolveSecret(config) });
  const close = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const lines = [
    '',
    `Palanca is ready at http://${host}:${port}  (database: ${database.kind}, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    `API documentation: http://${host}:${port}/api/docs`,
  ];
  if (demoLoaded || (await hasDemo(database.db))) lines.push(...demoAccountLines());
  console.log(lines.join('\n'));
  return { app, database };
}
