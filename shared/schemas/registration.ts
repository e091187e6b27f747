import { z } from 'zod';
import { ZId, ZIsoDate } from './common.ts';

/** Colombian identity documents: cédula, cédula de extranjería, Permiso por Protección Temporal, tarjeta de identidad, pasaporte. */
export const DOCUMENT_TYPES = ['CC', 'CE', 'PPT', 'TI', 'PAS'] as const;
export const SEXES = ['F', 'M', 'X'] as const;
export const ETHNIC_GROUPS = [
  'ninguno',
  'afrocolombiano',
  'indigena',
  'raizal',
  'palenquero',
  'rom',
] as const;

/** Priority groups (grupos priorizados) that add points in the selection. */
export const PRIORITY_GROUPS = [
  'head_of_household_mother',
  'youth', // 18–28 years old on the call's opening date
  'over_55',
  'disability',
  'conflict_victim',
  'ethnic_community',
  'green_business',
  'cultural_creative',
  'women',
] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

/** Documents a call may require. */
export const REQUIRED_DOCUMENT_KINDS = [
  'id_document', // copy of the identity document
  'utility_bill', // proof of address (recibo de servicio público)
  'rut',
  'chamber_certificate', // certificado de Cámara de Comercio
  'business_photo',
] as const;
export type DocumentKind = (typeof REQUIRED_DOCUMENT_KINDS)[number];

const nullableFlag = z.boolean().nullable().default(null);

export const ZOwnerInput = z.strictObject({
  documentType: z.enum(DOCUMENT_TYPES),
  /** Digits (and letters for passports), dots and spaces removed by the normalizer before validation. */
  documentNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Z]{4,15}$/, { message: 'document_number_format' }),
  firstNames: z.string().trim().min(1).max(100),
  lastNames: z.string().trim().min(1).max(100),
  sex: z.enum(SEXES),
  birthDate: ZIsoDate,
  /** Colombian mobile or landline, 10 digits after normalization (+57 and spaces removed). */
  phone: z.string().regex(/^[0-9]{10}$/, { message: 'phone_format' }),
  email: z.email().max(254).nullable().default(null),
  address: z.string().trim().min(3).max(200),
  municipalityCode: z.string().regex(/^\d{5}$/),
  localityCode: z
    .string()
    .regex(/^\d{5}-\d{2}$/)
    .nullable()
    .default(null),
  /** Sensitive and optional: null means "prefers not to answer". */
  headOfHouseholdMother: nullableFlag,
  disability: nullableFlag,
  conflictVictim: nullableFlag,
  ethnicGroup: z.enum(ETHNIC_GROUPS).nullable().default(null),
});
export type TOwnerInput = z.infer<typeof ZOwnerInput>;

export const ZBusinessInput = z.strictObject({
  name: z.string().trim().min(2).max(150),
  ciiuCode: z.string().regex(/^\d{4}$/, { message: 'ciiu_format' }),
  startedOn: ZIsoDate,
  hasPremises: z.boolean(),
  hasRut: z.boolean(),
  hasChamberRegistration: z.boolean(),
  workersTotal: z.number().int().min(0).max(1000),
  workersWomen: z.number().int().min(0).max(1000),
  /** Monthly sales in whole pesos (COP has no minor unit in practice; stored as integer). */
  monthlySales: z.number().int().min(0).max(100_000_000_000),
  greenPractices: z.boolean(),
  culturalCreative: z.boolean(),
});
export type TBusinessInput = z.infer<typeof ZBusinessInput>;

export const ZApplicantInput = z
  .strictObject({ owner: ZOwnerInput, business: ZBusinessInput })
  .refine((a) => a.business.workersWomen <= a.business.workersTotal, {
    path: ['business', 'workersWomen'],
    message: 'workers_women_over_total',
  });
export type TApplicantInput = z.infer<typeof ZApplicantInput>;

/** Eligibility criteria: plain typed data, evaluated by `evaluateEligibility` (no eval). */
export const ZCriterion = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('lives_in_call_territory') }),
  z.strictObject({
    kind: z.literal('business_min_months'),
    months: z.number().int().min(0).max(600),
  }),
  z.strictObject({ kind: z.literal('not_previous_beneficiary') }),
  z.strictObject({ kind: z.literal('documents_verified') }),
  z.strictObject({ kind: z.literal('min_age'), years: z.number().int().min(0).max(120) }),
  z.strictObject({ kind: z.literal('max_age'), years: z.number().int().min(0).max(120) }),
  z.strictObject({ kind: z.literal('max_workers'), workers: z.number().int().min(0).max(1000) }),
  z.strictObject({ kind: z.literal('max_monthly_sales'), pesos: z.number().int().min(0) }),
]);
export type TCriterion = z.infer<typeof ZCriterion>;
export type CriterionKind = TCriterion['kind'];

