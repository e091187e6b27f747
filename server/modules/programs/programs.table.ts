import type { TGrantSettings } from '../../../shared/schemas/grants.ts';
import type { TAssessmentSettings } from '../../../shared/schemas/assessment.ts';
import type { TCaseSettings } from '../../../shared/schemas/cases.ts';
import {
  jsonb,
  date,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns.ts';
import { organizations } from '../auth/auth.table.ts';
import { localities, municipalities } from './territories.table.ts';

export const programs = pgTable(
  'programs',
  {
    id: idColumn().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    code: text().notNull(),
    name: text().notNull(),
    cycleStart: date({ mode: 'string' }).notNull(),
    cycleEnd: date({ mode: 'string' }).notNull(),
    /** Case stages with their gates, withdrawal reasons, caseload limits; null = the defaults. */
    caseSettings: jsonb().$type<TCaseSettings>(),
    /** Scoring thresholds, mentor rule, plan length and templates, completion rule; null = defaults. */
    assessmentSettings: jsonb().$type<TAssessmentSettings>(),
    /** Grant cap, categories, prerequisites, tranches, training track; null = defaults. */
    grantSettings: jsonb().$type<TGrantSettings>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex().on(t.organizationId, t.code)],
);

/** Cities where a program runs, with the goal (places) when it is set per city. */
export const programCities = pgTable(
  'program_cities',
  {
    programId: uuid()
      .notNull()
      .references(() => programs.id),
    municipalityCode: text()
      .notNull()
      .references(() => municipalities.code),
    goal: integer(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.municipalityCode] })],
);

/** Localities where a program runs, each with its goal (places). */
export const programLocalities = pgTable(
  'program_localities',
  {
    programId: uuid()
      .notNull()
      .references(() => programs.id),
    localityCode: text()
      .notNull()
      .references(() => localities.code),
    goal: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.localityCode] })],
);
