import { eq } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../../db/client.ts';
import {
  auditEvents,
  businesses,
  caseEvents,
  cases,
  encounters,
  memberships,
  organizations,
  owners,
  programCities,
  programLocalities,
  programs,
  users,
} from '../../db/schema.ts';
import { DEFAULT_QUESTIONNAIRE } from '../../../shared/domain/assessment/standard.ts';
import { bulkInsert } from '../../db/bulk.ts';
import {
  assessments,
  diagnoses,
  planActivities,
  plans,
  questionnaires,
} from '../assessment/assessment.table.ts';
import { hashPassword } from '../auth/password.ts';
import { insertApplicants, insertFlags } from '../registration/applicants.repo.ts';
import { loadDuplicateIndex, prepareApplicants } from '../registration/applicants.service.ts';
import { findCall } from '../registration/calls.repo.ts';
import { loadCall } from '../registration/calls.service.ts';
import { callRuleVersions, calls, callTerritories } from '../registration/registration.table.ts';
import { DEMO_CALL, DEMO_CALL_RULES, generateDemoApplicants } from './demo.call.ts';
import { createRng, demoId } from './demo.random.ts';
import { loadTerritories } from '../programs/territories.repo.ts';
import { serviceEntities, services } from '../services/services.table.ts';
import {
  grantDisbursements,
  grantPolicies,
  grantReceipts,
  grants,
  investmentItems,
  investmentPlans,
} from '../grants/grants.table.ts';
import { storeByHash } from '../../storage/files.ts';
import {
  trainingEnrollments,
  trainingModules,
  trainingSessions,
  trainingTracks,
} from '../training/training.table.ts';
import { SAMPLE_RECEIPT_PDF, type DemoGrants } from './demo.grants.ts';
import {
  caseExtraServices,
  mentorAssignments,
  mentoringSessions,
  mentorProfiles,
  sessionAttendees,
} from '../mentors/mentors.table.ts';
import {
  DEMO_EMAIL_DOMAIN,
  DEMO_ORG_SLUG,
  DEMO_SEED,
  type DemoData,
  DEMO_SIGN_INS,
  generateDemo,
  summarizeDemo,
} from './demo.generate.ts';

export const DEMO_PASSWORD = 'palanca-demo';

/** The demo sign-ins, for printing at start. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; role: string; description: string }> =
  DEMO_SIGN_INS;

const BATCH_SIZE = 500;

async function insertInBatches<T extends PgTable>(
  tx: Executor,
  table: T,
  rows: readonly PgInsertValue<T>[],
) {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    await tx.insert(table).values(rows.slice(i, i + BATCH_SIZE));
  }
}

/** True when no organization exists yet, i.e. on a fresh installation. */
export async function isDatabaseEmpty(db: Executor): Promise<boolean> {
  const rows = await db.select({ id: organizations.id }).from(organizations).limit(1);
  return rows.length === 0;
}

/** True when the demo organization is there (its sign-ins are then worth printing). */
export async function hasDemo(db: Executor): Promise<boolean> {
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, DEMO_ORG_SLUG))
    .limit(1);
  return rows.length > 0;
}

