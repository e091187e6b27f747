import { eq } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../../db/client.ts';
import {
  auditEvents,
  businesses,
  cases,
  memberships,
  organizations,
  owners,
  programCities,
  programLocalities,
  programs,
  users,
} from '../../db/schema.ts';
import { hashPassword } from '../auth/password.ts';
import { loadTerritories } from '../programs/territories.repo.ts';
import {
  DEMO_ORG_SLUG,
  DEMO_SEED,
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

    const summary = { ...territories, ...summarizeDemo(data) };
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
      programIds: data.programs.map((p) => p.id),
      businesses: summary.businesses,
      cases: summary.cases,
      users: summary.users,
    };
  });
}
