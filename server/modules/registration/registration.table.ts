import {
  bigint,
  boolean,
  date,
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
import type { TCallRules } from '../../../shared/schemas/registration.ts';
import { createdAt, idColumn, updatedAt } from '../../db/columns.ts';

/** A public call for applicants (convocatoria). Its code is the public URL: /apply/<code>. */
export const calls = pgTable(
  'calls',
  {
    id: idColumn().primaryKey(),
    programId: uuid().notNull(),
    code: text().notNull(),
    name: text().notNull(),
    opensOn: date({ mode: 'string' }).notNull(),
    closesOn: date({ mode: 'string' }).notNull(),
    /** The rules version new evaluations use; older decisions keep theirs. */
    rulesVersion: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex().on(t.code), index().on(t.programId)],
);

/** Where a call takes applicants: a program city (`68001`) or locality (`11001-08`), with its goal. */
export const callTerritories = pgTable(
  'call_territories',
  {
    callId: uuid()
      .notNull()
      .references(() => calls.id),
    territoryCode: text().notNull(),
    goal: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.territoryCode] })],
);

/** Every version of a call's rules (criteria, priority weights, documents, target factor). */
export const callRuleVersions = pgTable(
  'call_rule_versions',
  {
    callId: uuid()
      .notNull()
      .references(() => calls.id),
    version: integer().notNull(),
    rules: jsonb().$type<TCallRules>().notNull(),
    createdBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.version] })],
);

/**
 * An application (postulación) to a call. `businessId` is reserved at application time and
 * becomes the business's id if the applicant is selected, so the row is co-located with it.
 */
export const applicants = pgTable(
  'applicants',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    callId: uuid().notNull(),
    programId: uuid().notNull(),
    organizationId: uuid().notNull(),
    /** Short code the applicant keeps to check the status (e.g. `K7M-4QX9`). */
    confirmationCode: text().notNull(),
    /** public | field | import */
    channel: text().notNull(),
    registeredBy: uuid(),
    /* The application as typed columns (see `toApplicantInput`): no per-row JSON to parse, so that
       an import of 100,000 rows and a call-wide re-evaluation stay fast. */
    documentType: text().notNull(),
    documentNumber: text().notNull(),
    firstNames: text().notNull(),
    lastNames: text().notNull(),
    sex: text().notNull(),
    birthDate: date({ mode: 'string' }).notNull(),
    phone: text().notNull(),
    email: text(),
    address: text().notNull(),
    municipalityCode: text().notNull(),
    localityCode: text(),
    headOfHouseholdMother: boolean(),
    disability: boolean(),
    conflictVictim: boolean(),
    ethnicGroup: text(),
    businessName: text().notNull(),
    ciiuCode: text().notNull(),
    businessStartedOn: date({ mode: 'string' }).notNull(),
    hasPremises: boolean().notNull(),
    hasRut: boolean().notNull(),
    hasChamberRegistration: boolean().notNull(),
    workersTotal: integer().notNull(),
    workersWomen: integer().notNull(),
    monthlySales: bigint({ mode: 'number' }).notNull(),
    greenPractices: boolean().notNull(),
    culturalCreative: boolean().notNull(),
    /** `lastnames firstnames`, normalized, for search and duplicate blocking. */
    fullName: text().notNull(),
    /** Where the applicant counts for the call: a locality or a city of the call. */
    territoryCode: text().notNull(),
    consentVersion: text().notNull(),
    consentAt: timestamp({ withTimezone: true }).notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    /**
     * Eligibility: eligible | not_eligible | pending, with the outcome of each criterion of the
     * rules version (same order). The numbers behind each outcome are recomputed when shown.
     */
    verdict: text().notNull().default('pending'),
    criteriaOutcomes: text().array().notNull().default([]),
    rulesVersion: integer().notNull(),
    priorityScore: integer().notNull().default(0),
    priorityGroups: text().array().notNull().default([]),
    previousBeneficiary: boolean(),
    /** Blocked by a duplicate ID document until a coordinator overrides it. */
    blocked: boolean().notNull().default(false),
    /** none | selected | waitlisted */
    selection: text().notNull().default('none'),
    selectionRank: integer(),
    selectionDecisionId: uuid(),
    caseId: uuid(),
    /** The import file that created it, so that re-running a file creates nothing new. */
    importKey: text(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.id] }),
    uniqueIndex().on(t.id),
    uniqueIndex().on(t.confirmationCode),
    // No mutable column (verdict, selection) in any index: re-evaluations and selections then
    // update rows in place (HOT), in the free half of each page left by the fill factor (0005).
    index().on(t.callId, t.territoryCode),
    index().on(t.organizationId, t.documentNumber),
    index().on(t.organizationId, t.phone),
    index().on(t.callId, t.submittedAt),
  ],
);

/** Documents attached to an application; the file lives in DATA_DIR/uploads under a server-made name. */
export const applicantDocuments = pgTable(
  'applicant_documents',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    applicantId: uuid().notNull(),
    kind: text().notNull(),
    storedName: text().notNull(),
    originalName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    /** pending | verified | rejected */
    status: text().notNull().default('pending'),
    rejectionReason: text(),
    reviewedBy: uuid(),
    reviewedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.businessId, t.id] }), index().on(t.applicantId)],
);

/** Possible duplicates found when an application arrives, with how they were resolved. */
export const applicantFlags = pgTable(
  'applicant_flags',
  {
    businessId: uuid().notNull(),
    id: idColumn(),
    applicantId: uuid().notNull(),
    /** same_document | same_phone | similar_name_and_address | previous_beneficiary */
    kind: text().notNull(),
    otherApplicantId: uuid(),
    otherCaseId: uuid(),
    score: integer(),
    /** open | overridden | dismissed | confirmed */
    status: text().notNull().default('open'),
    resolvedBy: uuid(),
    resolvedAt: timestamp({ withTimezone: true }),
    resolutionNote: text(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.businessId, t.id] }), index().on(t.applicantId)],
);

/** A coordinator's confirmed selection for one territory of a call, with the rules version used. */
export const selectionDecisions = pgTable(
  'selection_decisions',
  {
    id: idColumn().primaryKey(),
    callId: uuid().notNull(),
    territoryCode: text().notNull(),
    rulesVersion: integer().notNull(),
    tieBreakRule: text().notNull(),
    goal: integer().notNull(),
    selectedCount: integer().notNull(),
    waitlistedCount: integer().notNull(),
    decidedBy: uuid().notNull(),
    decidedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.callId, t.territoryCode)],
);
