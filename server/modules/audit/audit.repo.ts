import { and, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { users } from '../auth/auth.table.ts';
import { auditEvents } from './audit.table.ts';

export type NewAuditEvent = typeof auditEvents.$inferInsert;

export async function insertAuditEvent(db: Executor, event: NewAuditEvent) {
  await db.insert(auditEvents).values(event);
}

export interface AuditFilter {
  organizationId: string;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  programId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

function conditions(f: AuditFilter): SQL | undefined {
  const c: Array<SQL | undefined> = [eq(auditEvents.organizationId, f.organizationId)];
  if (f.action) c.push(eq(auditEvents.action, f.action));
  if (f.entityType) c.push(eq(auditEvents.entityType, f.entityType));
  if (f.entityId) c.push(eq(auditEvents.entityId, f.entityId));
  if (f.actorId) c.push(eq(auditEvents.actorId, f.actorId));
  if (f.programId) c.push(eq(auditEvents.programId, f.programId));
  if (f.from) c.push(gte(auditEvents.at, f.from));
  if (f.to) c.push(lte(auditEvents.at, f.to));
  return and(...c);
}

export async function listAuditEvents(
  db: Executor,
  filter: AuditFilter,
  page: { limit: number; offset: number },
) {
  const where = conditions(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: auditEvents.id,
        at: auditEvents.at,
        action: auditEvents.action,
        entityType: auditEvents.entityType,
        entityId: auditEvents.entityId,
        programId: auditEvents.programId,
        before: auditEvents.before,
        after: auditEvents.after,
        requestId: auditEvents.requestId,
        actorId: users.id,
        actorName: users.name,
        actorEmail: users.email,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Events written while serving one request (used by tests and support). */
export async function findAuditByRequest(db: Executor, requestId: string) {
  return db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId));
}
