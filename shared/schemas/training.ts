/**
 * Training (formación): modules or short capsules, tracks (rutas) of modules with a completion
 * rule, sessions with enrollment and attendance, each case's progress, the certificate and the
 * report by city, sex and priority group.
 */
import { z } from 'zod';
import { DEFAULT_COMPLETION_PERCENT } from '../domain/training/completion.ts';
import { isWebLink } from '../domain/services/status.ts';
import { ZId, ZIsoDate } from './common.ts';

export const MODULE_FORMATS = ['virtual', 'in_person'] as const;
export const TRAINING_ATTENDANCE = ['pending', 'present', 'absent', 'excused'] as const;
export type TTrainingAttendance = (typeof TRAINING_ATTENDANCE)[number];

const lever = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'key_format' });
const city = z.string().regex(/^\d{5}$/, { message: 'municipality_code_format' });
const ZCount = z.number().int();
const version = z.number().int().min(1).optional();

// ---------- modules (capsules) ----------

export const ZMaterialLink = z.strictObject({
  label: z.string().trim().min(1).max(120),
  url: z
    .string()
    .trim()
    .max(500)
    .refine((u) => isWebLink(u), { message: 'link_not_url' }),
});
export type TMaterialLink = z.infer<typeof ZMaterialLink>;

export const ZTrainingModuleBody = z.strictObject({
  title: z.string().trim().min(2).max(150),
  /** What it teaches, in a sentence. */
  topic: z.string().trim().max(500).default(''),
  /** Capsules are short: 2–3 hours at most in the reference programs. */
  durationMinutes: z.number().int().min(10).max(600),
  /** Questionnaire levers it strengthens. */
  levers: z.array(lever).max(20).default([]),
  format: z.enum(MODULE_FORMATS),
  materials: z.array(ZMaterialLink).max(20).default([]),
  /** Only when editing: the version read. */
  version,
});
export type TTrainingModuleBody = z.infer<typeof ZTrainingModuleBody>;

export const ZTrainingModule = z.object({
  id: ZId,
  version: ZCount,
  title: z.string(),
  topic: z.string(),
  durationMinutes: ZCount,
  levers: z.array(z.string()),
  format: z.enum(MODULE_FORMATS),
  materials: z.array(z.object({ label: z.string(), url: z.string() })),
  /** Sessions scheduled of this module (a module with sessions cannot be deleted). */
  sessions: ZCount,
});
export type TTrainingModule = z.infer<typeof ZTrainingModule>;
export const ZTrainingModuleList = z.object({ items: z.array(ZTrainingModule) });
export type TTrainingModuleList = z.infer<typeof ZTrainingModuleList>;
export const ZTrainingModuleParams = z.strictObject({ programId: ZId, moduleId: ZId });

// ---------- tracks ----------

export const ZTrackBody = z
  .strictObject({
    name: z.string().trim().min(2).max(150),
    /** Modules in the order they are taken. */
    moduleIds: z.array(ZId).min(1).max(30),
    /** Share of each module's minutes a case must attend as present to complete it. */
    completionPercent: z.number().int().min(1).max(100).default(DEFAULT_COMPLETION_PERCENT),
    version,
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.moduleIds.forEach((id, i) => {
      if (seen.has(id))
        ctx.addIssue({ code: 'custom', path: ['moduleIds', i], message: 'duplicate_module' });
      seen.add(id);
    });
  });
export type TTrackBody = z.infer<typeof ZTrackBody>;

export const ZTrack = z.object({
  id: ZId,
  version: ZCount,
  name: z.string(),
  moduleIds: z.array(ZId),
  completionPercent: ZCount,
});
export type TTrack = z.infer<typeof ZTrack>;
export const ZTrackList = z.object({ items: z.array(ZTrack) });
export type TTrackList = z.infer<typeof ZTrackList>;
export const ZTrackParams = z.strictObject({ programId: ZId, trackId: ZId });

// ---------- sessions ----------

export const ZTrainingSessionBody = z
  .strictObject({
    moduleId: ZId,
    /** ISO date-time with its offset. */
    startsAt: z.iso.datetime({ offset: true }),
    durationMinutes: z.number().int().min(10).max(600),
    /** Where an in-person session happens. */
    place: z.string().trim().max(300).default(''),
    /** The meeting link of a virtual session. */
    link: z.string().trim().max(500).default(''),
    trainerName: z.string().trim().max(150).default(''),
    /** Places: enrollment stops there. */
    capacity: z.number().int().min(1).max(1000),
    version,
  })
  .superRefine((s, ctx) => {
    if (s.link !== '' && !isWebLink(s.link))
      ctx.addIssue({ code: 'custom', path: ['link'], message: 'link_not_url' });
  });
export type TTrainingSessionBody = z.infer<typeof ZTrainingSessionBody>;

export const ZTrainingSessionQuery = z
  .strictObject({
    from: ZIsoDate,
    /** Inclusive; at most 92 days after `from`. */
    to: ZIsoDate,
    moduleId: ZId.optional(),
  })
  .superRefine((q, ctx) => {
    const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
    if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'range_reversed' });
    else if (days > 92) ctx.addIssue({ code: 'custom', path: ['to'], message: 'range_too_long' });
  });
export type TTrainingSessionQuery = z.infer<typeof ZTrainingSessionQuery>;

