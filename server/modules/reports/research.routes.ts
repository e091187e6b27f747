import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Role } from '../../../shared/roles.ts';
import { ZProgramParams } from '../../../shared/schemas/programs.ts';
import { ZResearchQuery } from '../../../shared/schemas/research.ts';
import type { AppContext } from '../../app.ts';
import { actorOf, programAccessOf } from '../../http/context.ts';
import { sendSpreadsheet } from '../../http/send-file.ts';
import { exportResearchRows } from './research.service.ts';

/** Who may take the de-identified rows: researchers and the program's leads (not supervisors). */
export const RESEARCH_READERS: Role[] = ['admin', 'coordinator', 'researcher'];

/** The researcher's de-identified rows. */
export function researchRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/programs/:programId/reports/research-rows',
      {
        config: { access: { kind: 'program', roles: RESEARCH_READERS } },
        schema: {
          tags: ['reports'],
          summary:
            'De-identified rows, one per case in scope (pseudonym, codes, years and weeks), as .csv or .xlsx with a data dictionary; audited',
          params: ZProgramParams,
          querystring: ZResearchQuery,
        },
      },
      async (req, reply) => {
        const file = await exportResearchRows({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          query: req.query,
        });
        reply.header('cache-control', 'private, no-store');
        return sendSpreadsheet(reply, {
          bytes: file.bytes,
          format: req.query.format,
          name: file.fileName,
        });
      },
    );
  };
}
