/**
 * Mentors (profiles, the assignment queue with ranked suggestions, assignments with history),
 * mentoring sessions (individual or group, attendance, follow-up tasks), extra services per case
 * and the ecosystem report.
 */
import { z } from 'zod';
import { isWebLink } from '../domain/services/status.ts';
import { ZId, ZIsoDate } from './common.ts';
import { ZServiceSuggestion } from './services.ts';

export const ORGANIZATION_KINDS = ['volunteer', 'university', 'company', 'other'] as const;
export const SESSION_MODES = ['in_person', 'video', 'phone'] as const;
export const SESSION_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export const ATTENDANCE = ['pending', 'present', 'absent', 'excused'] as const;
export const EXTRA_SERVICE_KINDS = [
  'microcredit',
  'financial_education',
  'digital_tools',
  'other',
] as const;
export const EXTRA_SERVICE_STATUSES = ['proposed', 'referred', 'received', 'declined'] as const;

const lever = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'key_format' });
const city = z.string().regex(/^\d{5}$/, { message: 'municipality_code_format' });
const ZCount = z.number().int();

// ---------- profiles ----------

export const ZMentorProfileBody = z.strictObject({
  /** Levers the mentor can help with. */
  levers: z.array(lever).max(20),
  /** Municipality codes where the mentor meets owners in person. */
  cities: z.array(city).max(200),
  /** Also mentors by video or phone, anywhere. */
  remote: z.boolean(),
  /** Mentees at once. */
  capacity: z.number().int().min(1).max(50),
  /** Days and hours, as the mentor says them. */
  availability: z.string().trim().max(500),
  organization: z.string().trim().max(200),
  organizationKind: z.enum(ORGANIZATION_KINDS),
});
export type TMentorProfileBody = z.infer<typeof ZMentorProfileBody>;

export const ZMentor = z.object({
  userId: ZId,
  name: z.string(),
  email: z.string(),
  /** False until someone fills in the profile (the fields then hold defaults). */
  hasProfile: z.boolean(),
  levers: z.array(z.string()),
  cities: z.array(z.string()),
  remote: z.boolean(),
  capacity: ZCount,
  availability: z.string(),
  organization: z.string(),
  organizationKind: z.enum(ORGANIZATION_KINDS),
  /** Active cases the mentor accompanies now. */
  active: ZCount,
});
export type TMentor = z.infer<typeof ZMentor>;

export const ZMentorList = z.object({ items: z.array(ZMentor) });

/** A mentor's active mentees, for the session form. */
export const ZMentees = z.object({
  items: z.array(
    z.object({
      caseId: ZId,
      businessName: z.string(),
      ownerName: z.string(),
      municipalityCode: z.string(),
    }),
  ),
});
export type TMentees = z.infer<typeof ZMentees>;
export const ZMentorParams = z.strictObject({ programId: ZId, userId: ZId });

// ---------- suggestions and assignment ----------

/** A mentor proposed for a plan, with the reasons of its rank. */
export const ZMentorSuggestion = z.object({
  userId: ZId,
  name: z.string(),
  organization: z.string(),
  /** 0–100: lever match weighs most, then reach (city before remote), then free capacity. */
  score: z.number(),
  /** The plan's levers the mentor knows. */
  leverMatches: z.array(z.string()),
  /** Serves the business's city, or mentors remotely. */
  reach: z.enum(['city', 'remote']),
  capacity: ZCount,
  remaining: ZCount,
});
export type TMentorSuggestion = z.infer<typeof ZMentorSuggestion>;

