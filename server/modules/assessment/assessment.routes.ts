import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../../shared/roles.ts';
import {
  ZActivityParams,
  ZAdjustBody,
  ZAssessmentReport,
  ZAssessmentSettings,
  ZCaseAssessment,
  ZDraftBody,
  ZEvidenceParams,
  ZFollowUpBody,
  ZGenerateBody,
  ZPlan,
  ZPlanBody,
  ZQuestionnaireBody,
  ZQuestionnaireVersion,
  ZSubmitBody,
} from '../../../shared/schemas/assessment.ts';
import { ZCaseParams } from '../../../shared/schemas/cases.ts';
import { ZProgramParams } from '../../../shared/schemas/programs.ts';
import type { AppContext } from '../../app.ts';
import { actorOf, programAccessOf } from '../../http/context.ts';
import { readMultipartFile } from '../../http/multipart.ts';
import { sendStoredFile } from '../../http/send-file.ts';
import {
  CASE_CONFIGURERS,
  CASE_READERS,
  CASE_REACTIVATORS,
  CASE_WORKERS,
} from '../cases/cases.routes.ts';
import {
  adjustLevel,
  getCaseAssessment,
  saveDraft,
  submitAssessment,
} from './assessment.service.ts';
import {
  attachEvidence,
  generateCasePlan,
  getPlan,
  openEvidence,
  recordFollowUp,
  savePlan,
} from './plan.service.ts';
import {
  getAssessmentSettings,
  getQuestionnaire,
  listQuestionnaireVersions,
  publishQuestionnaire,
  saveAssessmentSettings,
} from './questionnaire.service.ts';
import { getAssessmentReport } from './report.service.ts';

/** Supervisors review diagnoses: they (and the program's leads) may adjust a level. */
export const LEVEL_ADJUSTERS: Role[] = CASE_REACTIVATORS;
/** Questionnaires, settings and the report hold no personal data: evaluators read them too. */
export const ASSESSMENT_PROGRAM_READERS: Role[] = [...CASE_READERS, 'researcher'];
/** The owner reads their own plan (scope `own` narrows them to their business). */
export const PLAN_READERS: Role[] = [...CASE_READERS, 'owner'];

const program = (roles: Role[]) => ({ access: { kind: 'program', roles } }) as const;

const ZReportQuery = z.strictObject({
  municipalityCode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  localityCode: z
    .string()
    .regex(/^\d{5}-\d{2}$/)
    .optional(),
});

