import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCallParams } from '../../../shared/schemas/registration.ts';
import type { AppContext } from '../../app.ts';
import { actorOf, programAccessOf } from '../../http/context.ts';
import { invalidFields } from '../../http/errors.ts';
import { exportApplicants } from './export.service.ts';
import { importApplicants } from './import.service.ts';
import { APPLICANT_REVIEWERS, APPLICANT_STAFF } from './registration.policy.ts';
import { applicantTemplate } from './spreadsheet/index.ts';

const ZFileQuery = z.strictObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  language: z.enum(['es', 'en']).default('es'),
});

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

const ZImportSummary = z.object({
  file: z.object({ name: z.string(), sha256: z.string(), rows: z.number().int() }),
  created: z.number().int(),
  alreadyRegistered: z.number().int(),
  verdicts: z.object({
    eligible: z.number().int(),
    not_eligible: z.number().int(),
    pending: z.number().int(),
  }),
  flags: z.record(z.string(), z.number().int()),
  blocked: z.number().int(),
});

export function importRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.post(
      '/programs/:programId/calls/:callId/applicants/import',
      {
        config: { access: { kind: 'program', roles: APPLICANT_REVIEWERS } },
        schema: {
          tags: ['registration'],
          summary:
            'Import applicants from .xlsx or .csv (multipart field "file"); all or nothing, every bad row reported',
          consumes: ['multipart/form-data'],
          params: ZCallParams,
          response: { 200: ZImportSummary },
        },
      },
      async (req) => {
        const file = req.isMultipart() ? await req.file() : undefined;
        if (!file) throw invalidFields([{ path: 'file', code: 'required' }]);
        const bytes = await file.toBuffer();
        return importApplicants({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          callId: req.params.callId,
          bytes,
          filename: file.filename,
        });
      },
    );

    app.get(
      '/programs/:programId/calls/:callId/applicants/template',
      {
        config: { access: { kind: 'program', roles: APPLICANT_STAFF } },
        schema: {
          tags: ['registration'],
          summary: 'The applicant template (.xlsx with instructions, or .csv)',
          params: ZCallParams,
          querystring: ZFileQuery,
        },
      },
      async (req, reply) => {
        const bytes = await applicantTemplate({
          format: req.query.format,
          language: req.query.language,
        });
        const name = req.query.language === 'es' ? 'plantilla-postulantes' : 'applicants-template';
        return reply
          .type(MIME[req.query.format])
          .header('content-disposition', `attachment; filename="${name}.${req.query.format}"`)
          .send(Buffer.from(bytes));
      },
    );

    app.get(
      '/programs/:programId/calls/:callId/applicants/export',
      {
        config: { access: { kind: 'program', roles: APPLICANT_STAFF } },
        schema: {
          tags: ['registration'],
          summary: 'Export the applicants the caller may see (formula-safe)',
          params: ZCallParams,
          querystring: ZFileQuery,
        },
      },
      async (req, reply) => {
        const bytes = await exportApplicants({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          callId: req.params.callId,
          format: req.query.format,
          language: req.query.language,
        });
        const name = req.query.language === 'es' ? 'postulantes' : 'applicants';
        return reply
          .type(MIME[req.query.format])
          .header('content-disposition', `attachment; filename="${name}.${req.query.format}"`)
          .send(Buffer.from(bytes));
      },
    );
  };
}
