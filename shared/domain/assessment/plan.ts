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

interface Pool {
  lever: string;
  score: number;
  order: number;
  weight: number;
  activities: TPlanTemplate['activities'];
  taken: number;
}

/** Whether pool `p` takes the next slot before `best` (see the rule at the top). */
function before(p: Pool, best: Pool): boolean {
  const a = p.weight / (p.taken + 1);
  const b = best.weight / (best.taken + 1);
  if (a !== b) return a > b;
  if (p.score !== best.score) return p.score < best.score;
  return p.order < best.order;
}

// Plain loops: a batch plans thousands, and closures made per call cost more than the work.
export function generatePlan(options: {
  settings: Pick<TAssessmentSettings, 'plan' | 'templates'>;
  /** In the questionnaire's order, with their (adjusted) levels. */
  levers: ReadonlyArray<{ lever: string; level: Level; score: number }>;
  needsMentor: boolean;
  locale: 'es' | 'en';
}): PlannedActivity[] {
  const { settings, locale } = options;
  const pools: Pool[] = [];
  for (let order = 0; order < options.levers.length; order++) {
    const l = options.levers[order]!;
    const activities = activitiesFor(settings.templates, l.lever, l.level);
    if (activities.length === 0) continue;
    const weight = LEVELS.length - LEVELS.indexOf(l.level);
    pools.push({ lever: l.lever, score: l.score, order, weight, activities, taken: 0 });
  }
  const picked: Array<Omit<PlannedActivity, 'position'> & { i: number }> = [];
  while (picked.length < settings.plan.activities) {
    let best: Pool | undefined;
    for (const p of pools)
      if (p.taken < p.activities.length && (!best || before(p, best))) best = p;
    if (!best) break;
    const activity = best.activities[best.taken]!;
    best.taken += 1;
    picked.push({
      i: picked.length,
      lever: best.lever,
      title: activity.title[locale],
      description: activity.description[locale],
      week: Math.min(settings.plan.weeks, Math.max(1, activity.week)),
      responsible:
        activity.responsible === 'mentor' && !options.needsMentor
          ? 'facilitator'
          : activity.responsible,
    });
  }
  picked.sort(byWeek);
  const out: PlannedActivity[] = [];
  for (let position = 0; position < picked.length; position++) {
    const { i: _i, ...a } = picked[position]!;
    out.push({ ...a, position });
  }
  return out;
}

function byWeek(a: { week: number; i: number }, b: { week: number; i: number }) {
  return a.week - b.week || a.i - b.i;
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
