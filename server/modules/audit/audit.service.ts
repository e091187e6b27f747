import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import type { TAuditEvent, TAuditQuery } from '../../../shared/schemas/audit.ts';
import { insertAuditEvent, listAuditEvents } from './audit.repo.ts';

/** Fields never copied into the audit log. */
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'token']);

function redact(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !SECRET_FIELDS.has(k))
        .map(([k, v]) => [k, redact(v)]),
    );
  }
  return value;
}

export interface RecordAuditOptions {
  /** The transaction of the change itself: the event commits or rolls back with it. */
  tx: Executor;
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string;
  organizationId?: string | null;
  programId?: string | null;
  businessId?: string | null;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(options: RecordAuditOptions) {
  const { tx, actor } = options;
  await insertAuditEvent(tx, {
    organizationId: options.organizationId ?? actor.organizationId,
    programId: options.programId ?? null,
    businessId: options.businessId ?? null,
    actorId: actor.userId,
    action: options.action,
    entityType: options.entityType,
    entityId: options.entityId,
    before: redact(options.before),
    after: redact(options.after),
    requestId: actor.requestId,
    ip: actor.ip,
  });
}

export async function browseAudit(options: {
  db: Executor;
  organizationId: string;
  query: TAuditQuery;
}): Promise<{ items: TAuditEvent[]; page: number; pageSize: number; total: number }> {
  const { query } = options;
  const { rows, total } = await listAuditEvents(
    options.db,
    {
      organizationId: options.organizationId,
      action: query.action,
      entityType: query.entityType,
      entityId: query.entityId,
      actorId: query.actorId,
      programId: query.programId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    },
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      programId: r.programId,
      actor: r.actorId
        ? { id: r.actorId, name: r.actorName ?? '', email: r.actorEmail ?? '' }
        : null,
      before: r.before ?? null,
      after: r.after ?? null,
      requestId: r.requestId,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
