import {
  boolean,
  jsonb,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import { createdAt, idColumn, updatedAt } from '../../db/columns.ts';
import { organizations } from '../auth/auth.table.ts';
import { localities, municipalities } from '../programs/territories.table.ts';

/** A micro or small business. Its id is the distribution key of every table that grows with businesses. */
export const businesses = pgTable(
  'businesses',
  {
    id: idColumn().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id),
    name: text().notNull(),
    ciiuCode: text(),
    municipalityCode: text()
      .notNull()
      .references(() => municipalities.code),
    localityCode: text().references(() => localities.code),
    address: text(),
    startedOn: date({ mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.organizationId, t.municipalityCode)],
);

/** The owner (propietario) of a business. */
export const owners = pgTable(
  'owners',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    firstNames: text().notNull(),
    lastNames: text().notNull(),
    documentType: text().notNull(),
    documentNumber: text().notNull(),
    /** F | M | X */
    sex: text().notNull(),
    birthDate: date({ mode: 'string' }),
    phone: text(),
    email: text(),
    /** Priority attributes; null = not answered (they are optional and sensitive). */
    headOfHousehold: boolean(),
    disability: boolean(),
    conflictVictim: boolean(),
    ethnicGroup: text(),
    /** The owner's sign-in, when they have one. */
    userId: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    index().on(t.userId),
    index().on(t.documentType, t.documentNumber),
  ],
);

/** A business accompanied in a program (caso). */
export const cases = pgTable(
  'cases',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    programId: uuid().notNull(),
    stage: text().notNull(),
    /** active | withdrawn | completed */
    status: text().notNull(),
    facilitatorId: uuid(),
    supervisorId: uuid(),
    caseCoordinatorId: uuid(),
    mentorId: uuid(),
    /** Denormalized from the business so that scope filters and counts need no join. */
    municipalityCode: text().notNull(),
    localityCode: text(),
    /** Denormalized for the board and the list (sort, search) without joins. */
    businessName: text().notNull().default(''),
    ownerName: text().notNull().default(''),
    /** Business and owner names without case or accents, for the search box (kept by the database). */
    searchText: text().generatedAlwaysAs(
      (): SQL => sql`unaccent_simple(${cases.businessName} || ' ' || ${cases.ownerName})`,
    ),
    priorityGroups: text().array().notNull().default([]),
    registeredAt: timestamp({ withTimezone: true }).notNull(),
    stageEnteredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    encounterCount: integer().notNull().default(0),
    /** Encounters recorded since the case entered its current stage (for the gates). */
    encountersInStage: integer().notNull().default(0),
    lastEncounterOn: date({ mode: 'string' }),
    nextStep: text(),
    nextStepDueOn: date({ mode: 'string' }),
    withdrawnAt: timestamp({ withTimezone: true }),
    withdrawalReason: text(),
    withdrawalNote: text(),
    completedAt: timestamp({ withTimezone: true }),
    /**
     * Kept by the assessment and plan services in the same transaction, for the gates and the
     * board without joins: the current diagnosis's overall level (null = not diagnosed), whether
     * its plan needs a mentor, the plan's state (null | designed | presented), and whether the
     * plan's completion rule is met. They do not change the case's version.
     */
    overallLevel: text(),
    needsMentor: boolean().notNull().default(false),
    planState: text(),
    planCompleted: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    // Cases are looked up by id alone (routes, the list's page join): the key starts with the business.
    uniqueIndex().on(t.id),
    uniqueIndex().on(t.programId, t.businessId),
    index().on(t.programId, t.municipalityCode, t.status),
    index().on(t.programId, t.facilitatorId),
    index().on(t.programId, t.mentorId),
    index().on(t.programId, t.stage, t.businessName),
    index().on(t.programId, t.businessName),
    index('cases_search_text_trgm_index').using('gin', t.searchText.op('gin_trgm_ops')),
    index().on(t.programId, t.registeredAt),
    index().on(t.programId, t.lastEncounterOn),
  ],
);

/** A meeting of the facilitator with the owner (encuentro). */
export const encounters = pgTable(
  'encounters',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    caseId: uuid().notNull(),
    programId: uuid().notNull(),
    occurredOn: date({ mode: 'string' }).notNull(),
    /** in_person | phone | video */
    mode: text().notNull(),
    durationMinutes: integer().notNull(),
    notes: text().notNull().default(''),
    nextSteps: text().notNull().default(''),
    nextStepDueOn: date({ mode: 'string' }),
    /** The stage the case was in. */
    stage: text().notNull(),
    recordedBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.businessId, t.id] }), index().on(t.caseId, t.occurredOn)],
);

/** A file attached to an encounter (photo of the business, a signed form); stored under DATA_DIR/uploads. */
export const encounterAttachments = pgTable(
  'encounter_attachments',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    encounterId: uuid().notNull(),
    caseId: uuid().notNull(),
    storedName: text().notNull(),
    originalName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    uploadedBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.businessId, t.id] }), index().on(t.caseId)],
);

/** What happened to a case: stage changes, withdrawals, reactivations, assignments. */
export const caseEvents = pgTable(
  'case_events',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    caseId: uuid().notNull(),
    programId: uuid().notNull(),
    /** stage_changed | withdrawn | reactivated | assigned */
    kind: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid(),
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    index().on(t.caseId, t.at),
    index().on(t.programId, t.kind),
  ],
);
