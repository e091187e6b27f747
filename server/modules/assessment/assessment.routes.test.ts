import fs from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionsOf } from '../../../shared/domain/assessment/definition.ts';
import { scoreAssessment } from '../../../shared/domain/assessment/scoring.ts';
import {
  DEFAULT_ASSESSMENT_SETTINGS,
  DEFAULT_QUESTIONNAIRE,
} from '../../../shared/domain/assessment/standard.ts';
import type { TCaseAssessment, TPlan } from '../../../shared/schemas/assessment.ts';
import { assessCase, coordinatorOf, fullAnswers } from '../../test/assessment.ts';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import { createCase, TEST_PASSWORD } from '../../test/factories.ts';
import { buildWorld, type World } from '../../test/world.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { cases } from '../cases/cases.table.ts';
import { assessments, diagnoses, planActivities, plans } from './assessment.table.ts';
import { diagnoseAndPlanBatch } from './batch.service.ts';

const PNG = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);
const today = () => new Date().toISOString().slice(0, 10);

describe('assessment, diagnosis and attention plan', () => {
  let ctx: TestContext;
  let w: World;
  const as: Record<string, TestClient> = {};
  let base: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    for (const role of ['coordinator', 'supervisor', 'facilitator', 'mentor', 'owner']) {
      as[role] = new TestClient(ctx.app);
      await as[role].signIn(`${role}@a.test`, TEST_PASSWORD);
    }
    base = `/api/programs/${w.programP.id}`;
  });
  afterAll(() => ctx.close());

  const freshCase = async () =>
    (
      await createCase(ctx.db, {
        organizationId: w.orgA.id,
        programId: w.programP.id,
        municipalityCode: '68001',
        facilitatorId: w.users.facilitator.id,
        supervisorId: w.users.supervisor.id,
      })
    ).case;
  const caseRow = async (id: string) =>
    (await ctx.db.select().from(cases).where(eq(cases.id, id)))[0]!;
  const fieldsOf = (res: {
    json: () => { error: { fields?: Array<{ path: string; code: string }> } };
  }) => (res.json().error.fields ?? []).map((f) => `${f.path}:${f.code}`);

  it('serves the standard questionnaire as version 1 until the program publishes its own', async () => {
    const res = await as.facilitator!.get(`${base}/questionnaire`);
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(1);
    expect(questionsOf(res.json().definition).length).toBe(
      questionsOf(DEFAULT_QUESTIONNAIRE).length,
    );
    expect((await as.facilitator!.get(`${base}/questionnaire/versions/2`)).statusCode).toBe(404);
  });

  it('saves drafts as the facilitator goes, with optimistic versions, and checks each answer', async () => {
    const c = await freshCase();
    const url = `${base}/cases/${c.id}/assessment`;
    const empty = await as.facilitator!.get(url);
    expect(empty.json()).toMatchObject({ assessment: null, diagnosis: null, locked: false });

    const first = await as.facilitator!.put(`${url}/draft`, {
      answers: { education_level: 'secondary' },
    });
    expect(first.statusCode).toBe(200);
    const draft = first.json<TCaseAssessment>().assessment!;
    expect(draft).toMatchObject({ status: 'draft', version: 1, questionnaireVersion: 1 });

    const second = await as.facilitator!.put(`${url}/draft`, {
      answers: { education_level: 'university', household_size: 3 },
      version: 1,
    });
    expect(second.json().assessment).toMatchObject({ version: 2 });
    expect(second.json().assessment.answers).toEqual({
      education_level: 'university',
      household_size: 3,
    });

    // Someone else saved meanwhile: the stale version is refused and nothing changes.
    const stale = await as.facilitator!.put(`${url}/draft`, { answers: {}, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.params).toEqual({ version: 2 });
    // Starting another draft while one exists is a conflict too.
    expect((await as.facilitator!.put(`${url}/draft`, { answers: {} })).statusCode).toBe(409);

    const wrong = await as.facilitator!.put(`${url}/draft`, {
      answers: { education_level: 'phd', household_size: -2, nope: true },
      version: 2,
    });
    expect(wrong.statusCode).toBe(400);
    expect(fieldsOf(wrong)).toEqual([
      'answers.education_level:unknown_option',
      'answers.household_size:out_of_range',
      'answers.nope:unknown_question',
    ]);
    expect((await as.facilitator!.get(url)).json().assessment.version).toBe(2);

    // A mentor reads but does not write; a case outside the facilitator's scope is not there.
    expect((await as.mentor!.put(`${url}/draft`, { answers: {}, version: 2 })).statusCode).toBe(
      403,
    );
    const outside = await as.facilitator!.get(`${base}/cases/${w.outCase.case.id}/assessment`);
    expect(outside.statusCode).toBe(404);
  });

  it('refuses an incomplete submission with every missing answer, and stores nothing', async () => {
    const c = await freshCase();
    const url = `${base}/cases/${c.id}/assessment`;
    const answers = fullAnswers(7);
    const required = questionsOf(DEFAULT_QUESTIONNAIRE).find(({ q }) => q.required && !q.showIf)!.q;
    const { [required.id]: _dropped, ...missing } = answers;
    const res = await as.facilitator!.post(`${url}/submit`, { answers: missing });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(`answers.${required.id}:required`);

    // An answer to a question its condition hides is refused as well.
    const conditional = questionsOf(DEFAULT_QUESTIONNAIRE).find(
      ({ q }) => q.showIf && !(q.id in answers),
    )!.q;
    const value =
      conditional.type === 'multiple'
        ? [conditional.options!.find((o) => !o.exclusive)!.id]
        : conditional.type === 'single'
          ? conditional.options![0]!.id
          : conditional.type === 'yes_no'
            ? true
            : (conditional.min ?? 1);
    const hidden = await as.facilitator!.post(`${url}/submit`, {
      answers: { ...answers, [conditional.id]: value },
    });
    expect(hidden.statusCode).toBe(400);
    expect(fieldsOf(hidden)).toEqual([`answers.${conditional.id}:answer_to_hidden_question`]);
    const rows = await ctx.db.select().from(assessments).where(eq(assessments.caseId, c.id));
    expect(rows).toEqual([]);
    expect((await caseRow(c.id)).overallLevel).toBeNull();
  });

  it('submits, freezes the answers and stores the diagnosis the shared scoring gives', async () => {
    const c = await freshCase();
    const url = `${base}/cases/${c.id}/assessment`;
    const answers = fullAnswers(11, 0.6);
    await as.facilitator!.put(`${url}/draft`, { answers: { education_level: 'primary' } });
    const res = await as.facilitator!.post(`${url}/submit`, { answers, version: 1 });
    expect(res.statusCode).toBe(200);
    const body = res.json<TCaseAssessment>();
    const expected = scoreAssessment(DEFAULT_QUESTIONNAIRE, DEFAULT_ASSESSMENT_SETTINGS, answers);
    expect(body.assessment).toMatchObject({ status: 'submitted', answers });
    expect(body.diagnosis!.overall).toEqual({
      score: expected.overall.score,
      level: expected.overall.level,
      originalLevel: expected.overall.level,
    });
    expect(body.diagnosis!.levers.map((l) => [l.lever, l.score, l.level, l.explanation])).toEqual(
      expected.levers.map((l) => [l.lever, l.score, l.level, l.explanation]),
    );
    expect(body.diagnosis!.needsMentor).toBe(expected.needsMentor);
    const row = await caseRow(c.id);
    expect(row).toMatchObject({
      overallLevel: expected.overall.level,
      needsMentor: expected.needsMentor,
      version: c.version,
    });

    // Submitted means frozen: the API says so, and the database refuses a direct change.
    const again = await as.facilitator!.put(`${url}/draft`, { answers: {}, version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('assessment_submitted');
    await expect(
      ctx.db
        .update(assessments)
        .set({ answers: {} })
        .where(eq(assessments.id, body.assessment!.id)),
    ).rejects.toThrow();

    // A re-assessment starts a new draft; the diagnosis stays until it is submitted.
    const re = await as.facilitator!.put(`${url}/draft`, { answers: { education_level: 'none' } });
    expect(re.json().assessment).toMatchObject({ status: 'draft', version: 1 });
    expect(re.json().diagnosis.id).toBe(body.diagnosis!.id);
    const audit = await ctx.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, body.assessment!.id),
          eq(auditEvents.action, 'assessment.submit'),
        ),
      );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.after)).not.toContain('education_level');
  });

  it('lets a supervisor adjust a level with a reason, keeping the scored one', async () => {
    const c = await freshCase();
    const { assessment } = await assessCase(ctx.db, w, c.id, { seed: 5 });
    const url = `${base}/cases/${c.id}/diagnosis/adjust`;
    const finance = assessment.diagnosis!.levers.find((l) => l.lever === 'finance')!;
    const to = finance.level === 'excelente' ? 'competente' : 'excelente';

    expect(
      (await as.facilitator!.post(url, { target: 'finance', level: to, reason: 'Lo vi yo' }))
        .statusCode,
    ).toBe(403);
    const bad = await as.supervisor!.post(url, { target: 'luck', level: to, reason: 'Sin razón' });
    expect(fieldsOf(bad)).toEqual(['target:unknown_target']);
    const same = await as.supervisor!.post(url, {
      target: 'finance',
      level: finance.level,
      reason: 'Igual que antes',
    });
    expect(fieldsOf(same)).toEqual(['level:same_level']);
    const short = await as.supervisor!.post(url, { target: 'finance', level: to, reason: 'no' });
    expect(fieldsOf(short)).toEqual(['reason:too_small']);

    const ok = await as.supervisor!.post(url, {
      target: 'finance',
      level: to,
      reason: 'Lleva cuentas en un programa que no aparece en las opciones',
    });
    expect(ok.statusCode).toBe(200);
    const lever = ok.json<TCaseAssessment>().diagnosis!.levers.find((l) => l.lever === 'finance')!;
    expect(lever).toMatchObject({ level: to, originalLevel: finance.level, score: finance.score });
    expect(ok.json().diagnosis.adjustments).toMatchObject([
      { target: 'finance', fromLevel: finance.level, toLevel: to, byName: 'Persona supervisor' },
    ]);

    // The overall level applies the mentor rule again.
    const overall = await as.supervisor!.post(url, {
      target: 'overall',
      level: 'confiable',
      reason: 'Negocio sólido pero sin registros: necesita acompañamiento',
    });
    const after = overall.json<TCaseAssessment>();
    if (assessment.diagnosis!.overall.level !== 'confiable') {
      expect(after.diagnosis!.overall).toMatchObject({
        level: 'confiable',
        originalLevel: assessment.diagnosis!.overall.level,
      });
      expect(after.diagnosis!.needsMentor).toBe(true);
      expect(await caseRow(c.id)).toMatchObject({ overallLevel: 'confiable', needsMentor: true });
    }
  });

  it('generates the plan from the diagnosis, weakest levers first, and edits it with the owner', async () => {
    const c = await freshCase();
    const url = `${base}/cases/${c.id}/plan`;
    const early = await as.facilitator!.post(`${url}/generate`, {});
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('no_diagnosis');

    const { assessment } = await assessCase(ctx.db, w, c.id, { seed: 21, plan: false });
    const generated = await as.facilitator!.post(`${url}/generate`, { startsOn: '2026-09-07' });
    expect(generated.statusCode).toBe(200);
    const plan = generated.json<TPlan>();
    expect(plan.activities).toHaveLength(DEFAULT_ASSESSMENT_SETTINGS.plan.activities);
    expect(plan).toMatchObject({ weeks: 12, startsOn: '2026-09-07', presentedOn: null });
    // The weakest lever gets the first pick.
    const weakest = [...assessment.diagnosis!.levers].sort(
      (a, b) =>
        ['incipiente', 'aceptable', 'confiable', 'competente', 'excelente'].indexOf(a.level) -
          ['incipiente', 'aceptable', 'confiable', 'competente', 'excelente'].indexOf(b.level) ||
        a.score - b.score,
    )[0]!;
    expect(plan.activities.map((a) => a.lever)).toContain(weakest.lever);
    expect(plan.activities[0]!.dueOn).toBe(
      new Date(Date.parse('2026-09-07') + (plan.activities[0]!.week * 7 - 1) * 86_400_000)
        .toISOString()
        .slice(0, 10),
    );
    expect((await caseRow(c.id)).planState).toBe('designed');
    expect((await as.facilitator!.post(`${url}/generate`, {})).json().error.code).toBe(
      'plan_exists',
    );

    const edit = (over: Record<string, unknown> = {}) => ({
      version: plan.version,
      startsOn: '2026-09-14',
      weeks: 10,
      presentedOn: '2026-09-12',
      ownerPriorities: 'Primero las cuentas, después las redes',
      activities: [
        ...plan.activities.slice(1).map((a) => ({
          id: a.id,
          lever: a.lever,
          title: a.title,
          description: a.description,
          week: Math.min(a.week, 10),
          responsible: a.responsible,
        })),
        { lever: 'marketing', title: 'Abrir WhatsApp Business', week: 2, responsible: 'owner' },
      ],
      ...over,
    });
    const beyond = await as.facilitator!.put(
      url,
      edit({
        activities: [{ lever: 'marketing', title: 'Muy tarde', week: 11, responsible: 'owner' }],
      }),
    );
    expect(fieldsOf(beyond)).toEqual(['activities.0.week:week_beyond_plan']);
    const future = await as.facilitator!.put(url, edit({ presentedOn: '2999-01-01' }));
    expect(fieldsOf(future)).toEqual(['presentedOn:date_in_future']);
    const unknown = await as.facilitator!.put(
      url,
      edit({ activities: [{ lever: 'luck', title: 'Suerte', week: 1, responsible: 'owner' }] }),
    );
    expect(fieldsOf(unknown)).toEqual(['activities.0.lever:unknown_lever']);

    const saved = await as.facilitator!.put(url, edit());
    expect(saved.statusCode).toBe(200);
    const after = saved.json<TPlan>();
    expect(after.version).toBe(plan.version + 1);
    expect(after.activities).toHaveLength(plan.activities.length);
    expect(after.activities.map((a) => a.id)).not.toContain(plan.activities[0]!.id);
    expect(after.activities.find((a) => a.title === 'Abrir WhatsApp Business')).toMatchObject({
      week: 2,
      dueOn: '2026-09-27',
      status: 'scheduled',
    });
    expect(after).toMatchObject({ presentedOn: '2026-09-12', weeks: 10 });
    expect((await caseRow(c.id)).planState).toBe('presented');
    const stale = await as.facilitator!.put(url, edit());
    expect(stale.statusCode).toBe(409);

    // The owner reads their plan; another facilitator's case is not found.
    const owned = await as.owner!.get(`${base}/cases/${w.inCase.case.id}/plan`);
    expect(owned.statusCode).toBe(200);
    expect((await as.owner!.get(url)).statusCode).toBe(404);
  });

  it('follows activities up with evidence, proposes completion, and gates the stages on it', async () => {
    const c = await freshCase();
    const { plan } = await assessCase(ctx.db, w, c.id, {
      plan: true,
      presented: true,
      startsOn: '2026-09-01',
    });
    const url = `${base}/cases/${c.id}/plan`;
    const [first, ...rest] = plan!.activities;

    const noDate = await as.facilitator!.post(`${url}/activities/${first!.id}/follow-up`, {
      status: 'done',
      recordedOn: null,
    });
    expect(fieldsOf(noDate)).toEqual(['recordedOn:recorded_on_required']);
    const early = await as.facilitator!.post(`${url}/activities/${first!.id}/follow-up`, {
      status: 'done',
      recordedOn: '2026-08-01',
    });
    expect(fieldsOf(early)).toEqual(['recordedOn:date_before_plan']);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const future = await as.facilitator!.post(`${url}/activities/${first!.id}/follow-up`, {
      status: 'done',
      recordedOn: tomorrow,
    });
    expect(fieldsOf(future)).toEqual(['recordedOn:date_in_future']);
    expect(
      (
        await as.facilitator!.post(`${url}/activities/${c.id}/follow-up`, {
          status: 'done',
          recordedOn: today(),
        })
      ).statusCode,
    ).toBe(404);

    const done = await as.facilitator!.post(`${url}/activities/${first!.id}/follow-up`, {
      status: 'done',
      recordedOn: today(),
      note: 'Abrió la cuenta de ahorros del negocio',
    });
    expect(done.json().progress).toMatchObject({
      planned: 5,
      recorded: 1,
      done: 1,
      donePercent: 20,
    });

    // Evidence: a text file dressed as a PDF is refused and nothing is stored; a PNG is kept by hash.
    const fake = await as.facilitator!.upload(
      `${url}/activities/${first!.id}/evidence`,
      'recibo.pdf',
      new Uint8Array(Buffer.from('esto no es un pdf, es texto plano')),
    );
    expect(fieldsOf(fake)).toEqual(['file:document_type_not_allowed']);
    const photo = await as.facilitator!.upload(
      `${url}/activities/${first!.id}/evidence`,
      'cuenta.png',
      PNG,
    );
    expect(photo.statusCode).toBe(200);
    const evidence = photo.json<TPlan>().activities.find((a) => a.id === first!.id)!.evidence;
    expect(evidence).toMatchObject([{ originalName: 'cuenta.png', mimeType: 'image/png' }]);
    const stored = fs.readdirSync(path.join(ctx.config.dataDir, 'uploads', 'sha256'), {
      recursive: true,
    });
    expect(stored.some((f) => String(f).endsWith('.png'))).toBe(true);
    const read = await as.facilitator!.get(
      `${base}/cases/${c.id}/plan/evidence/${evidence[0]!.id}`,
    );
    expect(read.statusCode).toBe(200);
    expect(read.headers['content-type']).toBe('image/png');
    const otherCase = await as.facilitator!.get(
      `${base}/cases/${w.inCase.case.id}/plan/evidence/${evidence[0]!.id}`,
    );
    expect(otherCase.statusCode).toBe(404);

    // Replacing a plan with a follow-up is refused.
    const replace = await as.facilitator!.post(`${url}/generate`, { replace: true });
    expect(replace.json().error.code).toBe('plan_has_follow_up');

    // Three more done out of five (80 %): the completion rule proposes completing the case.
    let last: TPlan | null = null;
    for (const a of rest.slice(0, 3)) {
      last = (
        await as.facilitator!.post(`${url}/activities/${a.id}/follow-up`, {
          status: 'done',
          recordedOn: today(),
        })
      ).json<TPlan>();
    }
    expect(last!.progress).toMatchObject({ done: 4, completionReached: true });
    expect(last!.proposeCompletion).toBe(true);
    expect(await caseRow(c.id)).toMatchObject({ planCompleted: true });

    // Removing an activity with a follow-up is refused.
    const dropping = await as.facilitator!.put(url, {
      version: last!.version,
      startsOn: last!.startsOn,
      weeks: last!.weeks,
      presentedOn: last!.presentedOn,
      ownerPriorities: '',
      activities: last!.activities.slice(1).map((a) => ({
        id: a.id,
        lever: a.lever,
        title: a.title,
        week: a.week,
        responsible: a.responsible,
      })),
    });
    expect(fieldsOf(dropping)).toEqual(['activities:activity_recorded']);
  });

  it('moves a case only when the assessment and plan facts are there', async () => {
    const c = await freshCase();
    await ctx.db
      .update(cases)
      .set({ stage: 'third_encounter', encounterCount: 3, encountersInStage: 1 })
      .where(eq(cases.id, c.id));
    const move = (stage: string) =>
      caseRow(c.id).then((row) =>
        as.facilitator!.post(`${base}/cases/${c.id}/move`, { stage, version: row.version }),
      );
    const stopped = await move('waiting_plan');
    expect(stopped.statusCode).toBe(422);
    expect(fieldsOf(stopped)).toEqual(['gate.diagnosis:gate.diagnosis']);
    await assessCase(ctx.db, w, c.id);
    expect((await move('waiting_plan')).statusCode).toBe(200);
    expect(fieldsOf(await move('plan_designed'))).toEqual(['gate.plan:gate.plan']);
    const { access, actor } = coordinatorOf(w);
    const { generateCasePlan } = await import('./plan.service.ts');
    await generateCasePlan({
      db: ctx.db,
      access,
      actor,
      caseId: c.id,
      locale: 'es',
      body: { replace: false },
    });
    expect((await move('plan_designed')).statusCode).toBe(200);
    expect(fieldsOf(await move('follow_up'))).toEqual(['gate.plan_presented:gate.plan_presented']);
  });

  it('refuses to edit the assessment or plan of a completed case', async () => {
    const c = await freshCase();
    const { plan } = await assessCase(ctx.db, w, c.id, { plan: true });
    await ctx.db
      .update(cases)
      .set({ status: 'completed', stage: 'completed' })
      .where(eq(cases.id, c.id));
    const put = await as.facilitator!.put(`${base}/cases/${c.id}/plan`, {
      version: plan!.version,
      startsOn: plan!.startsOn,
      weeks: plan!.weeks,
      presentedOn: null,
      ownerPriorities: '',
      activities: [{ lever: 'finance', title: 'Algo nuevo', week: 1, responsible: 'owner' }],
    });
    expect(put.statusCode).toBe(409);
    expect(put.json().error.code).toBe('case_locked');
    const draft = await as.facilitator!.put(`${base}/cases/${c.id}/assessment/draft`, {
      answers: {},
    });
    expect(draft.json().error.code).toBe('case_locked');
    const view = await as.facilitator!.get(`${base}/cases/${c.id}/plan`);
    expect(view.json().plan).toMatchObject({ locked: true, proposeCompletion: false });
  });

  it('publishes questionnaire versions; drafts keep theirs, new assessments use the latest', async () => {
    const c = await freshCase();
    await as.facilitator!.put(`${base}/cases/${c.id}/assessment/draft`, {
      answers: { education_level: 'secondary' },
    });
    const cyclic = structuredClone(DEFAULT_QUESTIONNAIRE);
    const [a, b] = cyclic.sections[2]!.questions;
    a!.showIf = { question: b!.id, op: 'answered' };
    b!.showIf = { question: a!.id, op: 'answered' };
    const refused = await as.coordinator!.put(`${base}/questionnaire`, { definition: cyclic });
    expect(refused.statusCode).toBe(400);
    expect(fieldsOf(refused)).toEqual([
      'definition.sections.2.questions.0.showIf.question:condition_cycle',
      'definition.sections.2.questions.1.showIf.question:condition_cycle',
    ]);
    expect(
      (await as.facilitator!.put(`${base}/questionnaire`, { definition: DEFAULT_QUESTIONNAIRE }))
        .statusCode,
    ).toBe(403);

    const shorter = structuredClone(DEFAULT_QUESTIONNAIRE);
    shorter.sections[0]!.questions[0]!.label = { es: '¿Qué estudió?', en: 'What did you study?' };
    const published = await as.coordinator!.put(`${base}/questionnaire`, { definition: shorter });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ version: 2, createdByName: 'Persona coordinator' });
    const versions = await as.facilitator!.get(`${base}/questionnaire/versions`);
    expect(versions.json().map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const draftView = await as.facilitator!.get(`${base}/cases/${c.id}/assessment`);
    expect(draftView.json().questionnaire.version).toBe(1);
    const other = await freshCase();
    const fresh = await as.facilitator!.put(`${base}/cases/${other.id}/assessment/draft`, {
      answers: {},
    });
    expect(fresh.json().assessment.questionnaireVersion).toBe(2);
    expect(fresh.json().questionnaire.definition.sections[0].questions[0].label.es).toBe(
      '¿Qué estudió?',
    );
  });

  it('validates the settings: ascending thresholds, templates of known levers', async () => {
    const url = `${base}/assessment-settings`;
    const bad = await as.coordinator!.put(url, {
      ...DEFAULT_ASSESSMENT_SETTINGS,
      thresholds: { aceptable: 20, confiable: 60, competente: 50, excelente: 80 },
    });
    expect(fieldsOf(bad)).toEqual(['thresholds.competente:thresholds_not_ascending']);
    const lever = await as.coordinator!.put(url, {
      ...DEFAULT_ASSESSMENT_SETTINGS,
      templates: [{ ...DEFAULT_ASSESSMENT_SETTINGS.templates[0]!, lever: 'luck' }],
    });
    expect(fieldsOf(lever)).toEqual(['templates.0.lever:template_lever_unknown']);
    const ok = await as.coordinator!.put(url, {
      ...DEFAULT_ASSESSMENT_SETTINGS,
      completionPercent: 90,
    });
    expect(ok.json().completionPercent).toBe(90);
    expect((await as.facilitator!.get(url)).json().completionPercent).toBe(90);
    expect((await as.supervisor!.put(url, DEFAULT_ASSESSMENT_SETTINGS)).statusCode).toBe(403);
    await as.coordinator!.put(url, DEFAULT_ASSESSMENT_SETTINGS);
  });

  it('reports diagnoses, levels, plans and activities that match the rows, within scope', async () => {
    const res = await as.coordinator!.get(`${base}/assessment-report`);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    const counts = await ctx.db.execute(sql`
        select count(*) filter (where c.overall_level is not null)::int as diagnosed,
               count(*)::int as cases,
               count(*) filter (where c.plan_state is not null)::int as designed,
               count(*) filter (where c.plan_state is not null and c.needs_mentor)::int as mentor
          from cases c where c.program_id = ${w.programP.id} and c.status <> 'withdrawn'`);
    type Counted = { diagnosed: number; cases: number; designed: number; mentor: number };
    const [counted] = (counts as { rows: Counted[] }).rows;
    const sum = (rows: Array<Record<string, number>>, key: string) =>
      rows.reduce((s, r) => s + r[key]!, 0);
    expect(sum(report.diagnosesByCity, 'diagnosed')).toBe(counted!.diagnosed);
    expect(sum(report.diagnosesByCity, 'cases')).toBe(counted!.cases);
    expect(sum(report.plansByCity, 'designed')).toBe(counted!.designed);
    expect(sum(report.plansByCity, 'needMentor')).toBe(counted!.mentor);
    const levels = Object.values(report.overallLevels as Record<string, number>).reduce(
      (s, n) => s + n,
      0,
    );
    expect(levels).toBe(counted!.diagnosed);
    for (const lever of report.levelsByLever)
      expect(Object.values(lever.counts as Record<string, number>).reduce((s, n) => s + n, 0)).toBe(
        counted!.diagnosed,
      );
    const activityRows = await ctx.db
      .select({ status: planActivities.status })
      .from(planActivities)
      .innerJoin(plans, and(eq(plans.id, planActivities.planId), eq(plans.isCurrent, true)))
      .innerJoin(cases, eq(cases.id, plans.caseId))
      .where(and(eq(cases.programId, w.programP.id), sql`${cases.status} <> 'withdrawn'`));
    expect(sum(report.activitiesByLever, 'planned')).toBe(activityRows.length);
    expect(sum(report.activitiesByCity, 'done')).toBe(
      activityRows.filter((a) => a.status === 'done').length,
    );
    // A supervisor of Bucaramanga sees no other city; a bad filter is a 400.
    const supervised = (await as.supervisor!.get(`${base}/assessment-report`)).json();
    expect(
      supervised.diagnosesByCity.map((c: { municipalityCode: string }) => c.municipalityCode),
    ).toEqual(['68001']);
    expect(
      (await as.coordinator!.get(`${base}/assessment-report?municipalityCode=Bucaramanga`))
        .statusCode,
    ).toBe(400);
  });

  it('diagnoses and plans submitted assessments in one batch, all or nothing', async () => {
    const { actor } = coordinatorOf(w);
    const made = [await freshCase(), await freshCase()];
    for (const [i, c] of made.entries())
      await ctx.db.insert(assessments).values({
        businessId: c.businessId,
        caseId: c.id,
        programId: w.programP.id,
        questionnaireVersion: 1,
        status: 'submitted',
        answers: fullAnswers(100 + i),
        submittedAt: new Date('2026-09-15T15:00:00Z'),
      });
    const result = await diagnoseAndPlanBatch({
      db: ctx.db,
      actor,
      programId: w.programP.id,
      locale: 'es',
    });
    expect(result).toEqual({ diagnosed: 2, plans: 2, activities: 10 });
    for (const c of made) {
      const row = await caseRow(c.id);
      expect(row.overallLevel).not.toBeNull();
      expect(row.planState).toBe('designed');
    }
    // Nothing left to do: a second run changes nothing.
    expect(
      await diagnoseAndPlanBatch({ db: ctx.db, actor, programId: w.programP.id, locale: 'es' }),
    ).toEqual({
      diagnosed: 0,
      plans: 0,
      activities: 0,
    });

    // One assessment under a version that does not exist makes the whole batch fail, writing nothing.
    const good = await freshCase();
    const broken = await freshCase();
    for (const [c, version] of [
      [good, 1],
      [broken, 99],
    ] as const)
      await ctx.db.insert(assessments).values({
        businessId: c.businessId,
        caseId: c.id,
        programId: w.programP.id,
        questionnaireVersion: version,
        status: 'submitted',
        answers: fullAnswers(7),
      });
    await expect(
      diagnoseAndPlanBatch({ db: ctx.db, actor, programId: w.programP.id, locale: 'es' }),
    ).rejects.toThrow();
    const written = await ctx.db.select().from(diagnoses).where(eq(diagnoses.caseId, good.id));
    expect(written).toEqual([]);
  });
});
