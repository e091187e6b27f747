import { and, asc, eq, sql } from 'drizzle-orm';
import type { TBulletinTexts } from '../../../shared/schemas/reports.ts';
import type { Executor } from '../../db/client.ts';
import { memberships, organizations, users } from '../auth/auth.table.ts';
import { bulletinEditions } from './reports.table.ts';

export async function organizationName(db: Executor, organizationId: string) {
  const [row] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row?.name ?? '';
}

/** The program's supervisors (orientadores): the groups the reports filter by. */
export async function programSupervisors(db: Executor, programId: string) {
  return db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.programId, programId), eq(memberships.role, 'supervisor')))
    .orderBy(asc(users.name), asc(users.id));
}

export async function findEdition(db: Executor, programId: string, asOf: string) {
  const [row] = await db
    .select({ edition: bulletinEditions, updatedByName: users.name })
    .from(bulletinEditions)
    .leftJoin(users, eq(users.id, bulletinEditions.updatedBy))
    .where(and(eq(bulletinEditions.programId, programId), eq(bulletinEditions.asOf, asOf)));
  return row ?? null;
}

/** Inserts the first version of an edition; null when another one got there first. */
export async function insertEdition(
  db: Executor,
  values: { programId: string; asOf: string; texts: TBulletinTexts; updatedBy: string | null },
) {
  const [row] = await db
    .insert(bulletinEditions)
    .values({ ...values, version: 1 })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Writes a new version over the one read; null when the version is no longer the current one. */
export async function updateEdition(
  db: Executor,
  values: {
    programId: string;
    asOf: string;
    version: number;
    texts: TBulletinTexts;
    updatedBy: string | null;
  },
) {
  const [row] = await db
    .update(bulletinEditions)
    .set({
      texts: values.texts,
      updatedBy: values.updatedBy,
      version: sql`${bulletinEditions.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(bulletinEditions.programId, values.programId),
        eq(bulletinEditions.asOf, values.asOf),
        eq(bulletinEditions.version, values.version),
      ),
    )
    .returning();
  return row ?? null;
}
