import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../../shared/roles.ts';
import { ZIsoDate } from '../../../shared/schemas/common.ts';
import { ZProgramParams } from '../../../shared/schemas/programs.ts';
import {
  ZBulletinEdition,
  ZBulletinEditionInput,
  ZBulletinQuery,
  ZDashboard,
  ZFigureExportQuery,
  ZIndicatorKey,
  ZReportOptions,
  ZReportQuery,
} from '../../../shared/schemas/reports.ts';
import type { AppContext } from '../../app.ts';
import { actorOf, programAccessOf } from '../../http/context.ts';
import { loadMapContext } from '../geo/geo.service.ts';
import { buildBulletin, getEdition, saveEdition } from './bulletin.service.ts';
import { renderBulletin, renderFigure } from './render/index.ts';
import {
  BULLETIN_EDITORS,
  exportFigure,
  getDashboard,
  getReportOptions,
  smallCellThreshold,
} from './reports.service.ts';

/** Analytics: the program team, supervisors and case coordinators (their cities), researchers. */
export const REPORT_READERS: Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
  'researcher',
];

const program = (roles: readonly Role[]) => ({ access: { kind: 'program', roles } }) as const;
const ZEditionParams = ZProgramParams.extend({ asOf: ZIsoDate });
const ZFigureParams = ZProgramParams.extend({ key: z.string().max(60) });

/** Dashboards, figure exports and the bulletin. */
export function reportRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/programs/:programId/reports/options',
      {
        config: program(REPORT_READERS),
        schema: {
          tags: ['reports'],
          summary:
            "The dashboard's filters within the reader's scope: cities, localities, supervisors",
          params: ZProgramParams,
          response: { 200: ZReportOptions },
        },
      },
      (req) => getReportOptions({ db, access: programAccessOf(req) }),
    );

    app.get(
      '/programs/:programId/reports/dashboard',
      {
        config: program(REPORT_READERS),
        schema: {
          tags: ['reports'],
          summary:
            'Every figure of the indicator catalog as of a date, by city, locality or supervisor, within scope',
          params: ZProgramParams,
          querystring: ZReportQuery,
          response: { 200: ZDashboard },
        },
      },
      (req) => getDashboard({ db, access: programAccessOf(req), query: req.query }),
    );

    app.get(
      '/programs/:programId/reports/figures/:key/export',
      {
        config: program(REPORT_READERS),
        schema: {
          tags: ['reports'],
          summary: "One figure's table as .xlsx or .csv (formula-safe; the export is audited)",
          description: `Figure keys: ${ZIndicatorKey.options.join(', ')}.`,
          params: ZFigureParams,
          querystring: ZFigureExportQuery,
        },
      },
      async (req, reply) => {
        const { format, ...query } = req.query;
        const { figure, ctx } = await exportFigure({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          key: req.params.key,
          query,
          format,
        });
        const file = await renderFigure({
          figure,
          format,
          language: ctx.language,
          programCode: ctx.program.code,
          asOf: ctx.filters.asOf,
          smallCellThreshold: smallCellThreshold(ctx.access),
        });
        return reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('cache-control', 'private, no-store')
          .send(file.body);
      },
    );

    app.get(
      '/programs/:programId/reports/bulletin',
      {
        config: program(REPORT_READERS),
        schema: {
          tags: ['reports'],
          summary:
            'The bulletin of an as-of date as printable HTML, PDF, .xlsx (a sheet per table) or JSON',
          description:
            'The same figures as the dashboard, laid out as a publication: cover, summary, the OECD-DAC criteria with their figures and the texts saved for the edition, bottlenecks, definitions. The PDF is made on the server without a browser.',
          params: ZProgramParams,
          querystring: ZBulletinQuery,
        },
      },
      async (req, reply) => {
        const { format, ...query } = req.query;
        const bulletin = await buildBulletin({ db, access: programAccessOf(req), query });
        const maps = format === 'html' || format === 'pdf' ? loadMapContext() : undefined;
        const file = await renderBulletin({ bulletin, format, ...(maps ? { maps } : {}) });
        const disposition = format === 'html' ? 'inline' : 'attachment';
        return reply
          .type(file.contentType)
          .header('content-disposition', `${disposition}; filename="${file.fileName}"`)
          .header('cache-control', 'private, no-store')
          .send(file.body);
      },
    );

    app.get(
      '/programs/:programId/reports/bulletins/:asOf',
      {
        config: program(REPORT_READERS),
        schema: {
          tags: ['reports'],
          summary: "An edition's texts (empty, version 0, when none was saved)",
          params: ZEditionParams,
          response: { 200: ZBulletinEdition },
        },
      },
      (req) => getEdition({ db, access: programAccessOf(req), asOf: req.params.asOf }),
    );

    app.put(
      '/programs/:programId/reports/bulletins/:asOf',
      {
        config: program(BULLETIN_EDITORS),
        schema: {
          tags: ['reports'],
          summary:
            "Saves an edition's texts over the version read (409 when someone saved in between)",
          params: ZEditionParams,
          body: ZBulletinEditionInput,
          response: { 200: ZBulletinEdition },
        },
      },
      (req) =>
        saveEdition({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          asOf: req.params.asOf,
          body: req.body,
        }),
    );
  };
}
