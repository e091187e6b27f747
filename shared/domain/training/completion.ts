/**
 * Training completion, pure. A case completes a module (capsule) when the minutes it attended as
 * `present` across that module's sessions reach the track's share (`completionPercent`) of the
 * module's duration; it completes the track when it completed every module of it.
 */

/** The share of a module's duration that must be attended, when a track does not say. */
export const DEFAULT_COMPLETION_PERCENT = 80;

/** One session a case attended as present: when it started and the minutes it stayed. */
export interface PresentAttendance {
  startsAt: Date;
  minutes: number;
}

export interface ModuleProgress {
  moduleId: string;
  /** Minutes attended as present, over all the module's sessions. */
  minutes: number;
  /** Minutes needed to complete the module. */
  required: number;
  completed: boolean;
  /** When the module was completed: the start of the session that reached the required minutes. */
  completedAt: Date | null;
}

export interface TrackCompletion {
  modules: ModuleProgress[];
  completed: boolean;
  /** Share of the track's modules completed, 0–100 (whole number). */
  percent: number;
}

/** Minutes a module needs: the share of its duration, rounded up (at least one minute). */
export function requiredMinutes(durationMinutes: number, completionPercent: number): number {
  return Math.max(1, Math.ceil((durationMinutes * completionPercent) / 100));
}

/** Progress in one module from the sessions attended as present (any order). */
export function moduleProgress(options: {
  moduleId: string;
  durationMinutes: number;
  completionPercent: number;
  attended: readonly PresentAttendance[];
}): ModuleProgress {
  const required = requiredMinutes(options.durationMinutes, options.completionPercent);
  const sorted = [...options.attended].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  let minutes = 0;
  let completedAt: Date | null = null;
  for (const a of sorted) {
    minutes += Math.max(0, a.minutes);
    if (completedAt === null && minutes >= required) completedAt = a.startsAt;
  }
  return {
    moduleId: options.moduleId,
    minutes,
    required,
    completed: completedAt !== null,
    completedAt,
  };
}

/**
 * Progress in a track: each module in the track's order, whether all are completed, and the
 * share completed. A track without modules is never completed.
 */
export function trackCompletion(options: {
  modules: ReadonlyArray<{ id: string; durationMinutes: number }>;
  completionPercent: number;
  /** Sessions attended as present, per module id. */
  attended: ReadonlyMap<string, readonly PresentAttendance[]>;
}): TrackCompletion {
  const modules = options.modules.map((m) =>
    moduleProgress({
      moduleId: m.id,
      durationMinutes: m.durationMinutes,
      completionPercent: options.completionPercent,
      attended: options.attended.get(m.id) ?? [],
    }),
  );
  const done = modules.filter((m) => m.completed).length;
  return {
    modules,
    completed: modules.length > 0 && done === modules.length,
    percent: modules.length === 0 ? 0 : Math.round((done * 100) / modules.length),
  };
}

/**
 * Completion of a track from the minutes attended as present per module (already summed), for
 * reports and batch checks that need no dates.
 */
export function trackShare(options: {
  moduleDurations: ReadonlyArray<{ id: string; durationMinutes: number }>;
  completionPercent: number;
  minutes: ReadonlyMap<string, number>;
}): { completed: boolean; percent: number; modulesCompleted: number } {
  const total = options.moduleDurations.length;
  const done = options.moduleDurations.filter(
    (m) =>
      (options.minutes.get(m.id) ?? 0) >=
      requiredMinutes(m.durationMinutes, options.completionPercent),
  ).length;
  return {
    completed: total > 0 && done === total,
    percent: total === 0 ? 0 : Math.round((done * 100) / total),
    modulesCompleted: done,
  };
}

/** Minutes stored for an attendance: present defaults to the whole session; others count none. */
export function attendedMinutes(
  attendance: 'pending' | 'present' | 'absent' | 'excused',
  minutes: number | undefined,
  durationMinutes: number,
): number {
  if (attendance !== 'present') return 0;
  return minutes ?? durationMinutes;
}
