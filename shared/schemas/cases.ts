/**
 * Case management: the program's stage configuration with its gates, the board, the case page,
 * encounters, withdrawals and assignments. Shared by the server (validation, OpenAPI) and the web.
 */
import { z } from 'zod';
import { DEFAULT_STAGES, DEFAULT_WITHDRAWAL_REASONS } from '../cases.ts';
import { PRIORITY_GROUPS } from './registration.ts';
import { LEVELS } from './assessment.ts';
import { ZId, ZIsoDate } from './common.ts';

/** What a stage can require before a case enters it (evaluated by `missingForStage`, no eval). */
export const ZGateRequirement = z.discriminatedUnion('kind', [
  /** At least `count` encounters recorded in the case. */
  z.strictObject({ kind: z.literal('min_encounters'), count: z.number().int().min(1).max(50) }),
  /** An encounter recorded while the case was in the stage it leaves. */
  z.strictObject({ kind: z.literal('encounter_in_stage') }),
  /** The last encounter says what comes next. */
  z.strictObject({ kind: z.literal('next_steps') }),
  /** The owner has a phone on record (the facilitator must be able to call). */
  z.strictObject({ kind: z.literal('owner_phone') }),
  /** The integral assessment was submitted and diagnosed. */
  z.strictObject({ kind: z.literal('diagnosis') }),
  /** An attention plan was generated. */
  z.strictObject({ kind: z.literal('plan') }),
  /** The plan was presented to the owner (a date is recorded). */
  z.strictObject({ kind: z.literal('plan_presented') }),
  /** The plan's completion rule is met (enough activities done). */
  z.strictObject({ kind: z.literal('plan_completed') }),
]);
export type TGateRequirement = z.infer<typeof ZGateRequirement>;
export type GateKind = TGateRequirement['kind'];

const stageId = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, { message: 'stage_id_format' });

export const ZStageConfig = z.strictObject({
  id: stageId,
  /** Display names; the default stages have translations and may leave these empty. */
  name: z.strictObject({ es: z.string().trim().max(60), en: z.string().trim().max(60) }),
  requires: z.array(ZGateRequirement).max(10),
});
export type TStageConfig = z.infer<typeof ZStageConfig>;

const reasonId = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, { message: 'reason_id_format' });

/** A program's case configuration: typed, validated data with defaults. */
export const ZCaseSettings = z
  .strictObject({
    /** In order; the last stage completes the case. */
    stages: z.array(ZStageConfig).min(2).max(15),
    withdrawalReasons: z
      .array(
        z.strictObject({
          id: reasonId,
          name: z.strictObject({ es: z.string().trim().max(80), en: z.string().trim().max(80) }),
        }),
      )
      .min(1)
      .max(30),
    caseload: z.strictObject({
      /** Above this the assignment warns. */
      recommended: z.number().int().min(1).max(1000),
      /** Above this the assignment is refused. */
      maximum: z.number().int().min(1).max(1000),
    }),
    /** A case without an encounter for this many days is stalled. */
    stalledAfterDays: z.number().int().min(1).max(365),
  })
  .superRefine((s, ctx) => {
    const ids = s.stages.map((st) => st.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i)
        ctx.addIssue({ code: 'custom', path: ['stages', i, 'id'], message: 'stage_repeated' });
    });
    const reasons = s.withdrawalReasons.map((r) => r.id);
    reasons.forEach((id, i) => {
      if (reasons.indexOf(id) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['withdrawalReasons', i, 'id'],
          message: 'reason_repeated',
        });
    });
    if (s.caseload.maximum < s.caseload.recommended)
      ctx.addIssue({
        code: 'custom',
        path: ['caseload', 'maximum'],
        message: 'maximum_below_recommended',
      });
  });
export type TCaseSettings = z.infer<typeof ZCaseSettings>;

const noName = { es: '', en: '' };

/**
 * The reference program's stages: each encounter stage asks for the encounter before it; the plan
 * stages ask for the diagnosis, the plan, its presentation and, to complete, enough activities done.
 */
export const DEFAULT_CASE_SETTINGS: TCaseSettings = {
  stages: DEFAULT_STAGES.map((id) => ({
    id,
    name: noName,
    requires: (
      {
        first_encounter: [],
        second_encounter: [{ kind: 'encounter_in_stage' }, { kind: 'owner_phone' }],
        third_encounter: [{ kind: 'encounter_in_stage' }],
        waiting_plan: [
          { kind: 'encounter_in_stage' },
          { kind: 'min_encounters', count: 3 },
          { kind: 'diagnosis' },
        ],
        plan_designed: [{ kind: 'plan' }],
        follow_up: [{ kind: 'plan_presented' }],
        completed: [{ kind: 'encounter_in_stage' }, { kind: 'plan_completed' }],
      } satisfies Record<(typeof DEFAULT_STAGES)[number], TGateRequirement[]>
    )[id],
  })),
  withdrawalReasons: DEFAULT_WITHDRAWAL_REASONS.map((id) => ({ id, name: noName })),
  caseload: { recommended: 40, maximum: 60 },
  stalledAfterDays: 21,
};

