import { z } from 'zod';
import { ZId, ZPageQuery } from './common.ts';

export const ZAuditQuery = ZPageQuery.extend({
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actorId: ZId.optional(),
  programId: ZId.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditEvent = z.object({
  id: ZId,
  at: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  programId: z.string().nullable(),
  actor: z.object({ id: ZId, name: z.string(), email: z.string() }).nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;
