import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LEVELS,
  ZQuestionnaireDefinition,
  type TAnswers,
  type TAssessmentSettings,
  type TQuestionnaireDefinition,
} from '../../schemas/assessment.ts';
import { validateDefinition } from './definition.ts';
import { dueOn, generatePlan, planProgress } from './plan.ts';
import {
  checkAnswers,
  levelIndex,
  levelOf,
  overallOf,
  scoreAssessment,
  visibleQuestions,
} from './scoring.ts';

const t = (es: string) => ({ es, en: es });

/** A small questionnaire: two levers, a condition, every question type. */
const DEF: TQuestionnaireDefinition = ZQuestionnaireDefinition.parse({
  levers: [
    { id: 'finance', name: { es: '', en: '' } },
    { id: 'marketing', name: { es: '', en: '' } },
  ],
  sections: [
    {
      id: 'business',
      kind: 'business',
      title: t('Negocio'),
      questions: [
        {
          id: 'records',
          type: 'single',
          label: t('¿Lleva cuentas?'),
          options: [
            { id: 'none', label: t('No'), points: {} },
            { id: 'notebook', label: t('Cuaderno'), points: { finance: 2 } },
            { id: 'software', label: t('Programa'), points: { finance: 4 } },
          ],
        },
        {
          id: 'channels',
          type: 'multiple',
          label: t('¿Dónde vende?'),
          options: [
            { id: 'shop', label: t('Local'), points: { marketing: 1 } },
            { id: 'social', label: t('Redes'), points: { marketing: 2 } },
            { id: 'none', label: t('Ninguno'), exclusive: true },
          ],
        },
        {
          id: 'has_account',
          type: 'yes_no',
          label: t('¿Tiene cuenta?'),
          yesPoints: { finance: 2 },
        },
        {
          id: 'bank',
          type: 'text',
          label: t('¿En qué banco?'),
          required: true,
          showIf: { question: 'has_account', op: 'equals', value: true },
        },
        {
          id: 'sales',
          type: 'money',
          label: t('Ventas del mes'),
          min: 0,
          max: 1_000_000_000,
          bands: [
            { from: 0, points: {} },
            { from: 2_000_000, points: { finance: 1, marketing: 1 } },
            { from: 10_000_000, points: { finance: 2, marketing: 2 } },
          ],
        },
        {
          id: 'workers',
          type: 'number',
          label: t('Trabajadores'),
          min: 0,
          max: 50,
          required: false,
        },
        { id: 'started', type: 'date', label: t('Inicio'), required: false },
      ],
    },
  ],
});

const SETTINGS: Pick<TAssessmentSettings, 'thresholds' | 'overall' | 'mentorLevels'> = {
  thresholds: { aceptable: 20, confiable: 40, competente: 60, excelente: 80 },
  overall: 'mean_score',
  mentorLevels: ['confiable', 'competente'],
};

const FULL: TAnswers = {
  records: 'software',
  channels: ['shop', 'social'],
  has_account: true,
  bank: 'Cooperativa',
  sales: 12_000_000,
};

