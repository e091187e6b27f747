/**
 * The demo's assessments, diagnoses, plans and follow-up, consistent with the stage each case
 * reached (so the gates hold): from waiting_plan on, a submitted assessment and its diagnosis;
 * from plan_designed on, a plan; from follow_up on, the plan presented and activities recorded;
 * completed cases met the completion rule. Some cases in third_encounter have a draft. Answers
 * come from a capability drawn per business, so levels spread as in a real cohort. Scored and
 * planned by the same code as the product.
 */
import { DEFAULT_STAGES } from '../../../shared/cases.ts';
import { questionsOf } from '../../../shared/domain/assessment/definition.ts';
import { planProgress } from '../../../shared/domain/assessment/plan.ts';
import { scoreAssessment, visibleQuestions } from '../../../shared/domain/assessment/scoring.ts';
import type {
  TAnswers,
  TAssessmentSettings,
  TQuestion,
  TQuestionnaireDefinition,
} from '../../../shared/schemas/assessment.ts';
import { diagnosisRow } from '../assessment/assessment.service.ts';
import type {
  assessments,
  diagnoses,
  planActivities,
  plans,
} from '../assessment/assessment.table.ts';
import { activityRow, planRows } from '../assessment/plan.service.ts';
import type { DemoCase } from './demo.generate.ts';
import { createRng, demoId, type Rng } from './demo.random.ts';

const DAY_MS = 86_400_000;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const PRIORITIES = [
  'Vender más entre semana y llevar cuentas claras.',
  'Formalizarse con la Cámara de Comercio antes de fin de año.',
  'Conseguir clientes por WhatsApp y redes sociales.',
  'Separar la plata del negocio de la de la casa.',
  'Organizar el inventario para no quedarse sin mercancía.',
];
const DONE_NOTES = [
  'Se revisó con la propietaria; quedó funcionando.',
  'Hecho. Se tomó foto del resultado.',
  'Se completó en el encuentro de seguimiento.',
  'La persona propietaria lo hizo por su cuenta y lo mostró.',
];
const NOT_DONE_NOTES = [
  'No alcanzó por la temporada de ventas.',
  'Lo dejó para después; se reprogramará si hay tiempo.',
];

