/**
 * Integral assessment, diagnosis by lever and attention plan: questionnaires as versioned data,
 * the program's scoring and plan settings, and what the API returns. Shared by the server
 * (validation, OpenAPI) and the web (forms, the same scoring as the server).
 */
import { z } from 'zod';
import { validateDefinition } from '../domain/assessment/definition.ts';
import { ZId, ZIsoDate } from './common.ts';
import { SERVICE_STATUSES, ZServiceSuggestion } from './services.ts';

/** Competence levels, weakest first. */
export const LEVELS = ['incipiente', 'aceptable', 'confiable', 'competente', 'excelente'] as const;
export type Level = (typeof LEVELS)[number];
export const ZLevel = z.enum(LEVELS);

/** The reference program's levers (palancas de reactivación); programs may define others. */
export const DEFAULT_LEVERS = [
  'biosafety',
  'finance',
  'business_model',
  'production',
  'marketing',
  'commercialization',
  'formalization',
  'organization',
  'innovation',
] as const;

export const QUESTION_TYPES = [
  'single',
  'multiple',
  'number',
  'money',
  'text',
  'date',
  'yes_no',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const SECTION_KINDS = ['personal', 'family', 'business'] as const;

const key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'key_format' });
export const ZLeverId = key;

/** A label in both languages (Spanish first). */
export const ZText = z.strictObject({
  es: z.string().trim().min(1).max(500),
  en: z.string().trim().min(1).max(500),
});
export type TText = z.infer<typeof ZText>;

/** Points an answer earns towards one or more levers. */
export const ZPoints = z.record(key, z.number().int().min(0).max(20));
export type TPoints = z.infer<typeof ZPoints>;

export const ZOption = z.strictObject({
  id: key,
  label: ZText,
  points: ZPoints.default({}),
  /** In a multiple choice, an option that cannot be combined with others ("ninguna"). */
  exclusive: z.boolean().default(false),
});
export type TOption = z.infer<typeof ZOption>;

export const CONDITION_OPS = [
  'equals',
  'not_equals',
  'includes',
  'gte',
  'lte',
  'answered',
] as const;

/** Shows a question only when an earlier answer matches. */
export const ZCondition = z.strictObject({
  question: key,
  op: z.enum(CONDITION_OPS),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
});
export type TCondition = z.infer<typeof ZCondition>;

export const ZQuestion = z.strictObject({
  id: key,
  type: z.enum(QUESTION_TYPES),
  label: ZText,
  help: ZText.optional(),
  required: z.boolean().default(true),
  showIf: ZCondition.optional(),
  /** single and multiple. */
  options: z.array(ZOption).max(20).optional(),
  /** number and money: accepted range. */
  min: z.number().optional(),
  max: z.number().optional(),
  /** number and money, scored: the band with the greatest `from` not above the answer applies. */
  bands: z
    .array(z.strictObject({ from: z.number(), points: ZPoints }))
    .max(10)
    .optional(),
  /** yes_no, scored. */
  yesPoints: ZPoints.optional(),
  noPoints: ZPoints.optional(),
  /** The EMICRON variable whose wording informed the question, for the evaluator. */
  source: z.string().max(40).optional(),
});
export type TQuestion = z.infer<typeof ZQuestion>;

export const ZSection = z.strictObject({
  id: key,
  kind: z.enum(SECTION_KINDS),
  title: ZText,
  questions: z.array(ZQuestion).min(1).max(40),
});
export type TSection = z.infer<typeof ZSection>;

export const ZLever = z.strictObject({
  id: key,
  /** Display names; default levers have translations and may leave these empty. */
  name: z.strictObject({ es: z.string().trim().max(60), en: z.string().trim().max(60) }),
});

export const ZQuestionnaireDefinition = z
  .strictObject({
    levers: z.array(ZLever).min(1).max(20),
    sections: z.array(ZSection).min(1).max(10),
  })
  .superRefine((def, ctx) => {
    for (const issue of validateDefinition(def))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.code });
  });
export type TQuestionnaireDefinition = z.infer<typeof ZQuestionnaireDefinition>;

/** One answer: an option id, option ids, a number, text, an ISO date or yes/no. */
export const ZAnswer = z.union([
  z.string().max(2000),
  z.array(z.string().max(40)).max(20),
  z.number(),
  z.boolean(),
]);
export type TAnswer = z.infer<typeof ZAnswer>;
export const ZAnswers = z.record(key, ZAnswer);
export type TAnswers = z.infer<typeof ZAnswers>;

export const RESPONSIBLES = ['facilitator', 'owner', 'mentor'] as const;
export type Responsible = (typeof RESPONSIBLES)[number];

export const ZTemplateActivity = z.strictObject({
  title: ZText,
  description: ZText,
  /** Preferred week of the plan (clamped to the plan's length). */
  week: z.number().int().min(1).max(12),
  responsible: z.enum(RESPONSIBLES),
});
export type TTemplateActivity = z.infer<typeof ZTemplateActivity>;