export function assessmentRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  const dataDir = deps.config.dataDir;
  return async (app) => {
    const base = '/programs/:programId';
    const oneCase = `${base}/cases/:caseId`;

    app.get(
      `${base}/questionnaire`,
      {
        config: program(ASSESSMENT_PROGRAM_READERS),
        schema: {
          tags: ['assessment'],
          summary:
            "The program's current questionnaire (the standard one until it publishes its own)",
          params: ZProgramParams,
          response: { 200: ZQuestionnaireVersion },
        },
      },
      (req) => getQuestionnaire({ db, access: programAccessOf(req) }),
    );

    app.get(
      `${base}/questionnaire/versions`,
      {
        config: program(ASSESSMENT_PROGRAM_READERS),
        schema: {
          tags: ['assessment'],
          summary: 'Every published version of the questionnaire, newest first',
          params: ZProgramParams,
          response: {
            200: z.array(
              z.object({
                version: z.number().int(),
                createdAt: z.string(),
                createdByName: z.string().nullable(),
                questions: z.number().int(),
              }),
            ),
          },
        },
      },
      (req) => listQuestionnaireVersions({ db, access: programAccessOf(req) }),
    );

    app.get(
      `${base}/questionnaire/versions/:version`,
      {
        config: program(ASSESSMENT_PROGRAM_READERS),
        schema: {
          tags: ['assessment'],
          summary: 'One version of the questionnaire',
          params: ZProgramParams.extend({ version: z.coerce.number().int().min(1) }),
          response: { 200: ZQuestionnaireVersion },
        },
      },
      (req) => getQuestionnaire({ db, access: programAccessOf(req), version: req.params.version }),
    );

    app.put(
      `${base}/questionnaire`,
      {
        config: program(CASE_CONFIGURERS),
        schema: {
          tags: ['assessment'],
          summary:
            'Publish a new version of the questionnaire (validated: ids, options, conditions without cycles, levers reachable)',
          params: ZProgramParams,
          body: ZQuestionnaireBody,
          response: { 200: ZQuestionnaireVersion },
        },
      },
      (req) =>
        publishQuestionnaire({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          definition: req.body.definition,
        }),
    );

    app.get(
      `${base}/assessment-settings`,
      {
        config: program(ASSESSMENT_PROGRAM_READERS),
        schema: {
          tags: ['assessment'],
          summary:
            'Level thresholds, overall aggregation, mentor rule, plan length and templates, completion rule',
          params: ZProgramParams,
          response: { 200: ZAssessmentSettings },
        },
      },
      (req) => getAssessmentSettings({ db, access: programAccessOf(req) }),
    );

    app.put(
      `${base}/assessment-settings`,
      {
        config: program(CASE_CONFIGURERS),
        schema: {
          tags: ['assessment'],
          summary: 'Save the assessment and plan settings',
          params: ZProgramParams,
          body: ZAssessmentSettings,
          response: { 200: ZAssessmentSettings },
        },
      },
      (req) =>
        saveAssessmentSettings({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          body: req.body,
        }),
    );

    app.get(
      `${base}/assessment-report`,
      {
        config: program(ASSESSMENT_PROGRAM_READERS),
        schema: {
          tags: ['assessment'],
          summary:
            'Diagnoses made and pending per city, levels per lever, plans per city, activities per city and lever',
          params: ZProgramParams,
          querystring: ZReportQuery,
          response: { 200: ZAssessmentReport },
        },
      },
      (req) => getAssessmentReport({ db, access: programAccessOf(req), filter: req.query }),
    );

    app.get(
      `${oneCase}/assessment`,
      {
        config: program(CASE_READERS),
        schema: {
          tags: ['assessment'],
          summary: "A case's assessment (draft or latest), its questionnaire, and its diagnosis",
          params: ZCaseParams,
          response: { 200: ZCaseAssessment },
        },
      },
      (req) => getCaseAssessment({ db, access: programAccessOf(req), caseId: req.params.caseId }),
    );

    app.put(
      `${oneCase}/assessment/draft`,
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['assessment'],
          summary: 'Save answers as a draft (start one without a version; send its version after)',
          params: ZCaseParams,
          body: ZDraftBody,
          response: { 200: ZCaseAssessment },
        },
      },
      (req) =>
        saveDraft({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          caseId: req.params.caseId,
          body: req.body,
        }),
    );

    app.post(
      `${oneCase}/assessment/submit`,
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['assessment'],
          summary: 'Submit the assessment: the answers are frozen and the diagnosis is made',
          params: ZCaseParams,
          body: ZSubmitBody,
          response: { 200: ZCaseAssessment },
        },
      },
      (req) =>
        submitAssessment({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          caseId: req.params.caseId,
          body: req.body,
        }),
    );

    app.post(
      `${oneCase}/diagnosis/adjust`,
      {
        config: program(LEVEL_ADJUSTERS),
        schema: {
          tags: ['assessment'],
          summary:
            "Adjust a lever's level or the overall level, with a reason (the scored level is kept)",
          params: ZCaseParams,
          body: ZAdjustBody,
          response: { 200: ZCaseAssessment },
        },
      },
      (req) =>
        adjustLevel({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          caseId: req.params.caseId,
          body: req.body,
        }),
    );

    app.get(
      `${oneCase}/plan`,
      {
        config: program(PLAN_READERS),
        schema: {
          tags: ['assessment'],
          summary: "The case's attention plan with its activities, follow-up and progress",
          params: ZCaseParams,
          response: { 200: z.object({ plan: ZPlan.nullable() }) },
        },
      },
      (req) => getPlan({ db, access: programAccessOf(req), caseId: req.params.caseId }),
    );

    app.post(
      `${oneCase}/plan/generate`,
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['assessment'],
          summary: 'Generate the plan from the diagnosis (weakest levers first)',
          params: ZCaseParams,
          body: ZGenerateBody,
          response: { 200: ZPlan },
        },
      },
      (req) =>
        generateCasePlan({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          caseId: req.params.caseId,
          locale: req.locale,
          body: req.body,
        }),
    );

    app.put(
      `${oneCase}/plan`,
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['assessment'],
          summary:
            'Save the plan as edited with the owner (dates, presentation, priorities, activities)',
          params: ZCaseParams,
          body: ZPlanBody,
          response: { 200: ZPlan },
        },
      },
      (req) =>
        savePlan({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          caseId: req.params.caseId,
          body: req.body,
        }),
    );

    app.post(
      `${oneCase}/plan/activities/:activityId/follow-up`,
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['assessment'],
          summary: 'Record an activity as done or not done, with its date and a note',
          params: ZActivityParams,
          body: ZFollowUpBody,
          response: { 200: ZPlan },
        },
      },
      (req) =>
        recordFollowUp({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          caseId: req.params.caseId,
          activityId: req.params.activityId,
          body: req.body,
        }),
    );

    app.post(
      `${oneCase}/plan/activities/:activityId/evidence`,
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['assessment'],
          summary: 'Attach evidence to an activity: a photo or PDF (multipart: file; at most 5 MB)',
          consumes: ['multipart/form-data'],
          params: ZActivityParams,
          response: { 200: ZPlan },
        },
      },
      async (req) => {
        const upload = await readMultipartFile(req);
        return attachEvidence({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          dataDir,
          caseId: req.params.caseId,
          activityId: req.params.activityId,
          file: { bytes: upload.bytes, filename: upload.filename },
        });
      },
    );

    app.get(
      `${oneCase}/plan/evidence/:evidenceId`,
      {
        config: program(PLAN_READERS),
        schema: {
          tags: ['assessment'],
          summary: "Open a piece of an activity's evidence (the read is audited)",
          params: ZEvidenceParams,
        },
      },
      async (req, reply) => {
        const file = await openEvidence({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          dataDir,
          caseId: req.params.caseId,
          evidenceId: req.params.evidenceId,
        });
        return sendStoredFile(reply, file);
      },
    );
  };
}