export const ZPriorityWeight = z.strictObject({
  group: z.enum(PRIORITY_GROUPS),
  points: z.number().int().min(0).max(100),
});

/** The versioned rules of a call: a decision keeps the version it was made with. */
export const ZCallRules = z.strictObject({
  criteria: z.array(ZCriterion).max(20),
  priorityWeights: z.array(ZPriorityWeight).max(PRIORITY_GROUPS.length),
  requiredDocuments: z.array(z.enum(REQUIRED_DOCUMENT_KINDS)).max(REQUIRED_DOCUMENT_KINDS.length),
  /** Recommended registrations = goal × factor (DOMAIN: register 50–70 % more than the goal). */
  targetFactor: z.number().min(1).max(5).default(1.6),
});
export type TCallRules = z.infer<typeof ZCallRules>;

export const DEFAULT_CALL_RULES: TCallRules = {
  criteria: [
    { kind: 'lives_in_call_territory' },
    { kind: 'business_min_months', months: 6 },
    { kind: 'not_previous_beneficiary' },
    { kind: 'documents_verified' },
    { kind: 'min_age', years: 18 },
  ],
  priorityWeights: [
    { group: 'head_of_household_mother', points: 20 },
    { group: 'conflict_victim', points: 20 },
    { group: 'disability', points: 15 },
    { group: 'ethnic_community', points: 15 },
    { group: 'youth', points: 10 },
    { group: 'over_55', points: 10 },
    { group: 'women', points: 10 },
    { group: 'green_business', points: 5 },
    { group: 'cultural_creative', points: 5 },
  ],
  requiredDocuments: ['id_document', 'utility_bill'],
  targetFactor: 1.6,
};

/** Per-criterion outcome: met, not met, or not decidable for lack of data. */
export const CRITERION_OUTCOMES = ['met', 'not_met', 'missing_data'] as const;
export type CriterionOutcome = (typeof CRITERION_OUTCOMES)[number];

export const ZCallCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,38}[A-Z0-9]$/, { message: 'call_code_format' });

export const ZCallLocality = z.strictObject({
  /** A program city (`68001`) or a program locality (`11001-08`). */
  territoryCode: z.string().regex(/^\d{5}(-\d{2})?$/),
  goal: z.number().int().min(0).max(1_000_000),
});

export const ZCallBody = z
  .strictObject({
    code: ZCallCode,
    name: z.string().trim().min(3).max(200),
    opensOn: ZIsoDate,
    closesOn: ZIsoDate,
    territories: z.array(ZCallLocality).min(1).max(500),
    rules: ZCallRules,
  })
  .refine((c) => c.closesOn >= c.opensOn, { path: ['closesOn'], message: 'closes_before_opens' });
export type TCallBody = z.infer<typeof ZCallBody>;

export const ZCallParams = z.strictObject({ programId: ZId, callId: ZId });

export const CALL_STATUSES = ['upcoming', 'open', 'closed'] as const;

export const ZCallTerritory = z.object({
  territoryCode: z.string(),
  name: z.string(),
  goal: z.number().int(),
  /** Recommended registrations: ceil(goal × targetFactor). */
  target: z.number().int(),
});

export const ZCall = z.object({
  id: ZId,
  programId: ZId,
  code: z.string(),
  name: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(CALL_STATUSES),
  rulesVersion: z.number().int(),
  rules: ZCallRules,
  territories: z.array(ZCallTerritory),
});
export type TCall = z.infer<typeof ZCall>;

/** What the public application form needs to know, and nothing more. */
export const ZPublicCall = z.object({
  code: z.string(),
  name: z.string(),
  programName: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(CALL_STATUSES),
  territories: z.array(
    z.object({ territoryCode: z.string(), name: z.string(), municipalityCode: z.string() }),
  ),
  requiredDocuments: z.array(z.enum(REQUIRED_DOCUMENT_KINDS)),
  consent: z.object({ version: z.string() }),
});
export type TPublicCall = z.infer<typeof ZPublicCall>;

export const VERDICTS = ['eligible', 'not_eligible', 'pending'] as const;
export const SELECTIONS = ['none', 'selected', 'waitlisted'] as const;
export const FLAG_KINDS = [
  'same_document',
  'same_phone',
  'similar_name_and_address',
  'previous_beneficiary',
] as const;