/** Activities for a lever at some levels. */
export const ZPlanTemplate = z.strictObject({
  lever: key,
  levels: z.array(ZLevel).min(1),
  activities: z.array(ZTemplateActivity).min(1).max(10),
});
export type TPlanTemplate = z.infer<typeof ZPlanTemplate>;

export const OVERALL_AGGREGATIONS = ['mean_score', 'weakest_lever', 'median_level'] as const;

/** A program's scoring, mentor rule, plan and completion settings: validated data with defaults. */
export const ZAssessmentSettings = z
  .strictObject({
    /** Lowest score (0–100 % of the lever's points) of each level above incipiente. */
    thresholds: z.strictObject({
      aceptable: z.number().min(0).max(100),
      confiable: z.number().min(0).max(100),
      competente: z.number().min(0).max(100),
      excelente: z.number().min(0).max(100),
    }),
    overall: z.enum(OVERALL_AGGREGATIONS),
    /** Overall levels whose plan needs a mentor. */
    mentorLevels: z.array(ZLevel).max(5),
    plan: z.strictObject({
      weeks: z.number().int().min(10).max(12),
      activities: z.number().int().min(3).max(8),
    }),
    /** Share of a plan's activities done (%) that proposes completing the case. */
    completionPercent: z.number().int().min(50).max(100),
    templates: z.array(ZPlanTemplate).max(200),
  })
  .superRefine((s, ctx) => {
    const t = s.thresholds;
    const order = [t.aceptable, t.confiable, t.competente, t.excelente];
    order.forEach((v, i) => {
      if (i > 0 && v <= order[i - 1]!)
        ctx.addIssue({
          code: 'custom',
          path: ['thresholds', LEVELS[i + 1]!],
          message: 'thresholds_not_ascending',
        });
    });
  });
export type TAssessmentSettings = z.infer<typeof ZAssessmentSettings>;

// ---------- API ----------

