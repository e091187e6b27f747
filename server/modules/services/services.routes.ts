import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../../shared/roles.ts';
import {
  ZService,
  ZServiceBody,
  ZServiceList,
  ZServiceParams,
  ZServiceQuery,
} from '../../../shared/schemas/services.ts';
import { ZProgramParams } from '../../../shared/schemas/programs.ts';
import type { AppContext } from '../../app.ts';
import { actorOf, programAccessOf } from '../../http/context.ts';
import {
  CASE_ASSIGNERS,
  CASE_CONFIGURERS,
  CASE_READERS,
  CASE_WORKERS,
} from '../cases/cases.routes.ts';
import { ZCaseParams } from '../../../shared/schemas/cases.ts';
import { ZCityQuery } from '../../../shared/schemas/common.ts';
import {
  ZCaseExtraServices,
  ZEcosystemReport,
  ZExtraService,
  ZExtraServiceBody,
  ZExtraServiceParams,
} from '../../../shared/schemas/mentors.ts';
import {
  addExtraService,
  getEcosystemReport,
  getExtraServices,
  updateExtraService,
} from './ecosystem.service.ts';
import { readMultipartFile } from '../../http/multipart.ts';
import { sendSpreadsheet } from '../../http/send-file.ts';
import { exportMatrix, importMatrix, matrixTemplate } from './matrix.service.ts';
import { createService, listServices, updateService } from './services.service.ts';

const ZMatrixFileQuery = z.strictObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  language: z.enum(['es', 'en']).default('es'),
});

/** The catalog is public information about offers: every program member who works with cases reads it. */
export const SERVICE_READERS: Role[] = [...CASE_READERS, 'researcher'];
/** The observatory team keeps it. */
export const SERVICE_EDITORS: Role[] = CASE_CONFIGURERS;
/** Coverage and mentor figures: the program team and researchers (counts and staff names only). */
export const ECOSYSTEM_REPORT_READERS: Role[] = [...CASE_ASSIGNERS, 'researcher'];

const program = (roles: Role[]) => ({ access: { kind: 'program', roles } }) as const;

export function serviceRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/programs/:programId/services',
      {
        config: program(SERVICE_READERS),
        schema: {
          tags: ['services'],
          summary:
            'The services catalog with each status by rule today; filter by status, city, scope, lever, words',
          params: ZProgramParams,
          querystring: ZServiceQuery,
          response: { 200: ZServiceList },
        },
      },
      (req) => listServices({ db, access: programAccessOf(req), query: req.query }),
    );

    app.get(
      '/programs/:programId/services/template',
      {
        config: program(SERVICE_READERS),
        schema: {
          tags: ['services'],
          summary: 'The characterization matrix to fill in (.xlsx or .csv, Spanish headers first)',
          params: ZProgramParams,
          querystring: ZMatrixFileQuery,
        },
      },
      async (req, reply) => {
        const bytes = await matrixTemplate(req.query);
        const name = req.query.language === 'es' ? 'plantilla-servicios' : 'services-template';
        return sendSpreadsheet(reply, { bytes, format: req.query.format, name });
      },
    );

    app.get(
      '/programs/:programId/services/export',
      {
        config: program(SERVICE_READERS),
        schema: {
          tags: ['services'],
          summary: 'The catalog as a characterization matrix, in the columns an import reads',
          params: ZProgramParams,
          querystring: ZMatrixFileQuery,
        },
      },
      async (req, reply) => {
        const bytes = await exportMatrix({ db, access: programAccessOf(req), ...req.query });
        const name = req.query.language === 'es' ? 'servicios' : 'services';
        return sendSpreadsheet(reply, { bytes, format: req.query.format, name });
      },
    );

    app.post(
      '/programs/:programId/services/import',
      {
        config: program(SERVICE_EDITORS),
        schema: {
          tags: ['services'],
          summary:
            'Import the characterization matrix (multipart field "file"): services matched by entity and name are updated, others added; all or nothing, every bad row reported',
          consumes: ['multipart/form-data'],
          params: ZProgramParams,
          response: {
            200: z.object({
              rows: z.number().int(),
              created: z.number().int(),
              updated: z.number().int(),
              entitiesCreated: z.number().int(),
            }),
          },
        },
      },
      async (req) => {
        const upload = await readMultipartFile(req);
        return importMatrix({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          bytes: upload.bytes,
          filename: upload.filename,
        });
      },
    );

    app.post(
      '/programs/:programId/services',
      {
        config: program(SERVICE_EDITORS),
        schema: {
          tags: ['services'],
          summary: 'Add a service (its entity is created when new)',
          params: ZProgramParams,
          body: ZServiceBody,
          response: { 200: ZService },
        },
      },
      (req) =>
        createService({ db, actor: actorOf(req), access: programAccessOf(req), body: req.body }),
    );

    app.put(
      '/programs/:programId/services/:serviceId',
      {
        config: program(SERVICE_EDITORS),
        schema: {
          tags: ['services'],
          summary: 'Change a service at the version read',
          params: ZServiceParams,
          body: ZServiceBody,
          response: { 200: ZService },
        },
      },
      (req) =>
        updateService({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          serviceId: req.params.serviceId,
          body: req.body,
        }),
    );

    app.get(
      '/programs/:programId/services/report',
      {
        config: program(ECOSYSTEM_REPORT_READERS),
        schema: {
          tags: ['services'],
          summary:
            'Services per city, lever × city coverage and uncovered needs, mentor need and coverage per city, mentor workload, extra services',
          params: ZProgramParams,
          querystring: ZCityQuery,
          response: { 200: ZEcosystemReport },
        },
      },
      (req) =>
        getEcosystemReport({
          db,
          access: programAccessOf(req),
          municipalityCode: req.query.municipalityCode,
        }),
    );

    app.get(
      '/programs/:programId/cases/:caseId/extra-services',
      {
        config: program(CASE_READERS),
        schema: {
          tags: ['services'],
          summary:
            "Extra services flagged for a case, and the active services that reach the business's city",
          params: ZCaseParams,
          response: { 200: ZCaseExtraServices },
        },
      },
      (req) => getExtraServices({ db, access: programAccessOf(req), caseId: req.params.caseId }),
    );

    app.post(
      '/programs/:programId/cases/:caseId/extra-services',
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['services'],
          summary:
            'Flag an extra service for a case (microcredit, financial education, digital tools …)',
          params: ZCaseParams,
          body: ZExtraServiceBody,
          response: { 200: ZExtraService },
        },
      },
      (req) =>
        addExtraService({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          caseId: req.params.caseId,
          body: req.body,
        }),
    );

    app.put(
      '/programs/:programId/cases/:caseId/extra-services/:extraId',
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['services'],
          summary: "Update an extra service's status, service or note at the version read",
          params: ZExtraServiceParams,
          body: ZExtraServiceBody,
          response: { 200: ZExtraService },
        },
      },
      (req) =>
        updateExtraService({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          caseId: req.params.caseId,
          extraId: req.params.extraId,
          body: req.body,
        }),
    );
  };
}
