import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZAuditEvent, ZAuditQuery } from '../../../shared/schemas/audit.ts';
import { zPage } from '../../../shared/schemas/common.ts';
import { userOf } from '../../http/context.ts';
import type { AppContext } from '../../app.ts';
import { browseAudit } from './audit.service.ts';

export function auditRoutes(deps: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        config: { access: { kind: 'admin' } },
        schema: {
          tags: ['audit'],
          summary: 'Browse the audit log of the organization',
          querystring: ZAuditQuery,
          response: { 200: zPage(ZAuditEvent) },
        },
      },
      (req) =>
        browseAudit({
          db: deps.database.db,
          organizationId: userOf(req).organizationId,
          query: req.query,
        }),
    );
  };
}