export const ZQuestionnaireVersion = z.object({
  version: z.number().int(),
  definition: ZQuestionnaireDefinition,
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type TQuestionnaireVersion = z.infer<typeof ZQuestionnaireVersion>;

export const ZQuestionnaireBody = z.strictObject({ definition: ZQuestionnaireDefinition });

export const ZAssessmentStatus = z.enum(['draft', 'submitted']);

export const ZAssessment = z.object({
  id: ZId,
  status: ZAssessmentStatus,
  questionnaireVersion: z.number().int(),
  answers: ZAnswers,
  version: z.number().int(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});
export type TAssessment = z.infer<typeof ZAssessment>;

/** Saving a draft: every answer is checked against its question, nothing is required yet. */
export const ZDraftBody = z.strictObject({
  answers: ZAnswers,
  /** The draft's version as read (optimistic concurrency); absent to start one. */
  version: z.number().int().min(1).optional(),
});

export const ZSubmitBody = z.strictObject({
  answers: ZAnswers,
  version: z.number().int().min(1).optional(),
});

/** Why a lever got its score: one entry per visible question that scores it. */
export const ZExplanationItem = z.object({
  questionId: z.string(),
  points: z.number(),
  maxPoints: z.number(),
});
export type TExplanationItem = z.infer<typeof ZExplanationItem>;

export const ZLeverResult = z.object({
  lever: z.string(),
  points: z.number(),
  maxPoints: z.number(),
  /** 0–100, one decimal. */
  score: z.number(),
  level: ZLevel,
});
export type TLeverResult = z.infer<typeof ZLeverResult>;

export const ZAdjustment = z.object({
  id: ZId,
  /** A lever id, or "overall". */
  target: z.string(),
  fromLevel: ZLevel,
  toLevel: ZLevel,
  reason: z.string(),
  byName: z.string().nullable(),
  at: z.string(),
});

export const ZDiagnosis = z.object({
  id: ZId,
  assessmentId: ZId,
  questionnaireVersion: z.number().int(),
  createdAt: z.string(),
  /** As scored; `level` of each lever and the overall level are the adjusted ones. */
  levers: z.array(
    ZLeverResult.extend({
      originalLevel: ZLevel,
      explanation: z.array(ZExplanationItem),
    }),
  ),
  overall: z.object({ score: z.number(), level: ZLevel, originalLevel: ZLevel }),
  needsMentor: z.boolean(),
  adjustments: z.array(ZAdjustment),
  /** The frozen answers the diagnosis was made from (a re-assessment may be under way). */
  answers: ZAnswers,
});
export type TDiagnosis = z.infer<typeof ZDiagnosis>;

/** Everything the assessment screen needs for one case. */
export const ZCaseAssessment = z.object({
  caseId: ZId,
  /** Completed or withdrawn cases cannot be assessed or planned again. */
  locked: z.boolean(),
  /** The questionnaire the draft (or a new assessment) uses. */
  questionnaire: ZQuestionnaireVersion,
  settings: ZAssessmentSettings,
  assessment: ZAssessment.nullable(),
  diagnosis: ZDiagnosis.nullable(),
  hasPlan: z.boolean(),
});
export type TCaseAssessment = z.infer<typeof ZCaseAssessment>;

export const ZAdjustBody = z.strictObject({
  /** A lever of the diagnosis, or "overall". */
  target: key,
  level: ZLevel,
  reason: z.string().trim().min(5).max(1000),
});

export const ACTIVITY_STATUSES = ['scheduled', 'done', 'not_done'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ZEvidence = z.object({
  id: ZId,
  originalName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
});

export const ZPlanActivity = z.object({
  id: ZId,
  position: z.number().int(),
  lever: z.string(),
  title: z.string(),
  description: z.string(),
  week: z.number().int(),
  dueOn: z.string(),
  responsible: z.enum(RESPONSIBLES),
  status: z.enum(ACTIVITY_STATUSES),
  recordedOn: z.string().nullable(),
  note: z.string(),
  recordedByName: z.string().nullable(),
  evidence: z.array(ZEvidence),
  /** The outside service the activity uses, when linked. */
  service: z
    .object({
      id: ZId,
      name: z.string(),
      entityName: z.string(),
      status: z.enum(SERVICE_STATUSES),
      link: z.string().nullable(),
      contact: z.string().nullable(),
    })
    .nullable(),
});
export type TPlanActivity = z.infer<typeof ZPlanActivity>;

export const ZPlanProgress = z.object({
  planned: z.number().int(),
  recorded: z.number().int(),
  done: z.number().int(),
  donePercent: z.number(),
  completionReached: z.boolean(),
});
export type TPlanProgress = z.infer<typeof ZPlanProgress>;

export const ZPlan = z.object({
  id: ZId,
  caseId: ZId,
  diagnosisId: ZId,
  version: z.number().int(),
  weeks: z.number().int(),
  startsOn: z.string(),
  presentedOn: z.string().nullable(),
  ownerPriorities: z.string(),
  needsMentor: z.boolean(),
  createdAt: z.string(),
  activities: z.array(ZPlanActivity),
  progress: ZPlanProgress,
  /** The case is completed or withdrawn: the plan is read-only. */
  locked: z.boolean(),
  /** The completion rule is met and the case is not at its last stage yet. */
  proposeCompletion: z.boolean(),
  /** For the printed plan. */
  businessName: z.string(),
  ownerName: z.string(),
  facilitatorName: z.string().nullable(),
  /**
   * Per lever of the diagnosis: active services of the business's city (first) or national that
   * cover it, best first, for the editor to propose.
   */
  serviceSuggestions: z.record(z.string(), z.array(ZServiceSuggestion)),
});
export type TPlan = z.infer<typeof ZPlan>;

export const ZGenerateBody = z.strictObject({
  /** First day of week 1; today when absent. */
  startsOn: ZIsoDate.optional(),
  /** Replaces a plan that has no activity recorded yet. */
  replace: z.boolean().default(false),
});

export const ZPlanActivityInput = z.strictObject({
  /** Absent for a new activity. */
  id: ZId.optional(),
  lever: key,
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(2000).default(''),
  week: z.number().int().min(1).max(12),
  responsible: z.enum(RESPONSIBLES),
  /** A catalog service the activity uses. */
  serviceId: ZId.nullable().default(null),
});

export const ZPlanBody = z.strictObject({
  version: z.number().int().min(1),
  startsOn: ZIsoDate,
  weeks: z.number().int().min(10).max(12),
  presentedOn: ZIsoDate.nullable(),
  ownerPriorities: z.string().trim().max(2000),
  activities: z.array(ZPlanActivityInput).min(1).max(20),
});
export type TPlanBody = z.infer<typeof ZPlanBody>;

export const ZFollowUpBody = z.strictObject({
  status: z.enum(ACTIVITY_STATUSES),
  /** When it was done (or found not done); required unless the status goes back to scheduled. */
  recordedOn: ZIsoDate.nullable(),
  note: z.string().trim().max(2000).default(''),
});

export const ZActivityParams = z.object({
  programId: ZId,
  caseId: ZId,
  activityId: ZId,
});

export const ZEvidenceParams = z.object({
  programId: ZId,
  caseId: ZId,
  evidenceId: ZId,
});

// ---------- report ----------

const ZCount = z.number().int();

export const ZAssessmentReport = z.object({
  levers: z.array(z.string()),
  diagnosesByCity: z.array(
    z.object({
      municipalityCode: z.string(),
      /** Active and completed cases (withdrawn ones are not pending). */
      cases: ZCount,
      diagnosed: ZCount,
      pending: ZCount,
    }),
  ),
  levelsByLever: z.array(z.object({ lever: z.string(), counts: z.record(ZLevel, ZCount) })),
  overallLevels: z.record(ZLevel, ZCount),
  plansByCity: z.array(
    z.object({
      municipalityCode: z.string(),
      designed: ZCount,
      presented: ZCount,
      needMentor: ZCount,
    }),
  ),
  activitiesByCity: z.array(
    z.object({ key: z.string(), planned: ZCount, recorded: ZCount, done: ZCount }),
  ),
  activitiesByLever: z.array(
    z.object({ key: z.string(), planned: ZCount, recorded: ZCount, done: ZCount }),
  ),
});
export type TAssessmentReport = z.infer<typeof ZAssessmentReport>;