export const ZMentorQueueQuery = z.strictObject({
  municipalityCode: city.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TMentorQueueQuery = z.infer<typeof ZMentorQueueQuery>;

/** A plan that needs a mentor and has none. */
export const ZQueueItem = z.object({
  caseId: ZId,
  businessName: z.string(),
  ownerName: z.string(),
  municipalityCode: z.string(),
  localityCode: z.string().nullable(),
  overallLevel: z.string().nullable(),
  planCreatedAt: z.string(),
  /** Levers of the plan's mentor activities (all its levers when it has none). */
  levers: z.array(z.string()),
  suggestions: z.array(ZMentorSuggestion),
});
export type TQueueItem = z.infer<typeof ZQueueItem>;

export const ZMentorQueue = z.object({
  items: z.array(ZQueueItem),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: ZCount,
});
export type TMentorQueue = z.infer<typeof ZMentorQueue>;

/** Assign a mentor (`mentorId`), change one, or end the assignment (`null`); a reason when one ends. */
export const ZAssignMentorBody = z.strictObject({
  mentorId: ZId.nullable(),
  reason: z.string().trim().max(500).default(''),
});
export type TAssignMentorBody = z.infer<typeof ZAssignMentorBody>;

export const ZMentorAssignment = z.object({
  mentorId: ZId,
  mentorName: z.string(),
  assignedAt: z.string(),
  assignedByName: z.string().nullable(),
  endedAt: z.string().nullable(),
  endedByName: z.string().nullable(),
  endReason: z.string().nullable(),
});

/** The mentor side of a case: the current mentor, the history and (for assigners) suggestions. */
export const ZCaseMentor = z.object({
  caseId: ZId,
  needsMentor: z.boolean(),
  hasPlan: z.boolean(),
  mentor: z.object({ userId: ZId, name: z.string() }).nullable(),
  history: z.array(ZMentorAssignment),
  levers: z.array(z.string()),
  suggestions: z.array(ZMentorSuggestion),
});
export type TCaseMentor = z.infer<typeof ZCaseMentor>;

// ---------- sessions ----------

export const ZSessionTask = z.strictObject({
  text: z.string().trim().min(2).max(300),
  dueOn: ZIsoDate.nullable().default(null),
  done: z.boolean().default(false),
});

export const ZSessionBody = z
  .strictObject({
    /** The mentor who leads it; a mentor schedules their own. */
    mentorId: ZId,
    /** ISO date-time with its offset. */
    startsAt: z.iso.datetime({ offset: true }),
    durationMinutes: z.number().int().min(15).max(480),
    mode: z.enum(SESSION_MODES),
    place: z.string().trim().max(300).default(''),
    link: z.string().trim().max(500).default(''),
    agenda: z.string().trim().max(2000).default(''),
    /** The mentees' cases: one for an individual session, several for a group. */
    caseIds: z.array(ZId).min(1).max(40),
    status: z.enum(SESSION_STATUSES).default('scheduled'),
    notes: z.string().trim().max(4000).default(''),
    /** Per case; cases left out stay pending. */
    attendance: z
      .array(z.strictObject({ caseId: ZId, attendance: z.enum(ATTENDANCE) }))
      .max(40)
      .default([]),
    tasks: z.array(ZSessionTask).max(20).default([]),
    /** Only when editing: the version read. */
    version: z.number().int().min(1).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.mode === 'in_person' && s.place === '')
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'place_required' });
    if (s.mode === 'video' && !isWebLink(s.link))
      ctx.addIssue({ code: 'custom', path: ['link'], message: 'link_not_url' });
    if (s.mode !== 'video' && s.link !== '' && !isWebLink(s.link))
      ctx.addIssue({ code: 'custom', path: ['link'], message: 'link_not_url' });
    if (new Set(s.caseIds).size !== s.caseIds.length)
      ctx.addIssue({ code: 'custom', path: ['caseIds'], message: 'duplicate_case' });
    s.attendance.forEach((a, i) => {
      if (!s.caseIds.includes(a.caseId))
        ctx.addIssue({
          code: 'custom',
          path: ['attendance', i, 'caseId'],
          message: 'not_in_session',
        });
    });
  });
export type TSessionBody = z.infer<typeof ZSessionBody>;

export const ZSession = z.object({
  id: ZId,
  version: z.number().int(),
  mentorId: ZId,
  mentorName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number().int(),
  mode: z.enum(SESSION_MODES),
  place: z.string(),
  link: z.string(),
  agenda: z.string(),
  /** individual (one business) or group (several). */
  kind: z.enum(['individual', 'group']),
  status: z.enum(SESSION_STATUSES),
  notes: z.string(),
  tasks: z.array(z.object({ text: z.string(), dueOn: z.string().nullable(), done: z.boolean() })),
  attendees: z.array(
    z.object({
      caseId: ZId,
      businessName: z.string(),
      ownerName: z.string(),
      attendance: z.enum(ATTENDANCE),
    }),
  ),
});
export type TSession = z.infer<typeof ZSession>;

