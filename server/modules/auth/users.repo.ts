import { and, asc, count, eq, exists, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { memberships, users } from './auth.table.ts';

export async function findOrgUser(db: Executor, organizationId: string, userId: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organizationId, organizationId)))
    .limit(1);
  return row ?? null;
}

export async function listOrgUsers(
  db: Executor,
  options: {
    organizationId: string;
    q?: string | undefined;
    programId?: string | undefined;
    role?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  const conditions: Array<SQL | undefined> = [eq(users.organizationId, options.organizationId)];
  if (options.q) {
    const like = `%${options.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.name, like), ilike(users.email, like)));
  }
  if (options.programId || options.role) {
    const m = [eq(memberships.userId, users.id)];
    if (options.programId) m.push(eq(memberships.programId, options.programId));
    if (options.role) m.push(eq(memberships.role, options.role));
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(memberships)
          .where(and(...m)),
      ),
    );
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function setUserDisabled(db: Executor, userId: string, disabledAt: Date | null) {
  await db.update(users).set({ disabledAt }).where(eq(users.id, userId));
}

export async function findMembership(db: Executor, userId: string, programId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.programId, programId)))
    .limit(1);
  return row ?? null;
}

export async function upsertMembership(db: Executor, values: typeof memberships.$inferInsert) {
  await db
    .insert(memberships)
    .values(values)
    .onConflictDoUpdate({
      target: [memberships.userId, memberships.programId],
      set: {
        role: values.role,
        scopeType: values.scopeType,
        scopeCities: values.scopeCities ?? [],
        scopeLocalities: values.scopeLocalities ?? [],
        updatedAt: new Date(),
      },
    });
}

export async function deleteMembership(db: Executor, userId: string, programId: string) {
  await db
    .delete(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.programId, programId)));
}