describe('questionnaire definitions', () => {
  it('accepts a well-formed definition', () => {
    expect(validateDefinition(DEF)).toEqual([]);
  });

  const broken = (edit: (d: TQuestionnaireDefinition) => void) => {
    const copy = structuredClone(DEF);
    edit(copy);
    return validateDefinition(copy).map((i) => `${i.path.join('.')}:${i.code}`);
  };

  it('refuses a condition on a question that does not exist', () => {
    expect(
      broken((d) => {
        d.sections[0]!.questions[3]!.showIf = { question: 'ghost', op: 'answered' };
      }),
    ).toEqual(['sections.0.questions.3.showIf.question:dangling_condition']);
  });

  it('refuses conditions that form a cycle, naming each question in it', () => {
    const issues = broken((d) => {
      d.sections[0]!.questions[0]!.showIf = { question: 'bank', op: 'answered' };
      d.sections[0]!.questions[2]!.showIf = { question: 'records', op: 'answered' };
    });
    expect(issues).not.toContain('sections.0.questions.1.showIf.question:condition_cycle');
    expect(issues).toContain('sections.0.questions.0.showIf.question:condition_cycle');
    expect(issues).toContain('sections.0.questions.2.showIf.question:condition_cycle');
    expect(issues).toContain('sections.0.questions.3.showIf.question:condition_cycle');
  });

  it('refuses points towards an unknown lever and a lever nothing scores', () => {
    const issues = broken((d) => {
      d.sections[0]!.questions[1]!.options = [
        { id: 'shop', label: t('Local'), points: { marketting: 1 }, exclusive: false },
        { id: 'none', label: t('Ninguno'), points: {}, exclusive: true },
      ];
      d.sections[0]!.questions[4]!.bands = [{ from: 0, points: { finance: 1 } }];
    });
    expect(issues).toEqual([
      'sections.0.questions.1:unknown_lever',
      'levers.1.id:lever_unreachable',
    ]);
  });

  it('refuses repeated ids, choices without options and condition values that are not options', () => {
    const issues = broken((d) => {
      d.sections[0]!.questions[1]!.id = 'records';
      d.sections[0]!.questions[0]!.options = [d.sections[0]!.questions[0]!.options![0]!];
      d.sections[0]!.questions[3]!.showIf = { question: 'records', op: 'equals', value: 'excel' };
    });
    expect(issues).toContain('sections.0.questions.1.id:question_repeated');
    expect(issues).toContain('sections.0.questions.0.options:options_required');
    expect(issues).toContain('sections.0.questions.3.showIf.value:unknown_option');
  });

  it('reports problems through the schema with their paths', () => {
    const copy = structuredClone(DEF);
    copy.sections[0]!.questions[3]!.showIf = { question: 'ghost', op: 'answered' };
    const result = ZQuestionnaireDefinition.safeParse(copy);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['sections.0.questions.3.showIf.question', 'dangling_condition'],
    ]);
  });
});