export const ENCOUNTER_MODES = ['in_person', 'phone', 'video'] as const;

export const ZEncounterBody = z.strictObject({
  occurredOn: ZIsoDate,
  mode: z.enum(ENCOUNTER_MODES),
  durationMinutes: z.number().int().min(1).max(600),
  notes: z.string().trim().max(4000).default(''),
  nextSteps: z.string().trim().max(2000).default(''),
  /** When the next step is due; feeds the facilitator's agenda. */
  nextStepDueOn: ZIsoDate.nullable().default(null),
});
export type TEncounterBody = z.infer<typeof ZEncounterBody>;

export const ZEncounter = z.object({
  id: ZId,
  occurredOn: z.string(),
  mode: z.enum(ENCOUNTER_MODES),
  durationMinutes: z.number().int(),
  notes: z.string(),
  nextSteps: z.string(),
  nextStepDueOn: z.string().nullable(),
  stage: z.string(),
  recordedBy: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
  attachments: z.array(
    z.object({
      id: ZId,
      originalName: z.string(),
      mimeType: z.string(),
      sizeBytes: z.number().int(),
    }),
  ),
});
export type TEncounter = z.infer<typeof ZEncounter>;

/** Moving a card: the version the mover saw (optimistic concurrency), and an encounter if a gate asks for one. */
export const ZMoveBody = z.strictObject({
  stage: stageId,
  version: z.number().int().min(1),
  /** Recorded first, in the same transaction, when the dialog asked for it. */
  encounter: ZEncounterBody.optional(),
});

export const ZWithdrawBody = z.strictObject({
  reason: reasonId,
  note: z.string().trim().max(2000).default(''),
  version: z.number().int().min(1),
});

export const ZReactivateBody = z.strictObject({
  note: z.string().trim().min(3).max(2000),
  version: z.number().int().min(1),
});

export const ZAssignBody = z
  .strictObject({
    /** Either explicit cases… */
    caseIds: z.array(ZId).min(1).max(5000).optional(),
    /** …or every active case of a city or locality (optionally only the unassigned ones). */
    filter: z
      .strictObject({
        municipalityCode: z
          .string()
          .regex(/^\d{5}$/)
          .optional(),
        localityCode: z
          .string()
          .regex(/^\d{5}-\d{2}$/)
          .optional(),
        onlyUnassigned: z.boolean().default(true),
      })
      .optional(),
    facilitatorId: ZId.nullable().optional(),
    supervisorId: ZId.nullable().optional(),
    /** Going over the recommended caseload must be confirmed; the maximum never. */
    confirmOverRecommended: z.boolean().default(false),
  })
  .refine((b) => (b.caseIds ? !b.filter : !!b.filter), {
    path: ['caseIds'],
    message: 'cases_or_filter',
  })
  .refine((b) => b.facilitatorId !== undefined || b.supervisorId !== undefined, {
    path: ['facilitatorId'],
    message: 'nobody_to_assign',
  });
export type TAssignBody = z.infer<typeof ZAssignBody>;

export const ZAssignResult = z.object({
  assigned: z.number().int(),
  /** Facilitators' caseloads after the assignment. */
  caseloads: z.array(z.object({ userId: z.string(), name: z.string(), active: z.number().int() })),
});

export const CASE_SORTS = [
  'name',
  'registeredAt',
  'stage',
  'lastEncounterOn',
  'municipality',
] as const;

