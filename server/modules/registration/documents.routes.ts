import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId } from '../../../shared/schemas/common.ts';
import {
  ZApplicantDetail,
  ZApplicationStatus,
  ZCallParams,
} from '../../../shared/schemas/registration.ts';
import type { AppContext } from '../../app.ts';
import { readMultipartFile } from '../../http/multipart.ts';
import { sendStoredFile } from '../../http/send-file.ts';
import { actorOf, programAccessOf } from '../../http/context.ts';
import {
  downloadDocument,
  reviewDocument,
  uploadPublicDocument,
  uploadStaffDocument,
} from './documents.service.ts';
import { APPLICANT_REVIEWERS, APPLICANT_STAFF } from './registration.policy.ts';

const ZApplicantParams = ZCallParams.extend({ applicantId: ZId });
const ZDocumentParams = ZApplicantParams.extend({ documentId: ZId });

export function documentRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  const dataDir = deps.config.dataDir;
  return async (app) => {
    app.post(
      '/public/applications/documents',
      {
        config: {
          access: { kind: 'public' },
          rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
        },
        schema: {
          tags: ['public'],
          summary:
            'Attach a document to an application (multipart: code, documentNumber, kind, then file)',
          consumes: ['multipart/form-data'],
          response: { 200: ZApplicationStatus },
        },
      },
      async (req) => {
        const upload = await readMultipartFile(req);
        return uploadPublicDocument({
          db,
          actor: actorOf(req),
          dataDir,
          code: upload.field('code'),
          documentNumber: upload.field('documentNumber'),
          file: { kind: upload.field('kind'), bytes: upload.bytes, filename: upload.filename },
        });
      },
    );

    app.post(
      '/programs/:programId/calls/:callId/applicants/:applicantId/documents',
      {
        config: { access: { kind: 'program', roles: APPLICANT_STAFF } },
        schema: {
          tags: ['registration'],
          summary: 'Attach a document to an applicant (multipart: kind, then file)',
          consumes: ['multipart/form-data'],
          params: ZApplicantParams,
          response: { 200: ZApplicantDetail },
        },
      },
      async (req) => {
        const upload = await readMultipartFile(req);
        return uploadStaffDocument({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          dataDir,
          callId: req.params.callId,
          applicantId: req.params.applicantId,
          file: { kind: upload.field('kind'), bytes: upload.bytes, filename: upload.filename },
        });
      },
    );

    app.get(
      '/programs/:programId/calls/:callId/applicants/:applicantId/documents/:documentId',
      {
        config: { access: { kind: 'program', roles: APPLICANT_STAFF } },
        schema: {
          tags: ['registration'],
          summary: 'Open an attached document (the read is audited)',
          params: ZDocumentParams,
        },
      },
      async (req, reply) => {
        const doc = await downloadDocument({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          dataDir,
          callId: req.params.callId,
          applicantId: req.params.applicantId,
          documentId: req.params.documentId,
        });
        return sendStoredFile(reply, doc);
      },
    );

    app.post(
      '/programs/:programId/calls/:callId/applicants/:applicantId/documents/:documentId/review',
      {
        config: { access: { kind: 'program', roles: APPLICANT_REVIEWERS } },
        schema: {
          tags: ['registration'],
          summary: 'Verify or reject a document (a rejection needs a reason)',
          params: ZDocumentParams,
          body: z.strictObject({
            status: z.enum(['verified', 'rejected']),
            reason: z.string().trim().min(3).max(300).optional(),
          }),
          response: { 200: ZApplicantDetail },
        },
      },
      (req) =>
        reviewDocument({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          callId: req.params.callId,
          applicantId: req.params.applicantId,
          documentId: req.params.documentId,
          status: req.body.status,
          reason: req.body.reason,
        }),
    );
  };
}
