/**
 * From answers to a diagnosis: which questions show, whether the answers are acceptable, the
 * score and level of each lever with the answers behind it, the overall level and whether the
 * plan needs a mentor. Pure and deterministic: the browser shows what the server stores.
 */
import {
  LEVELS,
  type Level,
  type TAnswer,
  type TAnswers,
  type TAssessmentSettings,
  type TExplanationItem,
  type TLeverResult,
  type TPoints,
  type TQuestion,
  type TQuestionnaireDefinition,
} from '../../schemas/assessment.ts';
import { questionsOf } from './definition.ts';

type Definition = Pick<TQuestionnaireDefinition, 'levers' | 'sections'>;

function isBlank(a: TAnswer | undefined): boolean {
  return a === undefined || a === '' || (Array.isArray(a) && a.length === 0);
}

function holds(answer: TAnswer | undefined, c: NonNullable<TQuestion['showIf']>): boolean {
  if (c.op === 'answered') return !isBlank(answer);
  if (isBlank(answer)) return false;
  switch (c.op) {
    case 'equals':
      return answer === c.value;
    case 'not_equals':
      return answer !== c.value;
    case 'includes':
      return Array.isArray(answer) && answer.includes(String(c.value));
    case 'gte':
      return typeof answer === 'number' && answer >= Number(c.value);
    case 'lte':
      return typeof answer === 'number' && answer <= Number(c.value);
  }
}

interface Compiled {
  questions: TQuestion[];
  byId: Map<string, TQuestion>;
  /** Per question, the most it can earn towards each lever it scores (levers with 0 left out). */
  max: Map<string, Array<[lever: string, max: number]>>;
}

/**
 * A definition prepared once for scoring many answer sets (a batch of thousands): its questions
 * in order, by id, and each question's maximum per lever. Definitions are immutable data, so the
 * prepared form is kept per definition object.
 */
const compiled = new WeakMap<Definition, Compiled>();
function compile(def: Definition): Compiled {
  let c = compiled.get(def);
  if (!c) {
    const questions = questionsOf(def).map(({ q }) => q);
    c = {
      questions,
      byId: new Map(questions.map((q) => [q.id, q])),
      max: new Map(
        questions.map((q) => [
          q.id,
          def.levers
            .map((l): [string, number] => [l.id, maxEarnable(q, l.id)])
            .filter(([, m]) => m > 0),
        ]),
      ),
    };
    compiled.set(def, c);
  }
  return c;
}

/** The ids of the questions shown for these answers (a question hides when what it depends on hides). */
export function visibleQuestions(def: Definition, answers: TAnswers): Set<string> {
  const { byId } = compile(def);
  const memo = new Map<string, boolean>();
  const shown = new Set<string>();
  for (const id of byId.keys()) if (isShown(id, byId, answers, memo, 0)) shown.add(id);
  return shown;
}

// Module-level rather than a closure per call: batches score thousands of answer sets.
function isShown(
  id: string,
  byId: Map<string, TQuestion>,
  answers: TAnswers,
  memo: Map<string, boolean>,
  depth: number,
): boolean {
  const known = memo.get(id);
  if (known !== undefined) return known;
  const q = byId.get(id);
  let shown = !!q;
  if (q?.showIf) {
    const parent = byId.get(q.showIf.question);
    shown =
      !!parent &&
      depth < byId.size &&
      isShown(parent.id, byId, answers, memo, depth + 1) &&
      holds(answers[parent.id], q.showIf);
  }
  memo.set(id, shown);
  return shown;
}

