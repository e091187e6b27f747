import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns.ts';

/** What a mentor offers in a program: levers, where, how many mentees at once, when. */
export const mentorProfiles = pgTable(
  'mentor_profiles',
  {
    programId: uuid().notNull(),
    userId: uuid().notNull(),
    levers: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    cities: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    remote: boolean().notNull().default(false),
    capacity: integer().notNull(),
    availability: text().notNull().default(''),
    organization: text().notNull().default(''),
    /** volunteer | university | company | other */
    organizationKind: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.userId] })],
);

/**
 * A mentor's accompaniment of a case, from assignment to its end; the open one (no `ended_at`)
 * is the case's mentor, mirrored in `cases.mentor_id` for the scope.
 */
export const mentorAssignments = pgTable(
  'mentor_assignments',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    caseId: uuid().notNull(),
    programId: uuid().notNull(),
    mentorId: uuid().notNull(),
    assignedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    assignedBy: uuid(),
    endedAt: timestamp({ withTimezone: true }),
    endedBy: uuid(),
    endReason: text(),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    index().on(t.caseId),
    uniqueIndex('mentor_assignments_open_per_case')
      .on(t.caseId)
      .where(sql`ended_at is null`),
  ],
);

/** A mentoring session of one mentor with one business (individual) or several (group). */
export const mentoringSessions = pgTable(
  'mentoring_sessions',
  {
    id: idColumn().primaryKey(),
    programId: uuid().notNull(),
    mentorId: uuid().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    /** in_person | video | phone */
    mode: text().notNull(),
    place: text().notNull().default(''),
    link: text().notNull().default(''),
    agenda: text().notNull().default(''),
    /** scheduled | held | cancelled */
    status: text().notNull().default('scheduled'),
    notes: text().notNull().default(''),
    tasks: jsonb()
      .$type<Array<{ text: string; dueOn: string | null; done: boolean }>>()
      .notNull()
      .default([]),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.mentorId, t.startsAt), index().on(t.programId, t.startsAt)],
);

/** A business in a session, with its attendance. */
export const sessionAttendees = pgTable(
  'session_attendees',
  {
    sessionId: uuid().notNull(),
    caseId: uuid().notNull(),
    businessId: uuid().notNull(),
    /** pending | present | absent | excused */
    attendance: text().notNull().default('pending'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.caseId] }), index().on(t.caseId)],
);

/** An extra service flagged for a case (microcredit, financial education, digital tools), tracked. */
export const caseExtraServices = pgTable(
  'case_extra_services',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    caseId: uuid().notNull(),
    programId: uuid().notNull(),
    kind: text().notNull(),
    serviceId: uuid(),
    /** proposed | referred | received | declined */
    status: text().notNull(),
    note: text().notNull().default(''),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    updatedBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    uniqueIndex().on(t.id),
    index().on(t.caseId),
    index().on(t.programId, t.kind),
  ],
);
