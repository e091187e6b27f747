/** The program's training tracks by name, as other modules list them (the grants' settings). */
import type { Executor } from '../../db/client.ts';
import * as repo from './training.repo.ts';

export async function trackNames(db: Executor, programId: string) {
  return (await repo.tracksOf(db, programId)).map((t) => ({ id: t.id, name: t.name }));
}