export interface AnswerIssue {
  path: string[];
  code: string;
  params?: Record<string, string | number>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(s: string) {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function answerIssue(q: TQuestion, a: TAnswer): Omit<AnswerIssue, 'path'> | null {
  const options = new Map((q.options ?? []).map((o) => [o.id, o]));
  switch (q.type) {
    case 'single':
      if (typeof a !== 'string') return { code: 'answer_type' };
      return options.has(a) ? null : { code: 'unknown_option' };
    case 'multiple': {
      if (!Array.isArray(a)) return { code: 'answer_type' };
      if (a.some((id) => !options.has(id))) return { code: 'unknown_option' };
      if (new Set(a).size !== a.length) return { code: 'option_repeated' };
      if (a.length > 1 && a.some((id) => options.get(id)?.exclusive))
        return { code: 'exclusive_option' };
      return null;
    }
    case 'number':
    case 'money': {
      if (typeof a !== 'number' || !Number.isFinite(a)) return { code: 'answer_type' };
      if (q.type === 'money' && !Number.isInteger(a)) return { code: 'whole_amount' };
      if ((q.min !== undefined && a < q.min) || (q.max !== undefined && a > q.max))
        return {
          code: 'out_of_range',
          params: { min: q.min ?? Number.MIN_SAFE_INTEGER, max: q.max ?? Number.MAX_SAFE_INTEGER },
        };
      return null;
    }
    case 'text':
      return typeof a === 'string' ? null : { code: 'answer_type' };
    case 'date':
      if (typeof a !== 'string') return { code: 'answer_type' };
      return validDate(a) ? null : { code: 'invalid_date' };
    case 'yes_no':
      return typeof a === 'boolean' ? null : { code: 'answer_type' };
  }
}

/**
 * Problems with a set of answers, each at `answers.<question>`. A draft only needs each answer to
 * fit its question; a submission also needs every shown required question answered and no
 * answer to a hidden one.
 */
export function checkAnswers(
  def: Definition,
  answers: TAnswers,
  mode: 'draft' | 'submit',
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const { byId, questions } = compile(def);
  for (const [id, a] of Object.entries(answers)) {
    const q = byId.get(id);
    if (!q) issues.push({ path: ['answers', id], code: 'unknown_question' });
    else if (!isBlank(a)) {
      const issue = answerIssue(q, a);
      if (issue) issues.push({ path: ['answers', id], ...issue });
    }
  }
  if (mode === 'draft') return issues;
  const shown = visibleQuestions(def, answers);
  for (const q of questions) {
    const a = answers[q.id];
    if (!shown.has(q.id)) {
      if (!isBlank(a)) issues.push({ path: ['answers', q.id], code: 'answer_to_hidden_question' });
    } else if (q.required && isBlank(a)) issues.push({ path: ['answers', q.id], code: 'required' });
  }
  return issues;
}

const NO_POINTS: TPoints = {};

/** The points an answer earns, towards every lever at once. */
export function earnedPoints(q: TQuestion, a: TAnswer | undefined): TPoints {
  if (isBlank(a)) return NO_POINTS;
  switch (q.type) {
    case 'single':
      for (const o of q.options ?? []) if (o.id === a) return o.points;
      return NO_POINTS;
    case 'multiple': {
      if (!Array.isArray(a)) return NO_POINTS;
      const sum: TPoints = {};
      for (const o of q.options ?? [])
        if (a.includes(o.id))
          for (const lever in o.points) sum[lever] = (sum[lever] ?? 0) + o.points[lever]!;
      return sum;
    }
    case 'yes_no':
      return (a === true ? q.yesPoints : a === false ? q.noPoints : undefined) ?? NO_POINTS;
    case 'number':
    case 'money': {
      if (typeof a !== 'number') return NO_POINTS;
      // The band with the greatest start not above the answer.
      let band: { from: number; points: TPoints } | undefined;
      for (const b of q.bands ?? []) if (b.from <= a && (!band || b.from > band.from)) band = b;
      return band?.points ?? NO_POINTS;
    }
    case 'text':
    case 'date':
      return NO_POINTS;
  }
}

/** Points an answer earns towards a lever. */
export function earned(q: TQuestion, a: TAnswer | undefined, lever: string): number {
  return earnedPoints(q, a)[lever] ?? 0;
}

/** The most a question can earn towards a lever. */
export function maxEarnable(q: TQuestion, lever: string): number {
  const at = (p: TPoints | undefined) => p?.[lever] ?? 0;
  const options = q.options ?? [];
  switch (q.type) {
    case 'single':
      return Math.max(0, ...options.map((o) => at(o.points)));
    case 'multiple': {
      const combined = options.filter((o) => !o.exclusive).reduce((s, o) => s + at(o.points), 0);
      return Math.max(combined, ...options.filter((o) => o.exclusive).map((o) => at(o.points)));
    }
    case 'yes_no':
      return Math.max(at(q.yesPoints), at(q.noPoints));
    case 'number':
    case 'money':
      return Math.max(0, ...(q.bands ?? []).map((b) => at(b.points)));
    case 'text':
    case 'date':
      return 0;
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The level of a score (0–100) by the program's thresholds. */
export function levelOf(score: number, thresholds: TAssessmentSettings['thresholds']): Level {
  if (score >= thresholds.excelente) return 'excelente';
  if (score >= thresholds.competente) return 'competente';
  if (score >= thresholds.confiable) return 'confiable';
  if (score >= thresholds.aceptable) return 'aceptable';
  return 'incipiente';
}

export const levelIndex = (level: Level) => LEVELS.indexOf(level);

export interface Scored {
  levers: Array<TLeverResult & { explanation: TExplanationItem[] }>;
  overall: { score: number; level: Level };
  needsMentor: boolean;
}

/** The overall level from the lever results, by the configured aggregation. */
export function overallOf(
  levers: readonly Pick<TLeverResult, 'score' | 'level'>[],
  settings: Pick<TAssessmentSettings, 'overall' | 'thresholds'>,
): { score: number; level: Level } {
  if (levers.length === 0) return { score: 0, level: 'incipiente' };
  const scores = levers.map((l) => l.score).sort((a, b) => a - b);
  switch (settings.overall) {
    case 'mean_score': {
      const score = round1(scores.reduce((s, x) => s + x, 0) / scores.length);
      return { score, level: levelOf(score, settings.thresholds) };
    }
    case 'weakest_lever': {
      const weakest = Math.min(...levers.map((l) => levelIndex(l.level)));
      return { score: scores[0]!, level: LEVELS[weakest]! };
    }
    case 'median_level': {
      const idx = levers.map((l) => levelIndex(l.level)).sort((a, b) => a - b);
      const mid = Math.floor((idx.length - 1) / 2);
      return { score: scores[mid]!, level: LEVELS[idx[mid]!]! };
    }
  }
}

export function needsMentor(settings: Pick<TAssessmentSettings, 'mentorLevels'>, level: Level) {
  return settings.mentorLevels.includes(level);
}

/** Scores answers: per lever the points of the shown questions over the most they could earn. */
export function scoreAssessment(
  def: Definition,
  settings: Pick<TAssessmentSettings, 'thresholds' | 'overall' | 'mentorLevels'>,
  answers: TAnswers,
  /** Leave out the answers behind each level (a batch that stores only the scores). */
  options: { explain?: boolean } = {},
): Scored {
  const explain = options.explain ?? true;
  const { questions, max } = compile(def);
  const shown = visibleQuestions(def, answers);
  const totals = new Map<
    string,
    { points: number; maxPoints: number; explanation: TExplanationItem[] }
  >();
  for (const l of def.levers) totals.set(l.id, { points: 0, maxPoints: 0, explanation: [] });
  for (const q of questions) {
    if (!shown.has(q.id)) continue;
    const points = earnedPoints(q, answers[q.id]);
    for (const [lever, most] of max.get(q.id)!) {
      const got = Math.min(most, points[lever] ?? 0);
      const total = totals.get(lever)!;
      if (explain) total.explanation.push({ questionId: q.id, points: got, maxPoints: most });
      total.points += got;
      total.maxPoints += most;
    }
  }
  const levers: Scored['levers'] = [];
  for (const l of def.levers) {
    const { points, maxPoints, explanation } = totals.get(l.id)!;
    const score = maxPoints > 0 ? round1((points / maxPoints) * 100) : 0;
    levers.push({
      lever: l.id,
      points,
      maxPoints,
      score,
      level: levelOf(score, settings.thresholds),
      explanation,
    });
  }
  const overall = overallOf(levers, settings);
  return { levers, overall, needsMentor: needsMentor(settings, overall.level) };
}