describe('answers', () => {
  it('hides a question whose condition does not hold', () => {
    expect(visibleQuestions(DEF, { has_account: false }).has('bank')).toBe(false);
    expect(visibleQuestions(DEF, { has_account: true }).has('bank')).toBe(true);
  });

  it('accepts a complete submission', () => {
    expect(checkAnswers(DEF, FULL, 'submit')).toEqual([]);
  });

  it('on submit names every missing required answer and any answer to a hidden question', () => {
    const issues = checkAnswers(DEF, { records: 'none', has_account: false, bank: 'X' }, 'submit');
    expect(issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual([
      'answers.channels:required',
      'answers.bank:answer_to_hidden_question',
      'answers.sales:required',
    ]);
  });

  it('lets a draft be incomplete but not wrong', () => {
    expect(checkAnswers(DEF, { records: 'none' }, 'draft')).toEqual([]);
    const issues = checkAnswers(
      DEF,
      {
        records: 'excel',
        channels: ['none', 'shop'],
        sales: -5,
        workers: 2.5,
        started: '2025-02-30',
        has_account: 'sí',
        nope: 1,
      },
      'draft',
    );
    expect(issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual([
      'answers.records:unknown_option',
      'answers.channels:exclusive_option',
      'answers.sales:out_of_range',
      'answers.started:invalid_date',
      'answers.has_account:answer_type',
      'answers.nope:unknown_question',
    ]);
    expect(checkAnswers(DEF, { sales: 1.5 }, 'draft')[0]?.code).toBe('whole_amount');
    expect(checkAnswers(DEF, { workers: 51 }, 'draft')[0]?.params).toEqual({ min: 0, max: 50 });
  });
});

describe('scoring', () => {
  it('scores each lever over the points its shown questions could earn, with the answers behind it', () => {
    const scored = scoreAssessment(DEF, SETTINGS, FULL);
    expect(scored.levers.map((l) => [l.lever, l.points, l.maxPoints, l.score, l.level])).toEqual([
      ['finance', 8, 8, 100, 'excelente'],
      ['marketing', 5, 5, 100, 'excelente'],
    ]);
    expect(scored.levers[0]!.explanation).toEqual([
      { questionId: 'records', points: 4, maxPoints: 4 },
      { questionId: 'has_account', points: 2, maxPoints: 2 },
      { questionId: 'sales', points: 2, maxPoints: 2 },
    ]);
    const weak = scoreAssessment(DEF, SETTINGS, {
      records: 'notebook',
      channels: ['none'],
      has_account: false,
      sales: 3_000_000,
    });
    // finance 2 + 0 + 1 of 8 = 37.5 %; marketing 0 + 1 of 5 = 20 %.
    expect(weak.levers.map((l) => [l.score, l.level])).toEqual([
      [37.5, 'aceptable'],
      [20, 'aceptable'],
    ]);
    expect(weak.overall).toEqual({ score: 28.8, level: 'aceptable' });
    expect(weak.needsMentor).toBe(false);
  });

  it('places scores on levels by the thresholds, each threshold included', () => {
    const th = SETTINGS.thresholds;
    expect([0, 19.9, 20, 39.9, 40, 60, 79.9, 80, 100].map((s) => levelOf(s, th))).toEqual([
      'incipiente',
      'incipiente',
      'aceptable',
      'aceptable',
      'confiable',
      'competente',
      'competente',
      'excelente',
      'excelente',
    ]);
  });

  it('aggregates the overall level as configured and applies the mentor rule to it', () => {
    const levers = [
      { score: 10, level: 'incipiente' as const },
      { score: 50, level: 'confiable' as const },
      { score: 90, level: 'excelente' as const },
    ];
    expect(overallOf(levers, { ...SETTINGS, overall: 'mean_score' })).toEqual({
      score: 50,
      level: 'confiable',
    });
    expect(overallOf(levers, { ...SETTINGS, overall: 'weakest_lever' }).level).toBe('incipiente');
    expect(overallOf(levers, { ...SETTINGS, overall: 'median_level' }).level).toBe('confiable');
    const mid = scoreAssessment(DEF, SETTINGS, {
      records: 'notebook',
      channels: ['social'],
      has_account: true,
      bank: 'X',
      sales: 0,
    });
    expect(mid.overall.level).toBe('confiable');
    expect(mid.needsMentor).toBe(true);
  });

  const answersArb = fc.record({
    records: fc.constantFrom('none', 'notebook', 'software'),
    channels: fc.subarray(['shop', 'social']),
    has_account: fc.boolean(),
    sales: fc.integer({ min: 0, max: 20_000_000 }),
  });
  const thresholdsArb = fc
    .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 4, maxLength: 4 })
    .map((v) => {
      const [aceptable, confiable, competente, excelente] = v.sort((a, b) => a - b);
      return {
        aceptable: aceptable!,
        confiable: confiable!,
        competente: competente!,
        excelente: excelente!,
      };
    });
  const aggregationArb = fc.constantFrom('mean_score', 'weakest_lever', 'median_level' as const);
  const rank = { none: 0, notebook: 1, software: 2 } as const;

  it('is monotone: more points never lower a lever level or the overall level (property)', () => {
    fc.assert(
      fc.property(
        answersArb,
        answersArb,
        thresholdsArb,
        aggregationArb,
        (a, b, thresholds, overall) => {
          // `better` takes the stronger answer of a and b to each question.
          const better = {
            records: rank[a.records] >= rank[b.records] ? a.records : b.records,
            channels: [...new Set([...a.channels, ...b.channels])],
            has_account: a.has_account || b.has_account,
            sales: Math.max(a.sales, b.sales),
          };
          const settings = { ...SETTINGS, thresholds, overall };
          const withBank = (x: typeof a) => ({ ...x, ...(x.has_account ? { bank: 'B' } : {}) });
          const low = scoreAssessment(DEF, settings, withBank(a));
          const high = scoreAssessment(DEF, settings, withBank(better));
          low.levers.forEach((l, i) => {
            expect(high.levers[i]!.score).toBeGreaterThanOrEqual(l.score);
            expect(levelIndex(high.levers[i]!.level)).toBeGreaterThanOrEqual(levelIndex(l.level));
          });
          expect(levelIndex(high.overall.level)).toBeGreaterThanOrEqual(
            levelIndex(low.overall.level),
          );
        },
      ),
    );
  });

  it('scores the same without the explanation a batch does not store (property)', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const full = scoreAssessment(DEF, SETTINGS, a);
        const bare = scoreAssessment(DEF, SETTINGS, a, { explain: false });
        expect(bare.levers.every((l) => l.explanation.length === 0)).toBe(true);
        expect(bare.levers.map(({ explanation: _e, ...l }) => l)).toEqual(
          full.levers.map(({ explanation: _e, ...l }) => l),
        );
        expect(bare.overall).toEqual(full.overall);
      }),
    );
  });

  it('is deterministic: the same answers in any key order give the same diagnosis (property)', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const reversed = Object.fromEntries(Object.entries(a).reverse());
        expect(scoreAssessment(DEF, SETTINGS, reversed)).toEqual(scoreAssessment(DEF, SETTINGS, a));
        expect(scoreAssessment(DEF, SETTINGS, a)).toEqual(scoreAssessment(DEF, SETTINGS, a));
      }),
    );
  });
});

