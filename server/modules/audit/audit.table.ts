import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../../db/columns.ts';

/** Who did what, when, before → after. Written in the same transaction as the change. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: idColumn().primaryKey(),
    organizationId: uuid(),
    programId: uuid(),
    businessId: uuid(),
    actorId: uuid(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    requestId: text(),
    ip: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.organizationId, t.at),
    index().on(t.entityType, t.entityId),
    index().on(t.actorId, t.at),
    index().on(t.requestId),
  ],
);