export const ZTrainingSession = z.object({
  id: ZId,
  version: ZCount,
  moduleId: ZId,
  moduleTitle: z.string(),
  format: z.enum(MODULE_FORMATS),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: ZCount,
  place: z.string(),
  link: z.string(),
  trainerName: z.string(),
  capacity: ZCount,
  /** Cases enrolled, all of them (also those outside the caller's scope). */
  enrolled: ZCount,
  /** Attendance can be recorded once the session has started. */
  started: z.boolean(),
});
export type TTrainingSession = z.infer<typeof ZTrainingSession>;
export const ZTrainingSessionList = z.object({ items: z.array(ZTrainingSession) });
export type TTrainingSessionList = z.infer<typeof ZTrainingSessionList>;

export const ZEnrollment = z.object({
  caseId: ZId,
  businessName: z.string(),
  ownerName: z.string(),
  municipalityCode: z.string(),
  attendance: z.enum(TRAINING_ATTENDANCE),
  /** Minutes attended as present (0 otherwise). */
  minutes: ZCount,
});
export type TEnrollment = z.infer<typeof ZEnrollment>;

/** A session with the enrollments the caller may see (the cases in their scope). */
export const ZTrainingSessionDetail = ZTrainingSession.extend({
  enrollments: z.array(ZEnrollment),
});
export type TTrainingSessionDetail = z.infer<typeof ZTrainingSessionDetail>;
export const ZTrainingSessionParams = z.strictObject({ programId: ZId, sessionId: ZId });
export const ZEnrollmentParams = z.strictObject({ programId: ZId, sessionId: ZId, caseId: ZId });

export const ZEnrollBody = z
  .strictObject({ caseIds: z.array(ZId).min(1).max(100) })
  .superRefine((b, ctx) => {
    if (new Set(b.caseIds).size !== b.caseIds.length)
      ctx.addIssue({ code: 'custom', path: ['caseIds'], message: 'duplicate_case' });
  });
export type TEnrollBody = z.infer<typeof ZEnrollBody>;

export const ZAttendanceBody = z
  .strictObject({
    items: z
      .array(
        z.strictObject({
          caseId: ZId,
          attendance: z.enum(TRAINING_ATTENDANCE),
          /** Minutes attended; present without minutes counts the whole session. */
          minutes: z.number().int().min(0).max(600).optional(),
        }),
      )
      .min(1)
      .max(1000),
  })
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    b.items.forEach((item, i) => {
      if (seen.has(item.caseId))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'caseId'], message: 'duplicate_case' });
      seen.add(item.caseId);
    });
  });
export type TAttendanceBody = z.infer<typeof ZAttendanceBody>;

// ---------- a case's training ----------

export const ZModuleProgress = z.object({
  moduleId: ZId,
  title: z.string(),
  durationMinutes: ZCount,
  /** Minutes attended as present, all sessions of the module. */
  minutes: ZCount,
  /** Minutes needed to complete it. */
  required: ZCount,
  completed: z.boolean(),
  /** Start of the session with which the module was completed. */
  completedAt: z.string().nullable(),
});
export type TModuleProgress = z.infer<typeof ZModuleProgress>;

export const ZTrackProgress = z.object({
  trackId: ZId,
  name: z.string(),
  completionPercent: ZCount,
  completed: z.boolean(),
  /** Share of the track's modules completed, 0–100. */
  percent: ZCount,
  modules: z.array(ZModuleProgress),
});
export type TTrackProgress = z.infer<typeof ZTrackProgress>;

export const ZCaseTraining = z.object({
  caseId: ZId,
  /** The case's sessions, latest first. */
  enrollments: z.array(
    z.object({
      sessionId: ZId,
      moduleId: ZId,
      moduleTitle: z.string(),
      startsAt: z.string(),
      durationMinutes: ZCount,
      attendance: z.enum(TRAINING_ATTENDANCE),
      minutes: ZCount,
    }),
  ),
  tracks: z.array(ZTrackProgress),
});
export type TCaseTraining = z.infer<typeof ZCaseTraining>;

export const ZCertificateQuery = z.strictObject({ trackId: ZId });

// ---------- report ----------

export const ZTrainingReportQuery = z.strictObject({
  trackId: ZId,
  municipalityCode: city.optional(),
});
export type TTrainingReportQuery = z.infer<typeof ZTrainingReportQuery>;

export const ZTrainingReportRow = z.object({
  /** Cases enrolled in at least one session of a module of the track. */
  enrolled: ZCount,
  /** Of them, present at least once. */
  attended: ZCount,
  /** Of them, completed the track. */
  completed: ZCount,
  /** completed ÷ enrolled, 0–100 with one decimal; null when nobody is enrolled. */
  completionRate: z.number().nullable(),
});
export type TTrainingReportRow = z.infer<typeof ZTrainingReportRow>;

export const ZTrainingReport = z.object({
  trackId: ZId,
  trackName: z.string(),
  total: ZTrainingReportRow,
  byCity: z.array(ZTrainingReportRow.extend({ municipalityCode: z.string() })),
  /** The owner's sex: F, M or X. */
  bySex: z.array(ZTrainingReportRow.extend({ sex: z.string() })),
  /** A case counts in every priority group it belongs to. */
  byPriorityGroup: z.array(ZTrainingReportRow.extend({ group: z.string() })),
});
export type TTrainingReport = z.infer<typeof ZTrainingReport>;
