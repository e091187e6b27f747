/**
 * From a diagnosis to an attention plan, and a plan's progress. Pure and deterministic.
 *
 * Weak levers get more activities: slots go one at a time to the lever with the highest
 * weight / (activities already taken + 1), where an incipiente lever weighs 5 and an excelente
 * one 1 (the D'Hondt rule); ties go to the lower score, then to the questionnaire's order.
 */
import {
  LEVELS,
  type Level,
  type Responsible,
  type TAssessmentSettings,
  type TPlanProgress,
  type TPlanTemplate,
} from '../../schemas/assessment.ts';

export interface PlannedActivity {
  position: number;
  lever: string;
  title: string;
  description: string;
  week: number;
  responsible: Responsible;
}

/** Templates by lever and level, indexed once per templates list (a batch plans thousands). */
const indexed = new WeakMap<readonly TPlanTemplate[], Map<string, TPlanTemplate['activities']>>();
function activitiesFor(templates: readonly TPlanTemplate[], lever: string, level: Level) {
  let index = indexed.get(templates);
  if (!index) {
    index = new Map();
    for (const t of templates)
      for (const l of t.levels) {
        const key = `${t.lever}\u0000${l}`;
        // The first template that names a lever and level is the one that applies.
        if (!index.has(key)) index.set(key, t.activities);
      }
    indexed.set(templates, index);
  }
  return index.get(`${lever}\u0000${level}`) ?? [];
}

export function generatePlan(options: {
  settings: Pick<TAssessmentSettings, 'plan' | 'templates'>;
  /** In the questionnaire's order, with their (adjusted) levels. */
  levers: ReadonlyArray<{ lever: string; level: Level; score: number }>;
  needsMentor: boolean;
  locale: 'es' | 'en';
}): PlannedActivity[] {
  const { settings, locale } = options;
  const pools = options.levers
    .map((l, order) => ({
      ...l,
      order,
      weight: LEVELS.length - LEVELS.indexOf(l.level),
      activities: activitiesFor(settings.templates, l.lever, l.level),
      taken: 0,
    }))
    .filter((p) => p.activities.length > 0);
  const picked: Array<{ lever: string; activity: TPlanTemplate['activities'][number] }> = [];
  while (picked.length < settings.plan.activities) {
    let best: (typeof pools)[number] | undefined;
    for (const p of pools) {
      if (p.taken >= p.activities.length) continue;
      if (!best) best = p;
      else {
        const a = p.weight / (p.taken + 1);
        const b = best.weight / (best.taken + 1);
        if (
          a > b ||
          (a === b && (p.score < best.score || (p.score === best.score && p.order < best.order)))
        )
          best = p;
      }
    }
    if (!best) break;
    picked.push({ lever: best.lever, activity: best.activities[best.taken]! });
    best.taken += 1;
  }
  return picked
    .map(({ lever, activity }, i) => ({
      i,
      lever,
      title: activity.title[locale],
      description: activity.description[locale],
      week: Math.min(settings.plan.weeks, Math.max(1, activity.week)),
      responsible:
        activity.responsible === 'mentor' && !options.needsMentor
          ? ('facilitator' as const)
          : activity.responsible,
    }))
    .sort((a, b) => a.week - b.week || a.i - b.i)
    .map(({ i: _i, ...a }, position) => ({ ...a, position }));
}

/** The last day of a week of a plan starting on `startsOn` (YYYY-MM-DD). */
export function dueOn(startsOn: string, week: number): string {
  const d = new Date(`${startsOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + week * 7 - 1);
  return d.toISOString().slice(0, 10);
}

/** Activities planned, recorded (done or not done) and done; whether the completion rule is met. */
export function planProgress(
  activities: ReadonlyArray<{ status: 'scheduled' | 'done' | 'not_done' }>,
  completionPercent: number,
): TPlanProgress {
  const planned = activities.length;
  const done = activities.filter((a) => a.status === 'done').length;
  const recorded = activities.filter((a) => a.status !== 'scheduled').length;
  return {
    planned,
    recorded,
    done,
    donePercent: planned > 0 ? Math.round((done / planned) * 1000) / 10 : 0,
    completionReached: planned > 0 && done * 100 >= completionPercent * planned,
  };
}
