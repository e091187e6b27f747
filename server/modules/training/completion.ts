/**
 * Training completion, as other modules read it (the grants' `training` prerequisite): a fixed
 * number of queries whatever the number of cases (the track, its modules, one aggregate).
 */
import { trackShare } from '../../../shared/domain/training/completion.ts';
import type { Executor } from '../../db/client.ts';
import * as repo from './training.repo.ts';

export interface TrackProgress {
  completed: boolean;
  /** Share of the track's modules completed, 0–100. */
  percent: number;
}

/** Each case's progress in a training track of the program (cases without any: 0 %). */
export async function trackProgress(
  db: Executor,
  options: { programId: string; trackId: string; caseIds: string[] },
): Promise<Map<string, TrackProgress>> {
  const { programId, caseIds } = options;
  const out = new Map<string, TrackProgress>(
    caseIds.map((id) => [id, { completed: false, percent: 0 }]),
  );
  if (caseIds.length === 0) return out;
  const [track] = await repo.tracksOf(db, programId, options.trackId);
  if (!track || track.moduleIds.length === 0) return out;
  const modules = await repo.modulesOf(db, programId, track.moduleIds);
  const moduleDurations = modules.map((m) => ({
    id: m.module.id,
    durationMinutes: m.module.durationMinutes,
  }));
  // A module deleted from the program can no longer be completed: the track is not.
  const missing = track.moduleIds.length - moduleDurations.length;
  const rows = await repo.minutesByCaseAndModule(db, {
    programId,
    moduleIds: track.moduleIds,
    caseIds,
  });
  const minutes = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const perModule = minutes.get(r.caseId) ?? new Map<string, number>();
    perModule.set(r.moduleId, r.minutes);
    minutes.set(r.caseId, perModule);
  }
  for (const [caseId, perModule] of minutes) {
    const share = trackShare({
      moduleDurations,
      completionPercent: track.completionPercent,
      minutes: perModule,
    });
    const total = moduleDurations.length + missing;
    out.set(caseId, {
      completed: share.completed && missing === 0,
      percent: total === 0 ? 0 : Math.round((share.modulesCompleted * 100) / total),
    });
  }
  return out;
}
