import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  Level,
  TAnswers,
  TQuestionnaireDefinition,
} from '../../../shared/schemas/assessment.ts';
import { createdAt, idColumn, updatedAt } from '../../db/columns.ts';
import { programs } from '../programs/programs.table.ts';

/** A lever's result as a diagnosis stores it. */
export type StoredLever = [
  lever: string,
  points: number,
  maxPoints: number,
  score: number,
  level: Level,
];

/** A program's questionnaire, one row per version; answers keep the version they were given under. */
export const questionnaires = pgTable(
  'questionnaires',
  {
    id: idColumn().primaryKey(),
    programId: uuid()
      .notNull()
      .references(() => programs.id),
    version: integer().notNull(),
    definition: jsonb().$type<TQuestionnaireDefinition>().notNull(),
    createdBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex().on(t.programId, t.version)],
);

/** An integral assessment of a case: a draft being filled in, then submitted and frozen. */
export const assessments = pgTable(
  'assessments',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    caseId: uuid().notNull(),
    programId: uuid().notNull(),
    questionnaireVersion: integer().notNull(),
    /** draft | submitted */
    status: text().notNull().default('draft'),
    answers: jsonb().$type<TAnswers>().notNull(),
    version: integer().notNull().default(1),
    startedBy: uuid(),
    submittedBy: uuid(),
    submittedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    uniqueIndex().on(t.id),
    index().on(t.caseId),
    uniqueIndex('assessments_one_draft_per_case')
      .on(t.caseId)
      .where(sql`status = 'draft'`),
  ],
);

/** The diagnosis of a submitted assessment: per lever score and level, the overall level. */
export const diagnoses = pgTable(
  'diagnoses',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    caseId: uuid().notNull(),
    programId: uuid().notNull(),
    assessmentId: uuid().notNull(),
    questionnaireVersion: integer().notNull(),
    /**
     * As scored, in the questionnaire's lever order, each as `[lever, points, maxPoints, score,
     * level]`: compact, since a batch writes thousands (see `leverResults`).
     */
    levers: jsonb().$type<StoredLever[]>().notNull(),
    /** Each lever's level after a supervisor's adjustments (the scored ones stay in `levers`). */
    levels: jsonb().$type<Record<string, Level>>().notNull(),
    overallScore: real().notNull(),
    originalOverallLevel: text().$type<Level>().notNull(),
    overallLevel: text().$type<Level>().notNull(),
    needsMentor: boolean().notNull(),
    /** The latest diagnosis of its case. */
    isCurrent: boolean().notNull().default(true),
    createdBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    uniqueIndex().on(t.id),
    uniqueIndex().on(t.assessmentId),
    uniqueIndex('diagnoses_current_per_case')
      .on(t.caseId)
      .where(sql`is_current`),
  ],
);

/** A supervisor's change of a level, with the reason; the scored level is never overwritten. */
export const diagnosisAdjustments = pgTable(
  'diagnosis_adjustments',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    diagnosisId: uuid().notNull(),
    /** A lever id or "overall". */
    target: text().notNull(),
    fromLevel: text().$type<Level>().notNull(),
    toLevel: text().$type<Level>().notNull(),
    reason: text().notNull(),
    adjustedBy: uuid(),
    adjustedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.businessId, t.id] }), index().on(t.diagnosisId)],
);

/** An attention plan of 10–12 weeks, generated from a diagnosis and edited with the owner. */
export const plans = pgTable(
  'plans',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    caseId: uuid().notNull(),
    programId: uuid().notNull(),
    diagnosisId: uuid().notNull(),
    version: integer().notNull().default(1),
    weeks: integer().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    presentedOn: date({ mode: 'string' }),
    ownerPriorities: text().notNull().default(''),
    needsMentor: boolean().notNull(),
    isCurrent: boolean().notNull().default(true),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    uniqueIndex().on(t.id),
    uniqueIndex('plans_current_per_case')
      .on(t.caseId)
      .where(sql`is_current`),
  ],
);

/** One activity of a plan, tied to a lever, with its follow-up. */
export const planActivities = pgTable(
  'plan_activities',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    planId: uuid().notNull(),
    caseId: uuid().notNull(),
    programId: uuid().notNull(),
    position: integer().notNull(),
    lever: text().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    week: integer().notNull(),
    dueOn: date({ mode: 'string' }).notNull(),
    /** facilitator | owner | mentor */
    responsible: text().notNull(),
    /** scheduled | done | not_done */
    status: text().notNull().default('scheduled'),
    recordedOn: date({ mode: 'string' }),
    note: text().notNull().default(''),
    recordedBy: uuid(),
    recordedAt: timestamp({ withTimezone: true }),
    /** The catalog service the activity uses. */
    serviceId: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    uniqueIndex().on(t.id),
    // Reports reach activities through the current plan of each case, never by program alone.
    index().on(t.planId),
  ],
);

/** Evidence of an activity: a photo or PDF stored outside the database under its content hash. */
export const activityEvidence = pgTable(
  'activity_evidence',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    activityId: uuid().notNull(),
    caseId: uuid().notNull(),
    contentHash: text().notNull(),
    storedName: text().notNull(),
    originalName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    uploadedBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.businessId, t.id] }), index().on(t.activityId)],
);