describe('attention plans', () => {
  const activity = (title: string, week: number, responsible = 'facilitator' as const) => ({
    title: t(title),
    description: t(`${title}.`),
    week,
    responsible,
  });
  const settings = {
    plan: { weeks: 10, activities: 5 },
    templates: [
      {
        lever: 'finance',
        levels: ['incipiente' as const, 'aceptable' as const],
        activities: [activity('F1', 1), activity('F2', 3), activity('F3', 6)],
      },
      {
        lever: 'marketing',
        levels: ['confiable' as const],
        activities: [activity('M1', 2, 'mentor' as never), activity('M2', 12)],
      },
      { lever: 'production', levels: ['incipiente' as const], activities: [activity('P1', 4)] },
    ],
  };

  it('gives weak levers more activities, weakest first, sorted by week and within the plan length', () => {
    const plan = generatePlan({
      settings,
      levers: [
        { lever: 'marketing', level: 'confiable', score: 45 },
        { lever: 'finance', level: 'incipiente', score: 10 },
        { lever: 'production', level: 'incipiente', score: 15 },
      ],
      needsMentor: true,
      locale: 'es',
    });
    // finance (5), production (5), finance (2.5), marketing (3 → taken first at 3 > 2.5)…
    expect(plan.map((a) => [a.title, a.week, a.responsible, a.position])).toEqual([
      ['F1', 1, 'facilitator', 0],
      ['M1', 2, 'mentor', 1],
      ['F2', 3, 'facilitator', 2],
      ['P1', 4, 'facilitator', 3],
      ['F3', 6, 'facilitator', 4],
    ]);
  });

  it('hands mentor activities to the facilitator when the plan needs no mentor, and clamps weeks', () => {
    const plan = generatePlan({
      settings: { ...settings, plan: { weeks: 10, activities: 8 } },
      levers: [{ lever: 'marketing', level: 'confiable', score: 45 }],
      needsMentor: false,
      locale: 'en',
    });
    expect(plan.map((a) => [a.title, a.week, a.responsible])).toEqual([
      ['M1', 2, 'facilitator'],
      ['M2', 10, 'facilitator'],
    ]);
  });

  it('is deterministic and never exceeds the configured number of activities (property)', () => {
    const levelArb = fc.constantFrom(...LEVELS);
    fc.assert(
      fc.property(
        fc.tuple(levelArb, levelArb, levelArb),
        fc.integer({ min: 3, max: 8 }),
        ([f, m, p], n) => {
          const input = {
            settings: { ...settings, plan: { weeks: 12, activities: n } },
            levers: [
              { lever: 'finance', level: f, score: 50 },
              { lever: 'marketing', level: m, score: 50 },
              { lever: 'production', level: p, score: 50 },
            ],
            needsMentor: true,
            locale: 'es' as const,
          };
          const plan = generatePlan(input);
          expect(plan.length).toBeLessThanOrEqual(n);
          expect(generatePlan(input)).toEqual(plan);
          expect(plan.map((a) => a.week)).toEqual(
            [...plan.map((a) => a.week)].sort((x, y) => x - y),
          );
        },
      ),
    );
  });

  it('dates weeks and measures progress against the completion rule', () => {
    expect(dueOn('2026-03-02', 1)).toBe('2026-03-08');
    expect(dueOn('2026-03-02', 12)).toBe('2026-05-24');
    const statuses = (done: number, notDone: number, scheduled: number) => [
      ...Array.from({ length: done }, () => ({ status: 'done' as const })),
      ...Array.from({ length: notDone }, () => ({ status: 'not_done' as const })),
      ...Array.from({ length: scheduled }, () => ({ status: 'scheduled' as const })),
    ];
    expect(planProgress(statuses(3, 1, 1), 80)).toEqual({
      planned: 5,
      recorded: 4,
      done: 3,
      donePercent: 60,
      completionReached: false,
    });
    expect(planProgress(statuses(4, 0, 1), 80).completionReached).toBe(true);
    expect(planProgress([], 80).completionReached).toBe(false);
  });
});