/** Loads the territories and the demo organization with its two programs, all or nothing. */
export async function loadDemo(options: {
  db: Db;
  /** Where uploads live: the demo's receipts get a sample file there (without it, no receipts). */
  dataDir?: string;
  seed?: number;
  log?: (msg: string) => void;
}): Promise<{
  organizationId: string;
  programIds: string[];
  businesses: number;
  cases: number;
  users: number;
}> {
  const log = options.log ?? (() => {});
  const data = generateDemo(options.seed ?? DEMO_SEED);
  // Demo only: one scrypt hash shared by every demo user, since hashing 600+ passwords at ~80 ms each would take about a minute.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return options.db.transaction(async (tx) => {
    if (await hasDemo(tx))
      throw new Error(`An organization with slug "${DEMO_ORG_SLUG}" already exists`);

    log('Loading territories (DIVIPOLA and Bogotá localities)…');
    const territories = await loadTerritories(tx);
    log(`Loading demo organization "${data.organization.name}"…`);
    await tx.insert(organizations).values(data.organization);
    await insertInBatches(tx, programs, data.programs);
    await insertInBatches(tx, programCities, data.programCities);
    await insertInBatches(tx, programLocalities, data.programLocalities);
    log(`Loading ${data.users.length} users…`);
    await insertInBatches(
      tx,
      users,
      data.users.map((user) => ({ ...user, passwordHash })),
    );
    await insertInBatches(tx, memberships, data.memberships);
    log(`Loading ${data.businesses.length} businesses, owners and cases…`);
    await insertInBatches(tx, businesses, data.businesses);
    await insertInBatches(tx, owners, data.owners);
    await insertInBatches(tx, cases, data.cases);
    log(`Loading ${data.encounters.length} encounters and the cases' history…`);
    await bulkInsert(tx, encounters, data.encounters);
    await bulkInsert(tx, caseEvents, data.caseEvents);
    const work = data.assessmentWork;
    log(
      `Loading ${work.assessments.length} assessments, ${work.diagnoses.length} diagnoses and ${work.plans.length} plans…`,
    );
    await insertInBatches(
      tx,
      questionnaires,
      data.programs.map((p) => ({
        programId: p.id,
        version: 1,
        definition: DEFAULT_QUESTIONNAIRE,
        createdBy: null,
        createdAt: p.createdAt,
      })),
    );
    await bulkInsert(tx, assessments, work.assessments);
    await bulkInsert(tx, diagnoses, work.diagnoses);
    await bulkInsert(tx, plans, work.plans);
    await bulkInsert(tx, planActivities, work.activities);
    const eco = data.ecosystem;
    log(
      `Loading ${eco.services.length} services, ${eco.profiles.length} mentor profiles and ${eco.sessions.length} mentoring sessions…`,
    );
    await bulkInsert(tx, serviceEntities, eco.entities);
    await bulkInsert(tx, services, eco.services);
    await bulkInsert(tx, mentorProfiles, eco.profiles);
    await bulkInsert(tx, mentorAssignments, eco.assignments);
    await bulkInsert(tx, mentoringSessions, eco.sessions);
    await bulkInsert(tx, sessionAttendees, eco.attendees);
    await bulkInsert(tx, caseExtraServices, eco.extras);
    const training = data.training;
    log(
      `Loading ${training.sessions.length} training sessions and ${training.enrollments.length} enrollments…`,
    );
    await bulkInsert(tx, trainingModules, training.modules);
    await bulkInsert(tx, trainingTracks, training.tracks);
    await bulkInsert(tx, trainingSessions, training.sessions);
    await bulkInsert(tx, trainingEnrollments, training.enrollments);
    await loadDemoGrants(tx, data.grants, options.dataDir);

    log('Loading the open call of the next cycle and its applicants…');
    const call = await loadDemoCall(tx, { data, seed: options.seed ?? DEMO_SEED });

    const summary = { ...territories, ...summarizeDemo(data), applicants: call.applicants };
    await tx.insert(auditEvents).values({
      organizationId: data.organization.id,
      actorId: null,
      action: 'demo.load',
      entityType: 'organization',
      entityId: data.organization.id,
      after: summary,
    });
    log(
      `Demo loaded: ${summary.businesses} businesses, ${summary.cases} cases, ${summary.users} users.`,
    );
    return {
      organizationId: data.organization.id,
      programIds: [...data.programs.map((p) => p.id), call.programId],
      businesses: summary.businesses,
      cases: summary.cases,
      users: summary.users,
    };
  });
}

