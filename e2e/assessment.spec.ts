import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  TCaseAssessment,
  TQuestion,
  TQuestionnaireDefinition,
} from '../shared/schemas/assessment.ts';
import type { TCaseCard } from '../shared/schemas/cases.ts';
import { visibleQuestions } from '../shared/domain/assessment/scoring.ts';
import es from '../shared/i18n/es.json' with { type: 'json' };
import { expectAccessible, getJson, newPage, screenshot, signIn, visible } from './browser.ts';
import { dialogOpened, expectNoPageScroll, launchForDemo } from './registration-helpers.ts';

/** A case's assessment as the API gives it to the signed-in user. */
const assessmentOf = (page: Page, programId: string, caseId: string) =>
  getJson<TCaseAssessment>(page, `/api/programs/${programId}/cases/${caseId}/assessment`);

/**
 * Active cases in the signed-in user's scope (the server decides the scope), by name, of one
 * stage or all; with `withoutAssessment`, only those nobody has started assessing.
 */
async function casesAt(
  page: Page,
  programId: string,
  stage: string | null,
  options: { withoutAssessment?: boolean } = {},
): Promise<TCaseCard[]> {
  const list = await getJson<{ items: TCaseCard[] }>(
    page,
    `/api/programs/${programId}/cases?${stage ? `stage=${stage}&` : ''}status=active&sort=name&pageSize=200`,
  );
  if (!options.withoutAssessment) return list.items;
  const out: TCaseCard[] = [];
  for (const c of list.items) {
    const a = await assessmentOf(page, programId, c.id);
    if (a.assessment === null) out.push(c);
  }
  return out;
}

type Definition = TQuestionnaireDefinition;
type Answers = Record<string, string | number | boolean | string[]>;

/** A plausible answer of each type, inside the question's range; conditionals may show. */
function answerFor(q: TQuestion): string | number | boolean | string[] {
  switch (q.type) {
    case 'single':
      return q.options![q.options!.length - 1]!.id;
    case 'multiple':
      return [(q.options!.find((o) => !o.exclusive) ?? q.options![0]!).id];
    case 'yes_no':
      return true;
    case 'number':
      return Math.min(q.max ?? 1000, (q.min ?? 0) + 3);
    case 'money':
      return Math.min(q.max ?? 10_000_000, Math.max(q.min ?? 0, 1_500_000));
    case 'date':
      return '2020-03-01';
    case 'text':
      return 'Vende también por encargo.';
  }
}

/** Answers one question on the page, the way a person does, by its type. */
async function answer(page: Page, q: TQuestion, value: Answers[string]) {
  const box = page.locator(`#question-${q.id}`);
  const option = (id: string) => q.options!.find((o) => o.id === id)!.label.es;
  switch (q.type) {
    case 'single':
      await box.getByRole('radio', { name: option(value as string), exact: true }).check();
      return;
    case 'multiple':
      for (const id of value as string[])
        await box.getByRole('checkbox', { name: option(id), exact: true }).check();
      return;
    case 'yes_no':
      await box.getByRole('radio', { name: value ? 'Sí' : 'No', exact: true }).check();
      return;
    case 'number':
    case 'money':
      await box.getByRole('textbox').fill(String(value));
      return;
    case 'date':
      await box.locator('input[type="date"]').fill(String(value));
      return;
    case 'text':
      await box.getByRole('textbox').fill(String(value));
  }
}

/**
 * Answers every shown required question of the section on screen, whatever the questionnaire
 * holds (conditional questions are answered when they appear); `skip` leaves one blank.
 */
async function fillSection(
  page: Page,
  def: Definition,
  section: number,
  answers: Answers,
  skip?: string,
) {
  for (const q of def.sections[section]!.questions) {
    if (!visibleQuestions(def, answers).has(q.id)) continue;
    await visible(page.locator(`#question-${q.id}`));
    if (!q.required || q.id === skip || answers[q.id] !== undefined) continue;
    const value = answerFor(q);
    await answer(page, q, value);
    answers[q.id] = value;
  }
}

/** The last required question shown in a section (to leave blank on purpose). */
function lastRequired(def: Definition, section: number, answers: Answers) {
  const shown = visibleQuestions(def, answers);
  return def.sections[section]!.questions.filter((q) => q.required && shown.has(q.id)).at(-1)!;
}

/** Scrolls a shown conditional question of the section into view (for the screenshots). */
async function showConditional(page: Page, def: Definition, section: number, answers: Answers) {
  const shown = visibleQuestions(def, answers);
  const q = def.sections[section]!.questions.find((x) => x.showIf && shown.has(x.id));
  if (q) await page.locator(`#question-${q.id}`).scrollIntoViewIfNeeded();
}

const savedNow = (page: Page) =>
  visible(page.getByRole('status').getByText(es.ui.assessment.save.savedNow));