/** An answer for one question from a business whose practices are as good as `capability` (0–1). */
function answerFor(q: TQuestion, capability: number, rng: Rng): TAnswers[string] | undefined {
  const good = () => rng.next() < capability;
  switch (q.type) {
    case 'single': {
      const options = q.options ?? [];
      const ranked = [...options].sort(
        (a, b) =>
          Object.values(a.points).reduce((s, x) => s + x, 0) -
          Object.values(b.points).reduce((s, x) => s + x, 0),
      );
      // The rank follows the capability, with some noise.
      const at = Math.round((capability + (rng.next() - 0.5) * 0.5) * (ranked.length - 1));
      return ranked[Math.max(0, Math.min(ranked.length - 1, at))]!.id;
    }
    case 'multiple': {
      const chosen = (q.options ?? []).filter((o) => !o.exclusive && good()).map((o) => o.id);
      const none = q.options?.find((o) => o.exclusive);
      return chosen.length > 0 ? chosen : none ? [none.id] : [q.options![0]!.id];
    }
    case 'yes_no': {
      const yes = Object.values(q.yesPoints ?? {}).reduce((s, x) => s + x, 0);
      const no = Object.values(q.noPoints ?? {}).reduce((s, x) => s + x, 0);
      return yes >= no ? good() : !good();
    }
    case 'number':
    case 'money': {
      const min = q.min ?? 0;
      const max = q.max ?? (q.type === 'money' ? 20_000_000 : 20);
      const bands = [...(q.bands ?? [])].sort((a, b) => a.from - b.from);
      if (bands.length > 0) {
        const band = bands[Math.min(bands.length - 1, Math.floor(capability * bands.length))]!;
        const next = bands[bands.indexOf(band) + 1]?.from ?? band.from + 3;
        return Math.min(
          max,
          Math.max(min, band.from + rng.int(0, Math.max(0, next - band.from - 1))),
        );
      }
      if (q.type === 'money')
        return Math.min(
          max,
          Math.max(
            min,
            Math.round((300_000 + capability * 9_000_000 * rng.next()) / 10_000) * 10_000,
          ),
        );
      return Math.min(max, Math.max(min, min + rng.int(0, Math.min(6, max - min))));
    }
    case 'text':
      return q.required || rng.chance(0.6) ? rng.pick(PRIORITIES) : undefined;
    case 'date': {
      const year = 2008 + rng.int(0, 17);
      return `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    }
  }
}

/** A complete set of answers (only the questions shown), or a partial one for a draft. */
export function demoAnswers(
  definition: TQuestionnaireDefinition,
  capability: number,
  rng: Rng,
  share = 1,
): TAnswers {
  const answers: TAnswers = {};
  const all = questionsOf(definition).map(({ q }) => q);
  for (const q of all.slice(0, Math.ceil(all.length * share))) {
    const a = answerFor(q, capability, rng);
    if (a !== undefined) answers[q.id] = a;
  }
  const shown = visibleQuestions(definition, answers);
  for (const id of Object.keys(answers)) if (!shown.has(id)) delete answers[id];
  return answers;
}

export interface DemoAssessmentWork {
  assessments: Array<typeof assessments.$inferInsert>;
  diagnoses: Array<typeof diagnoses.$inferInsert>;
  plans: Array<typeof plans.$inferInsert>;
  activities: Array<typeof planActivities.$inferInsert>;
}

/** When case `c` entered stage `s` (the history spreads stages evenly, as `demoCaseWork` does). */
function enteredStage(c: DemoCase, s: number, k: number): number {
  const start = c.registeredAt.getTime();
  return start + Math.floor(((c.stageEnteredAt.getTime() - start) * s) / k);
}

export function demoAssessmentWork(options: {
  seed: number;
  asOf: string;
  cases: DemoCase[];
  definition: TQuestionnaireDefinition;
  settings: TAssessmentSettings;
}): DemoAssessmentWork {
  const { definition, settings } = options;
  const rng = createRng(options.seed).fork('assessments');
  const ids = rng.fork('ids');
  const asOfMs = Date.parse(options.asOf);
  const out: DemoAssessmentWork = { assessments: [], diagnoses: [], plans: [], activities: [] };

  for (const c of options.cases) {
    const k = DEFAULT_STAGES.indexOf(c.stage as (typeof DEFAULT_STAGES)[number]);
    // Most owners are somewhere in the middle; a few are already strong or just starting.
    const capability = Math.min(0.95, Math.max(0.05, (rng.next() + rng.next() + rng.next()) / 3));
    const draft = k === 2 && c.status === 'active' && rng.chance(0.4);
    if (k < 3 && !draft) continue;
    const answers = demoAnswers(definition, capability, rng, draft ? 0.3 + rng.next() * 0.5 : 1);
    const endMs = Math.min(
      asOfMs - DAY_MS,
      (c.withdrawnAt ?? c.completedAt ?? new Date(asOfMs - DAY_MS)).getTime(),
    );
    const startedMs = draft ? c.stageEnteredAt.getTime() : enteredStage(c, 3, k) - 2 * DAY_MS;
    const assessmentId = demoId(ids, startedMs);
    const base = { businessId: c.businessId, caseId: c.id, programId: c.programId };
    if (draft) {
      out.assessments.push({
        ...base,
        id: assessmentId,
        questionnaireVersion: 1,
        status: 'draft',
        answers,
        startedBy: c.facilitatorId,
        createdAt: new Date(startedMs),
        updatedAt: new Date(Math.min(endMs, startedMs + DAY_MS)),
      });
      continue;
    }
    const submittedMs = Math.max(c.registeredAt.getTime(), enteredStage(c, 3, k) - DAY_MS);
    out.assessments.push({
      ...base,
      id: assessmentId,
      questionnaireVersion: 1,
      status: 'submitted',
      answers,
      startedBy: c.facilitatorId,
      submittedBy: c.facilitatorId,
      submittedAt: new Date(submittedMs),
      createdAt: new Date(startedMs),
      updatedAt: new Date(submittedMs),
    });
    const scored = scoreAssessment(definition, settings, answers, { explain: false });
    const diagnosis = {
      ...diagnosisRow({
        ...base,
        assessmentId,
        questionnaireVersion: 1,
        scored,
        createdBy: c.facilitatorId,
        createdAt: new Date(submittedMs),
      }),
      id: demoId(ids, submittedMs),
    };
    out.diagnoses.push(diagnosis);
    c.overallLevel = scored.overall.level;
    c.needsMentor = scored.needsMentor;
    if (k < 4) continue;

    const designedMs = enteredStage(c, 4, k);
    const startsOn = isoDay(designedMs);
    const planId = demoId(ids, designedMs);
    const generated = planRows({
      row: { ...base, id: c.id },
      diagnosis: { ...diagnosis, levers: scored.levers, levels: diagnosis.levels },
      settings,
      startsOn,
      locale: 'es',
      createdBy: c.facilitatorId,
      planId,
    });
    const presented = k >= 5 ? isoDay(enteredStage(c, 5, k)) : null;
    out.plans.push({
      ...generated.plan,
      version: 1,
      presentedOn: presented,
      ownerPriorities: presented ? rng.pick(PRIORITIES) : '',
      createdAt: new Date(designedMs),
      updatedAt: new Date(presented ? enteredStage(c, 5, k) : designedMs),
    });
    const rows = generated.activities.map((a) => ({
      ...activityRow({ ...base, id: c.id }, planId, startsOn, a),
      id: demoId(ids, designedMs),
      // Spelled out for every row: a bulk insert leaves a column some rows set NULL in the others.
      status: 'scheduled',
      recordedOn: null as string | null,
      note: '',
    }));
    if (presented) {
      const completed = c.status === 'completed';
      const due = rows.filter((r) => Date.parse(r.dueOn) < endMs || completed);
      due.forEach((r, i) => {
        // Completed cases did all but perhaps the last one; others did about half of what is due.
        const status = completed
          ? i < Math.ceil(rows.length * (settings.completionPercent / 100)) || rng.chance(0.5)
            ? 'done'
            : 'not_done'
          : rng.weightedPick([
              ['done', 5],
              ['not_done', 1],
              ['scheduled', 4],
            ] as const);
        if (status === 'scheduled') return;
        const recordedMs = Math.max(
          Date.parse(startsOn),
          Math.min(endMs, Date.parse(r.dueOn) - rng.int(0, 3) * DAY_MS),
        );
        Object.assign(r, {
          status,
          recordedOn: isoDay(recordedMs),
          note: rng.pick(status === 'done' ? DONE_NOTES : NOT_DONE_NOTES),
          recordedBy: c.facilitatorId,
          recordedAt: new Date(recordedMs + 15 * 3_600_000),
        });
      });
    }
    out.activities.push(...rows);
    c.planState = presented ? 'presented' : 'designed';
    c.planCompleted = planProgress(
      rows.map((r) => ({ status: (r.status ?? 'scheduled') as 'scheduled' | 'done' | 'not_done' })),
      settings.completionPercent,
    ).completionReached;
  }
  return out;
}