export const ZApplicantSummary = z.object({
  id: ZId,
  confirmationCode: z.string(),
  name: z.string(),
  documentType: z.string(),
  documentNumber: z.string(),
  phone: z.string(),
  territoryCode: z.string(),
  channel: z.string(),
  verdict: z.enum(VERDICTS),
  priorityScore: z.number().int(),
  priorityGroups: z.array(z.string()),
  selection: z.enum(SELECTIONS),
  selectionRank: z.number().int().nullable(),
  blocked: z.boolean(),
  openFlags: z.number().int(),
  submittedAt: z.string(),
});
export type TApplicantSummary = z.infer<typeof ZApplicantSummary>;

export const ZApplicantFlag = z.object({
  id: ZId,
  kind: z.enum(FLAG_KINDS),
  otherApplicantId: z.string().nullable(),
  otherCaseId: z.string().nullable(),
  score: z.number().nullable(),
  status: z.string(),
  resolutionNote: z.string().nullable(),
});

export const ZApplicantDetail = ZApplicantSummary.extend({
  data: z.unknown(),
  rulesVersion: z.number().int(),
  eligibility: z.array(
    z.object({
      criterion: z.unknown(),
      outcome: z.enum(CRITERION_OUTCOMES),
      detail: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
  flags: z.array(ZApplicantFlag),
  documents: z.array(
    z.object({
      id: ZId,
      kind: z.string(),
      originalName: z.string(),
      mimeType: z.string(),
      sizeBytes: z.number(),
      status: z.string(),
      rejectionReason: z.string().nullable(),
    }),
  ),
  caseId: z.string().nullable(),
});
export type TApplicantDetail = z.infer<typeof ZApplicantDetail>;

export const ZApplicantListQuery = z.strictObject({
  territory: z
    .string()
    .regex(/^\d{5}(-\d{2})?$/)
    .optional(),
  verdict: z.enum(VERDICTS).optional(),
  selection: z.enum(SELECTIONS).optional(),
  flagged: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** The public form's body: the application, the consent given and an anti-bot honeypot. */
export const ZPublicApplicationBody = z.strictObject({
  applicant: ZApplicantInput,
  consent: z.strictObject({ accepted: z.literal(true), version: z.string().min(1).max(40) }),
  /** Left empty by people; filled by naive bots. */
  website: z.string().max(200).optional(),
});

export const ZApplicationReceipt = z.object({
  confirmationCode: z.string(),
  submittedAt: z.string(),
});

export const ZStatusQuery = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/, { message: 'confirmation_code_format' }),
  documentNumber: z.string().trim().min(4).max(20),
});

export const PUBLIC_STATES = [
  'received',
  'in_review',
  'eligible',
  'not_eligible',
  'selected',
  'waitlisted',
] as const;
export const ZApplicationStatus = z.object({
  confirmationCode: z.string(),
  callName: z.string(),
  submittedAt: z.string(),
  state: z.enum(PUBLIC_STATES),
  documents: z.array(
    z.object({ kind: z.string(), status: z.string(), rejectionReason: z.string().nullable() }),
  ),
  missingDocuments: z.array(z.string()),
});
export type TApplicationStatus = z.infer<typeof ZApplicationStatus>;

export const ZSelectionRow = z.object({
  applicantId: ZId,
  name: z.string(),
  score: z.number().int(),
  submittedAt: z.string(),
  rank: z.number().int(),
});

export const ZSelectionPreview = z.object({
  territoryCode: z.string(),
  goal: z.number().int(),
  rulesVersion: z.number().int(),
  tieBreakRule: z.string(),
  decided: z.boolean(),
  selected: z.array(ZSelectionRow),
  waitlist: z.array(ZSelectionRow),
  counts: z.object({
    registered: z.number().int(),
    eligible: z.number().int(),
    notEligible: z.number().int(),
    pending: z.number().int(),
    blocked: z.number().int(),
  }),
});
export type TSelectionPreview = z.infer<typeof ZSelectionPreview>;

const ZReportCounts = z.object({
  registered: z.number().int(),
  eligible: z.number().int(),
  notEligible: z.number().int(),
  pending: z.number().int(),
  blocked: z.number().int(),
  selected: z.number().int(),
  waitlisted: z.number().int(),
  women: z.number().int(),
});

export const ZCallReport = z.object({
  territories: z.array(
    ZReportCounts.extend({
      territoryCode: z.string(),
      name: z.string(),
      goal: z.number().int(),
      target: z.number().int(),
    }),
  ),
  totals: ZReportCounts.extend({ goal: z.number().int(), target: z.number().int() }),
  funnel: z.object({
    registered: z.number().int(),
    documentsComplete: z.number().int(),
    eligible: z.number().int(),
    selected: z.number().int(),
    waitlisted: z.number().int(),
  }),
  priorityGroups: z.record(z.string(), z.number().int()),
});
export type TCallReport = z.infer<typeof ZCallReport>;