export const ZSessionQuery = z
  .strictObject({
    from: ZIsoDate,
    /** Inclusive; at most 92 days after `from`. */
    to: ZIsoDate,
    mentorId: ZId.optional(),
  })
  .superRefine((q, ctx) => {
    const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
    if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'range_reversed' });
    else if (days > 92) ctx.addIssue({ code: 'custom', path: ['to'], message: 'range_too_long' });
  });
export type TSessionQuery = z.infer<typeof ZSessionQuery>;

export const ZSessionList = z.object({ items: z.array(ZSession) });
export type TSessionList = z.infer<typeof ZSessionList>;
export const ZSessionParams = z.strictObject({ programId: ZId, sessionId: ZId });

// ---------- services linked to plans and cases ----------

export const ZExtraServiceBody = z.strictObject({
  kind: z.enum(EXTRA_SERVICE_KINDS),
  /** The catalog service used, when there is one. */
  serviceId: ZId.nullable().default(null),
  status: z.enum(EXTRA_SERVICE_STATUSES),
  note: z.string().trim().max(1000).default(''),
  /** Only when editing: the version read. */
  version: z.number().int().min(1).optional(),
});
export type TExtraServiceBody = z.infer<typeof ZExtraServiceBody>;

export const ZExtraService = z.object({
  id: ZId,
  version: z.number().int(),
  kind: z.enum(EXTRA_SERVICE_KINDS),
  service: z.object({ id: ZId, name: z.string(), entityName: z.string() }).nullable(),
  status: z.enum(EXTRA_SERVICE_STATUSES),
  note: z.string(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type TExtraService = z.infer<typeof ZExtraService>;

export const ZCaseExtraServices = z.object({
  items: z.array(ZExtraService),
  /** Active services of the business's city or national, for the form's picker. */
  available: z.array(ZServiceSuggestion),
  locked: z.boolean(),
});
export type TCaseExtraServices = z.infer<typeof ZCaseExtraServices>;

export const ZExtraServiceParams = z.strictObject({
  programId: ZId,
  caseId: ZId,
  extraId: ZId,
});

// ---------- report ----------

const ZActiveCounts = z.object({ active: ZCount, toActivate: ZCount });

export const ZEcosystemReport = z.object({
  levers: z.array(z.string()),
  /** National services reach every city. */
  national: ZActiveCounts,
  servicesByCity: z.array(z.object({ municipalityCode: z.string(), local: ZActiveCounts })),
  /**
   * Per lever × city: the active services that reach it (local + national), the plans with an
   * activity on the lever, those with such an activity linked to a service, and the plans that
   * needed one and found none (no active service reaches the city for that lever).
   */
  coverage: z.array(
    z.object({
      municipalityCode: z.string(),
      lever: z.string(),
      activeServices: ZCount,
      plansNeeding: ZCount,
      plansLinked: ZCount,
      uncovered: ZCount,
    }),
  ),
  /** Plans that need a mentor (active and completed cases), with and without one. */
  mentorsByCity: z.array(
    z.object({
      municipalityCode: z.string(),
      needMentor: ZCount,
      withMentor: ZCount,
      withoutMentor: ZCount,
      /** withMentor ÷ needMentor, 0–100 with one decimal; null when none needs one. */
      coveredPercent: z.number().nullable(),
    }),
  ),
  mentorWorkload: z.array(
    z.object({
      userId: ZId,
      name: z.string(),
      organizationKind: z.enum(ORGANIZATION_KINDS).nullable(),
      capacity: ZCount.nullable(),
      active: ZCount,
      sessionsHeld: ZCount,
      sessionsScheduled: ZCount,
    }),
  ),
  /** Extra services per case, by kind and status. */
  extraServices: z.array(
    z.object({
      kind: z.enum(EXTRA_SERVICE_KINDS),
      counts: z.record(z.enum(EXTRA_SERVICE_STATUSES), ZCount),
    }),
  ),
});
export type TEcosystemReport = z.infer<typeof ZEcosystemReport>;
