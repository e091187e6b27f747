import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns.ts';

/** A training module or short capsule (cápsula) of a program. */
export const trainingModules = pgTable(
  'training_modules',
  {
    id: idColumn().primaryKey(),
    programId: uuid().notNull(),
    title: text().notNull(),
    topic: text().notNull().default(''),
    durationMinutes: integer().notNull(),
    /** Questionnaire lever ids the module strengthens. */
    levers: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** virtual | in_person */
    format: text().notNull(),
    materials: jsonb().$type<Array<{ label: string; url: string }>>().notNull().default([]),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.programId, t.title)],
);

/** A track (ruta) of modules in order, completed when every module is. */
export const trainingTracks = pgTable(
  'training_tracks',
  {
    id: idColumn().primaryKey(),
    programId: uuid().notNull(),
    name: text().notNull(),
    moduleIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** Share of a module's minutes a case must attend as present to complete it. */
    completionPercent: integer().notNull().default(80),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.programId, t.name)],
);

/** A session of a module: a date, a place or a link, a trainer and a number of places. */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: idColumn().primaryKey(),
    programId: uuid().notNull(),
    moduleId: uuid().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull(),
    place: text().notNull().default(''),
    link: text().notNull().default(''),
    trainerName: text().notNull().default(''),
    capacity: integer().notNull(),
    version: integer().notNull().default(1),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.programId, t.startsAt), index().on(t.moduleId)],
);

/** A case enrolled in a session, with its attendance (grows with businesses: keyed by business). */
export const trainingEnrollments = pgTable(
  'training_enrollments',
  {
    businessId: uuid().notNull(),
    sessionId: uuid().notNull(),
    caseId: uuid().notNull(),
    programId: uuid().notNull(),
    /** pending | present | absent | excused */
    attendance: text().notNull().default('pending'),
    /** Minutes attended as present; 0 otherwise. */
    minutes: integer().notNull().default(0),
    enrolledBy: uuid(),
    enrolledAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid(),
    recordedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.sessionId] }),
    index().on(t.sessionId),
    index().on(t.caseId),
    index().on(t.programId, t.caseId),
  ],
);
