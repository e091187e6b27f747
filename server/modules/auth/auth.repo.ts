import { and, count, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { programs } from '../programs/programs.table.ts';
import { loginAttempts, memberships, organizations, sessions, users } from './auth.table.ts';

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row ?? null;
}

export async function findUserById(db: Executor, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** Failed attempts for an email inside the window, counted after its last success. */
export async function recentFailures(db: Executor, email: string, since: Date) {
  const lastSuccess = sql`coalesce((select max(${loginAttempts.at}) from ${loginAttempts}
    where ${loginAttempts.email} = ${email} and ${loginAttempts.success}), '-infinity'::timestamptz)`;
  const [row] = await db
    .select({ n: count(), oldest: sql<string | null>`min(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, email),
        eq(loginAttempts.success, false),
        gt(loginAttempts.at, since),
        gt(loginAttempts.at, lastSuccess),
      ),
    );
  return { count: row?.n ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

export async function insertLoginAttempt(
  db: Executor,
  attempt: { email: string; ip: string | null; success: boolean },
) {
  await db.insert(loginAttempts).values(attempt);
}

export async function insertSession(db: Executor, session: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(session);
}

/** The session with its user, whatever its state; the service decides whether it is still valid. */
export async function findSessionWithUser(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      user: {
        id: users.id,
        organizationId: users.organizationId,
        email: users.email,
        name: users.name,
        locale: users.locale,
        isAdmin: users.isAdmin,
        disabledAt: users.disabledAt,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
    .limit(1);
  return row ?? null;
}

export async function touchSession(db: Executor, id: string, at: Date) {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export async function revokeSession(db: Executor, id: string, at: Date) {
  await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

export async function revokeUserSessions(db: Executor, userId: string, at: Date) {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length;
}

export async function findOrganization(db: Executor, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  return row ?? null;
}

/** Memberships of some users with their program's code and name, programs of one organization only. */
export async function listMemberships(
  db: Executor,
  options: { userIds: string[]; organizationId: string },
) {
  if (options.userIds.length === 0) return [];
  return db
    .select({
      userId: memberships.userId,
      programId: memberships.programId,
      programCode: programs.code,
      programName: programs.name,
      role: memberships.role,
      scopeType: memberships.scopeType,
      scopeCities: memberships.scopeCities,
      scopeLocalities: memberships.scopeLocalities,
    })
    .from(memberships)
    .innerJoin(programs, eq(programs.id, memberships.programId))
    .where(
      and(
        inArray(memberships.userId, options.userIds),
        eq(programs.organizationId, options.organizationId),
      ),
    )
    .orderBy(programs.code);
}

/** The program (if it is in the organization) and the user's membership in it, in one query. */
export async function findProgramMembership(
  db: Executor,
  options: { programId: string; organizationId: string; userId: string },
) {
  const [row] = await db
    .select({
      programId: programs.id,
      role: memberships.role,
      scopeType: memberships.scopeType,
      scopeCities: memberships.scopeCities,
      scopeLocalities: memberships.scopeLocalities,
    })
    .from(programs)
    .leftJoin(
      memberships,
      and(eq(memberships.programId, programs.id), eq(memberships.userId, options.userId)),
    )
    .where(
      and(eq(programs.id, options.programId), eq(programs.organizationId, options.organizationId)),
    )
    .limit(1);
  return row ?? null;
}

export async function updateUserLocale(db: Executor, userId: string, locale: string) {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

export async function listOrganizations(db: Executor) {
  return db.select().from(organizations);
}

export async function insertOrganization(db: Executor, values: typeof organizations.$inferInsert) {
  const [row] = await db.insert(organizations).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}