/** The next cycle (PAM-2027-1) with its call open and ~700 applicants, some flagged or ineligible. */
async function loadDemoCall(tx: Executor, options: { data: DemoData; seed: number }) {
  const { data } = options;
  const rng = createRng(options.seed).fork('call-2027-1-setup');
  const base = Date.parse('2026-10-20T15:00:00Z');
  const userId = (email: string) => data.users.find((u) => u.email === email)!.id;
  const programId = demoId(rng, base);
  const callId = demoId(rng, base + 1);
  await tx.insert(programs).values({
    id: programId,
    organizationId: data.organization.id,
    code: DEMO_CALL.programCode,
    name: DEMO_CALL.programName,
    cycleStart: DEMO_CALL.cycleStart,
    cycleEnd: DEMO_CALL.cycleEnd,
    createdAt: new Date(base),
    updatedAt: new Date(base),
  });
  await tx.insert(programCities).values(
    Object.entries(DEMO_CALL.goals).map(([municipalityCode, goal]) => ({
      programId,
      municipalityCode,
      goal,
    })),
  );
  const member = (email: string, role: string, scopeType: string, scopeCities: string[] = []) => ({
    userId: userId(email),
    programId,
    role,
    scopeType,
    scopeCities,
    scopeLocalities: [],
    createdAt: new Date(base),
    updatedAt: new Date(base),
  });
  await tx
    .insert(memberships)
    .values([
      member(`admin@${DEMO_EMAIL_DOMAIN}`, 'admin', 'program'),
      member(`coordinator@${DEMO_EMAIL_DOMAIN}`, 'coordinator', 'program'),
      member(`supervisor@${DEMO_EMAIL_DOMAIN}`, 'supervisor', 'territory', ['68001', '54001']),
      member(`facilitator@${DEMO_EMAIL_DOMAIN}`, 'facilitator', 'own'),
      member(`researcher@${DEMO_EMAIL_DOMAIN}`, 'researcher', 'program'),
    ]);
  await tx.insert(calls).values({
    id: callId,
    programId,
    code: DEMO_CALL.code,
    name: DEMO_CALL.name,
    opensOn: DEMO_CALL.opensOn,
    closesOn: DEMO_CALL.closesOn,
    rulesVersion: 1,
    createdAt: new Date(base),
    updatedAt: new Date(base),
  });
  await tx.insert(callRuleVersions).values({
    callId,
    version: 1,
    rules: DEMO_CALL_RULES,
    createdBy: userId(`coordinator@${DEMO_EMAIL_DOMAIN}`),
    createdAt: new Date(base),
  });
  await tx.insert(callTerritories).values(
    Object.entries(DEMO_CALL.goals).map(([territoryCode, goal]) => ({
      callId,
      territoryCode,
      goal,
    })),
  );

  const call = await loadCall(tx, (await findCall(tx, { programId, callId }))!);
  const generated = generateDemoApplicants(options.seed);
  const facilitator = userId(`facilitator@${DEMO_EMAIL_DOMAIN}`);
  const prepared = prepareApplicants({
    call,
    organizationId: data.organization.id,
    inputs: generated.applicants.map((a) => a.input),
    channel: 'public',
    registeredBy: null,
    now: new Date(base),
    index: await loadDuplicateIndex(tx, { organizationId: data.organization.id }),
    makeId: generated.makeId,
    makeCode: generated.makeCode,
  });
  const rows = prepared.rows.map((row, i) => {
    const a = generated.applicants[i]!;
    // Field registrations in Bucaramanga are the demo facilitator's, so she finds them in her list.
    const field = a.channel === 'field' && a.input.owner.municipalityCode === '68001';
    return {
      ...row,
      channel: field ? 'field' : 'public',
      registeredBy: field ? facilitator : null,
      submittedAt: a.submittedAt,
      consentAt: a.submittedAt,
      createdAt: a.submittedAt,
      updatedAt: a.submittedAt,
    };
  });
  let flagTick = 0;
  await insertApplicants(tx, rows);
  await insertFlags(
    tx,
    prepared.flags.map((f) => ({
      ...f,
      id: demoId(rng, base + 10 + flagTick++),
      createdAt: new Date(base),
    })),
  );
  return { programId, callId, applicants: rows.length };
}

/** Plans, grants, policies, the ledger (its trigger adds up each grant), receipts, settlements. */
async function loadDemoGrants(tx: Executor, g: DemoGrants, dataDir: string | undefined) {
  await bulkInsert(tx, investmentPlans, g.plans);
  await bulkInsert(tx, investmentItems, g.items);
  await bulkInsert(
    tx,
    grants,
    g.grants.map((row) => (dataDir ? row : { ...row, executedMinor: 0 })),
  );
  await bulkInsert(tx, grantPolicies, g.policies);
  await bulkInsert(tx, grantDisbursements, g.ledger);
  if (!dataDir) return;
  const stored = await storeByHash({ dataDir, bytes: SAMPLE_RECEIPT_PDF, ext: 'pdf' });
  await bulkInsert(
    tx,
    grantReceipts,
    g.receipts.map((r) => ({
      ...r,
      storedName: stored.name,
      sizeBytes: SAMPLE_RECEIPT_PDF.length,
    })),
  );
  for (const s of g.settlements)
    await tx
      .update(grants)
      .set({ settledOn: s.settledOn, toReturnMinor: s.toReturnMinor, settlementNote: '' })
      .where(eq(grants.id, s.grantId));
}