describe('integral assessment and diagnosis', () => {
  let browser: Browser;
  let programId: string;

  beforeAll(async () => {
    ({ browser, programId } = await launchForDemo());
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a facilitator on a phone fills the assessment, leaves, resumes, submits and reads the diagnosis', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, 'facilitator');
    // Of their third-encounter cases nobody has started assessing, the first by name.
    const target = (
      await casesAt(page, programId, 'third_encounter', { withoutAssessment: true })
    )[0]!;
    expect(target).toBeDefined();
    const def = (await assessmentOf(page, programId, target.id)).questionnaire.definition;
    const answers: Answers = {};

    // From the case page's card.
    await page.goto(`/p/${programId}/cases/${target.id}`);
    const card = page.getByRole('region', { name: es.ui.assessment.card.title });
    await visible(card.getByText(es.ui.assessment.card.noDiagnosis));
    await card.getByRole('link', { name: es.ui.assessment.card.start }).click();
    await visible(page.getByRole('heading', { level: 1, name: es.ui.assessment.page.title }));
    await visible(page.getByRole('heading', { level: 2, name: def.sections[0]!.title.es }));

    // Every section but the last, saving as it goes.
    for (let s = 0; s < def.sections.length - 1; s++) {
      await fillSection(page, def, s, answers);
      if (s === 1) {
        await showConditional(page, def, s, answers);
        await screenshot(page, 'assessment-form-360', false);
        await expectNoPageScroll(page, 360);
        await expectAccessible(page);
      }
      await page.getByRole('button', { name: es.ui.assessment.form.next }).click();
      await visible(page.getByRole('heading', { level: 2, name: def.sections[s + 1]!.title.es }));
      await savedNow(page);
    }

    // Leaves for the case page: the card tells how far it got.
    await page.getByRole('link', { name: target.businessName }).click();
    await visible(card.getByText(/^En curso: \d+ de \d+ respondidas$/));
    await card.getByRole('link', { name: es.ui.assessment.card.continue }).click();

    // Back where it was left: the first section with a required question unanswered.
    const last = def.sections.length - 1;
    await visible(page.getByRole('heading', { level: 2, name: def.sections[last]!.title.es }));
    await page.getByRole('button', { name: es.ui.assessment.form.previous }).click();
    await visible(page.getByRole('heading', { level: 2, name: def.sections[last - 1]!.title.es }));
    for (const q of def.sections[last - 1]!.questions) {
      const value = answers[q.id];
      if (value === undefined) continue;
      const box = page.locator(`#question-${q.id}`);
      if (q.type === 'single' || q.type === 'yes_no') {
        const name =
          q.type === 'yes_no'
            ? value
              ? 'Sí'
              : 'No'
            : q.options!.find((o) => o.id === value)!.label.es;
        expect(await box.getByRole('radio', { name, exact: true }).isChecked()).toBe(true);
      } else if (q.type === 'number') {
        expect(await box.getByRole('textbox').inputValue()).toBe(String(value));
      }
    }
    await page.getByRole('button', { name: es.ui.assessment.form.next }).click();
    await fillSection(page, def, last, answers);
    await page.getByRole('button', { name: es.ui.assessment.form.submit }).click();

    // The diagnosis, with the answers behind a lever.
    await visible(page.getByRole('heading', { level: 2, name: es.ui.assessment.diagnosis.title }));
    const lever = page.locator('article.lever-result').first();
    const leverName = (await lever.getByRole('heading', { level: 3 }).textContent()) ?? '';
    await lever
      .getByRole('button', { name: `${es.ui.assessment.diagnosis.why}: ${leverName}` })
      .click();
    await visible(lever.getByText(/^Respuesta: /).first());
    await visible(lever.getByText(/^\d+ de \d+ puntos$/).first());
    await expectNoPageScroll(page, 360);
    await expectAccessible(page);
    await screenshot(page, 'assessment-diagnosis-360');

    const stored = await assessmentOf(page, programId, target.id);
    expect(stored.assessment?.status).toBe('submitted');
    expect(stored.diagnosis).not.toBeNull();
    await page.context().close();
  });

  it('a facilitator who leaves a required question blank is shown what is missing, and nothing is submitted', async () => {
    const page = await newPage(browser);
    await signIn(page, 'facilitator');
    // Of their cases in other stages (the third encounter is the previous test's), the last by
    // name that nobody has started assessing.
    const target = (await casesAt(page, programId, null, { withoutAssessment: true }))
      .filter((c) => c.stage !== 'third_encounter')
      .at(-1)!;
    expect(target).toBeDefined();
    const def = (await assessmentOf(page, programId, target.id)).questionnaire.definition;
    const answers: Answers = {};

    await page.goto(`/p/${programId}/cases/${target.id}/assessment`);
    const nav = page.getByRole('navigation', { name: es.ui.assessment.form.sections });
    const last = def.sections.length - 1;
    let blank = '';
    for (let s = 0; s <= last; s++) {
      await nav.getByRole('button', { name: new RegExp(def.sections[s]!.title.es) }).click();
      await visible(page.getByRole('heading', { level: 2, name: def.sections[s]!.title.es }));
      if (s === last) blank = lastRequired(def, s, answers).id;
      await fillSection(page, def, s, answers, blank);
      if (s === 1) {
        await showConditional(page, def, s, answers);
        await screenshot(page, 'assessment-form-1280', false);
        await expectAccessible(page);
      }
    }
    // Back on the first section, then straight to sending: the form jumps to what is missing.
    await nav.getByRole('button', { name: new RegExp(def.sections[0]!.title.es) }).click();
    await nav.getByRole('button', { name: new RegExp(def.sections[last]!.title.es) }).click();
    await page.getByRole('button', { name: es.ui.assessment.form.submit }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Falta 1 respuesta obligatoria' });
    await visible(alert);
    const question = page.locator(`#question-${blank}`);
    await visible(question.getByText(es.validation.required));
    await expect
      .poll(() => question.evaluate((el) => el.contains(document.activeElement)))
      .toBe(true);
    await screenshot(page, 'assessment-missing-1280', false);
    await expectAccessible(page);

    await savedNow(page);
    const stored = await assessmentOf(page, programId, target.id);
    expect(stored.assessment?.status).toBe('draft');
    expect(stored.diagnosis).toBeNull();
    await page.context().close();
  });

  it('a supervisor adjusts a lever with a reason, and the scored level stays in sight', async () => {
    const page = await newPage(browser);
    await signIn(page, 'supervisor');
    // Diagnosed cases in the supervisor's scope without a plan yet: the last by name.
    const target = (await casesAt(page, programId, 'waiting_plan')).at(-1)!;
    expect(target).toBeDefined();

    await page.goto(`/p/${programId}/cases/${target.id}/assessment`);
    await visible(page.getByRole('heading', { level: 2, name: es.ui.assessment.diagnosis.title }));
    const lever = page.locator('article.lever-result').first();
    const name = (await lever.getByRole('heading', { level: 3 }).textContent()) ?? '';
    const before = await assessmentOf(page, programId, target.id);
    const result = before.diagnosis!.levers.find((l) => l.lever === leverIdOf(before, name))!;
    const to = result.level === 'excelente' ? 'competente' : 'excelente';
    const levelName = (l: string) => es.levels[l as keyof typeof es.levels];

    await lever.getByRole('button', { name: `Ajustar nivel: ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Ajustar nivel: ${name}` });
    await dialogOpened(dialog);
    await dialog.getByRole('radio', { name: levelName(to), exact: true }).check();
    await dialog.getByLabel(es.ui.assessment.adjust.reason).fill('Ok');
    await dialog.getByRole('button', { name: es.ui.assessment.adjust.save }).click();
    await visible(dialog.getByText('Escriba el motivo, con al menos 5 caracteres.'));
    const reason = 'En la visita se vio que ya lleva cuentas en un cuaderno cada día.';
    await dialog.getByLabel(es.ui.assessment.adjust.reason).fill(reason);
    await expectAccessible(page);
    await screenshot(page, 'assessment-adjust-1280', false);
    await dialog.getByRole('button', { name: es.ui.assessment.adjust.save }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // The lever shows the scored level struck through, the new one, and why.
    const adjusted = page.locator('article.lever-result', {
      has: page.getByRole('heading', { level: 3, name, exact: true }),
    });
    await visible(adjusted.locator('s', { hasText: levelName(result.originalLevel) }));
    await visible(adjusted.getByText(`Motivo: «${reason}»`));
    await visible(adjusted.getByText(levelName(to), { exact: true }));
    await expectAccessible(page);
    await screenshot(page, 'assessment-adjusted-1280');

    const after = await assessmentOf(page, programId, target.id);
    const stored = after.diagnosis!.levers.find((l) => l.lever === result.lever)!;
    expect(stored.level).toBe(to);
    expect(stored.originalLevel).toBe(result.originalLevel);

    // The same screens on a phone.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.reload();
    await visible(adjusted.getByText(`Motivo: «${reason}»`));
    await expectNoPageScroll(page, 360);
    await screenshot(page, 'assessment-diagnosis-adjusted-360');
    await adjusted.getByRole('button', { name: `Ajustar nivel: ${name}` }).click();
    await dialogOpened(dialog);
    await screenshot(page, 'assessment-adjust-360', false);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await page.context().close();
  });
});

/** The id of a lever from its name on screen (default levers by translation, others by name). */
function leverIdOf(data: TCaseAssessment, name: string): string {
  const levers = es.levers as Record<string, string>;
  for (const l of data.questionnaire.definition.levers)
    if ((l.name.es || levers[l.id]) === name) return l.id;
  throw new Error(`no lever named ${name}`);
}
