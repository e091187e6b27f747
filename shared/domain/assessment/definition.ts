/**
 * What makes a questionnaire definition usable: unique ids, options where they belong, points
 * only towards declared levers, conditions that point at real questions without cycles, and every
 * lever reachable by some answer. Pure; the schema runs it when a definition is parsed.
 */
import type {
  TCondition,
  TPoints,
  TQuestion,
  TQuestionnaireDefinition,
} from '../../schemas/assessment.ts';

export interface DefinitionIssue {
  path: (string | number)[];
  code: string;
}

type Definition = Pick<TQuestionnaireDefinition, 'levers' | 'sections'>;

/** Every question with its path in the definition, in questionnaire order. */
export function questionsOf(def: Definition): Array<{ q: TQuestion; path: (string | number)[] }> {
  return def.sections.flatMap((s, si) =>
    s.questions.map((q, qi) => ({ q, path: ['sections', si, 'questions', qi] })),
  );
}

/** All the point tables of a question, whatever its type. */
export function pointTables(q: TQuestion): TPoints[] {
  return [
    ...(q.options ?? []).map((o) => o.points),
    ...(q.bands ?? []).map((b) => b.points),
    ...(q.yesPoints ? [q.yesPoints] : []),
    ...(q.noPoints ? [q.noPoints] : []),
  ];
}

const CHOICE = new Set(['single', 'multiple']);
const NUMERIC = new Set(['number', 'money']);

function shapeIssues(q: TQuestion, path: (string | number)[]): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  if (CHOICE.has(q.type)) {
    if (!q.options || q.options.length < 2)
      issues.push({ path: [...path, 'options'], code: 'options_required' });
    const ids = (q.options ?? []).map((o) => o.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i)
        issues.push({ path: [...path, 'options', i, 'id'], code: 'option_repeated' });
    });
  } else if (q.options) issues.push({ path: [...path, 'options'], code: 'options_not_allowed' });
  if (!NUMERIC.has(q.type)) {
    for (const field of ['min', 'max', 'bands'] as const)
      if (q[field] !== undefined) issues.push({ path: [...path, field], code: 'not_allowed_here' });
  } else if (q.min !== undefined && q.max !== undefined && q.max < q.min)
    issues.push({ path: [...path, 'max'], code: 'max_below_min' });
  if (q.type !== 'yes_no')
    for (const field of ['yesPoints', 'noPoints'] as const)
      if (q[field] !== undefined) issues.push({ path: [...path, field], code: 'not_allowed_here' });
  return issues;
}

function conditionIssues(
  c: TCondition,
  path: (string | number)[],
  byId: Map<string, TQuestion>,
): DefinitionIssue[] {
  const target = byId.get(c.question);
  if (!target) return [{ path: [...path, 'showIf', 'question'], code: 'dangling_condition' }];
  if (c.op === 'answered') return [];
  if (c.value === undefined) return [{ path: [...path, 'showIf', 'value'], code: 'required' }];
  if (CHOICE.has(target.type) && !(target.options ?? []).some((o) => o.id === c.value))
    return [{ path: [...path, 'showIf', 'value'], code: 'unknown_option' }];
  if ((c.op === 'gte' || c.op === 'lte') && typeof c.value !== 'number')
    return [{ path: [...path, 'showIf', 'value'], code: 'number_expected' }];
  if (c.op === 'includes' && target.type !== 'multiple')
    return [{ path: [...path, 'showIf', 'op'], code: 'condition_op_mismatch' }];
  return [];
}

/** Questions whose display depends, through their conditions, on themselves. */
function cycles(def: Definition): Set<string> {
  const parent = new Map<string, string>();
  for (const { q } of questionsOf(def)) if (q.showIf) parent.set(q.id, q.showIf.question);
  const inCycle = new Set<string>();
  for (const start of parent.keys()) {
    const seen = new Set<string>();
    let at: string | undefined = start;
    while (at !== undefined && !seen.has(at)) {
      seen.add(at);
      at = parent.get(at);
    }
    if (at === start) for (const id of seen) inCycle.add(id);
  }
  return inCycle;
}

export function validateDefinition(def: Definition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const levers = new Set<string>();
  def.levers.forEach((l, i) => {
    if (levers.has(l.id)) issues.push({ path: ['levers', i, 'id'], code: 'lever_repeated' });
    levers.add(l.id);
  });
  const all = questionsOf(def);
  const byId = new Map<string, TQuestion>();
  for (const { q, path } of all) {
    if (byId.has(q.id)) issues.push({ path: [...path, 'id'], code: 'question_repeated' });
    byId.set(q.id, q);
  }
  const reached = new Set<string>();
  const looping = cycles(def);
  for (const { q, path } of all) {
    issues.push(...shapeIssues(q, path));
    if (q.showIf) {
      issues.push(...conditionIssues(q.showIf, path, byId));
      if (looping.has(q.id))
        issues.push({ path: [...path, 'showIf', 'question'], code: 'condition_cycle' });
    }
    for (const table of pointTables(q))
      for (const [lever, points] of Object.entries(table)) {
        if (!levers.has(lever)) issues.push({ path, code: 'unknown_lever' });
        else if (points > 0) reached.add(lever);
      }
  }
  def.levers.forEach((l, i) => {
    if (!reached.has(l.id)) issues.push({ path: ['levers', i, 'id'], code: 'lever_unreachable' });
  });
  return issues;
}
