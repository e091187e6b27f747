/** What every in-process workload starts from: a migrated PGlite with territories and one program. */
import { migrateDatabase, openDatabase, type Database } from '../server/db/client.ts';
import type { Actor, ProgramAccess } from '../server/http/context.ts';
import { insertOrganization } from '../server/modules/auth/auth.repo.ts';
import { createProgram } from '../server/modules/programs/programs.service.ts';
import { loadTerritories } from '../server/modules/programs/territories.repo.ts';

export async function benchProgram(options: {
  database?: Database;
  cities: Array<{ municipalityCode: string; goal: number | null }>;
  localities?: Array<{ localityCode: string; goal: number }>;
  role?: ProgramAccess['role'];
}) {
  const database = options.database ?? (await openDatabase({}));
  const { db } = database;
  await migrateDatabase(database);
  await loadTerritories(db);
  const org = await insertOrganization(db, { name: 'Bench', slug: 'bench' });
  const actor: Actor = { userId: null, organizationId: org.id, requestId: 'bench', ip: null };
  const program = await createProgram({
    db,
    actor,
    organizationId: org.id,
    body: {
      code: 'BENCH',
      name: 'Bench',
      cycleStart: '2026-01-01',
      cycleEnd: '2026-12-31',
      cities: options.cities,
      localities: options.localities ?? [],
    },
  });
  const access: ProgramAccess = {
    programId: program.id,
    organizationId: org.id,
    userId: '',
    role: options.role ?? 'coordinator',
    scope: { type: 'program', cities: [], localities: [] },
  };
  return { database, db, org, actor, access, programId: program.id };
}