/** Filters shared by the board and the list (all optional). */
export const ZCaseFilter = z.strictObject({
  municipalityCode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  localityCode: z
    .string()
    .regex(/^\d{5}-\d{2}$/)
    .optional(),
  facilitatorId: z.union([ZId, z.literal('none')]).optional(),
  supervisorId: ZId.optional(),
  priorityGroup: z.enum(PRIORITY_GROUPS).optional(),
  status: z.enum(['active', 'withdrawn', 'completed']).optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
export type TCaseFilter = z.infer<typeof ZCaseFilter>;

export const ZCaseListQuery = ZCaseFilter.extend({
  stage: stageId.optional(),
  sort: z.enum(CASE_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TCaseListQuery = z.infer<typeof ZCaseListQuery>;

/** A card on the board and a row of the list. */
export const ZCaseCard = z.object({
  id: ZId,
  version: z.number().int(),
  businessName: z.string(),
  ownerName: z.string(),
  stage: z.string(),
  status: z.enum(['active', 'withdrawn', 'completed']),
  municipalityCode: z.string(),
  localityCode: z.string().nullable(),
  facilitatorId: z.string().nullable(),
  facilitatorName: z.string().nullable(),
  supervisorId: z.string().nullable(),
  registeredAt: z.string(),
  lastEncounterOn: z.string().nullable(),
  encounterCount: z.number().int(),
  /** Facts the board's gate check needs before asking the server. */
  encountersInStage: z.number().int(),
  lastNextSteps: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  /** The diagnosis's overall level, null before one. */
  overallLevel: z.enum(LEVELS).nullable(),
  needsMentor: z.boolean(),
  planState: z.enum(['designed', 'presented']).nullable(),
  planCompleted: z.boolean(),
});
export type TCaseCard = z.infer<typeof ZCaseCard>;

export const ZBoard = z.object({
  settings: ZCaseSettings,
  columns: z.array(
    z.object({
      stage: z.string(),
      /** Cards of the column matching the filters (all of them, not only the first page). */
      count: z.number().int(),
      /** The first page; the list route with `stage` pages through the rest. */
      cards: z.array(ZCaseCard),
    }),
  ),
  withdrawn: z.number().int(),
});
export type TBoard = z.infer<typeof ZBoard>;

export const TIMELINE_KINDS = [
  'registered',
  'stage_changed',
  'encounter',
  'withdrawn',
  'reactivated',
  'assigned',
] as const;

export const ZTimelineEntry = z.object({
  id: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  at: z.string(),
  actorName: z.string().nullable(),
  /** stage_changed: from/to; withdrawn: reason, note, stage; assigned: role, from/to names; encounter: the encounter. */
  detail: z.record(z.string(), z.unknown()),
});
export type TTimelineEntry = z.infer<typeof ZTimelineEntry>;

export const ZCaseDetail = ZCaseCard.extend({
  business: z.object({
    name: z.string(),
    ciiuCode: z.string().nullable(),
    address: z.string().nullable(),
    startedOn: z.string().nullable(),
  }),
  owner: z.object({
    name: z.string(),
    documentType: z.string(),
    documentNumber: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    sex: z.string(),
  }),
  supervisorName: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawalNote: z.string().nullable(),
  /** The next stage and what its gate still needs (empty when nothing). */
  next: z.object({ stage: z.string(), missing: z.array(ZGateRequirement) }).nullable(),
  nextStep: z.object({ text: z.string(), dueOn: z.string().nullable() }).nullable(),
  encounters: z.array(ZEncounter),
  timeline: z.array(ZTimelineEntry),
});
export type TCaseDetail = z.infer<typeof ZCaseDetail>;

export const ZCaseParams = z.strictObject({ programId: ZId, caseId: ZId });

export const ZStaffMember = z.object({
  userId: ZId,
  name: z.string(),
  role: z.string(),
  /** Active cases assigned (as facilitator or supervisor, by role). */
  active: z.number().int(),
});
export const ZCaseStaff = z.object({
  caseload: ZCaseSettings.shape.caseload,
  facilitators: z.array(ZStaffMember),
  supervisors: z.array(ZStaffMember),
});
export type TCaseStaff = z.infer<typeof ZCaseStaff>;

/** Withdrawals by reason × the stage reached, and registered/active counts per city. */
export const ZCaseReport = z.object({
  withdrawals: z.array(
    z.object({ reason: z.string(), stage: z.string(), count: z.number().int() }),
  ),
  byStageAndCity: z.array(
    z.object({ municipalityCode: z.string(), stage: z.string(), count: z.number().int() }),
  ),
  weekly: z.array(
    z.object({
      municipalityCode: z.string(),
      week: z.string(),
      registered: z.number().int(),
      active: z.number().int(),
    }),
  ),
});
export type TCaseReport = z.infer<typeof ZCaseReport>;

/** A case in the agenda: the card with its next step and how long since the last contact. */
export const ZAgendaItem = ZCaseCard.extend({
  nextStep: z.string().nullable(),
  nextStepDueOn: z.string().nullable(),
  /** Days since the last encounter (or since registration when there was none). */
  daysSinceContact: z.number().int(),
});
export type TAgendaItem = z.infer<typeof ZAgendaItem>;

/** What needs attention, within the caller's scope: a facilitator's own cases, a supervisor's cities. */
export const ZAgenda = z.object({
  /** Bogotá's calendar date the agenda was computed for. */
  today: z.string(),
  stalledAfterDays: z.number().int(),
  /** Next step due before today (oldest first, at most 100). */
  overdue: z.array(ZAgendaItem),
  /** Next step due today or in the next 7 days (soonest first, at most 100). */
  dueSoon: z.array(ZAgendaItem),
  /** Active cases without an encounter for `stalledAfterDays` days or more (longest first, at most 100). */
  stalled: z.array(ZAgendaItem),
  /** Each facilitator's load within the scope (a facilitator sees only their own line). */
  facilitators: z.array(
    z.object({
      userId: z.string().nullable(),
      name: z.string().nullable(),
      active: z.number().int(),
      stalled: z.number().int(),
      overdue: z.number().int(),
      withdrawnLast30Days: z.number().int(),
    }),
  ),
  totals: z.object({
    overdue: z.number().int(),
    dueSoon: z.number().int(),
    stalled: z.number().int(),
  }),
});
export type TAgenda = z.infer<typeof ZAgenda>;
