import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId, zPage } from '../../../shared/schemas/common.ts';
import {
  ZApplicantDetail,
  ZApplicantInput,
  ZApplicantListQuery,
  ZApplicantSummary,
  ZApplicationReceipt,
  ZApplicationStatus,
  ZCallParams,
  ZCallReport,
  ZPublicApplicationBody,
  ZStatusQuery,
} from '../../../shared/schemas/registration.ts';
import type { AppContext } from '../../app.ts';
import { actorOf, programAccessOf } from '../../http/context.ts';
import { searchCiiu } from './ciiu.ts';
import { resolveFlag } from './flags.service.ts';
import { APPLICANT_REVIEWERS, APPLICANT_STAFF, CALL_READERS } from './registration.policy.ts';
import { callReport } from './report.service.ts';
import {
  applicationStatus,
  applyPublicly,
  getApplicant,
  listApplicants,
  registerInField,
} from './registration.service.ts';

const ZApplicantParams = ZCallParams.extend({ applicantId: ZId });

export function applicantRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  return async (app) => {
    app.post(
      '/programs/:programId/calls/:callId/applicants',
      {
        config: { access: { kind: 'program', roles: APPLICANT_STAFF } },
        schema: {
          tags: ['registration'],
          summary: 'Register an applicant in the field (active search)',
          params: ZCallParams,
          body: ZApplicantInput,
          response: { 201: ZApplicantDetail },
        },
      },
      async (req, reply) =>
        reply.status(201).send(
          await registerInField({
            db,
            actor: actorOf(req),
            access: programAccessOf(req),
            callId: req.params.callId,
            input: req.body,
          }),
        ),
    );

    app.get(
      '/programs/:programId/calls/:callId/applicants',
      {
        config: { access: { kind: 'program', roles: APPLICANT_STAFF } },
        schema: {
          tags: ['registration'],
          summary: 'Applicants of a call within the caller’s scope, with filters and search',
          params: ZCallParams,
          querystring: ZApplicantListQuery,
          response: { 200: zPage(ZApplicantSummary) },
        },
      },
      (req) =>
        listApplicants({
          db,
          access: programAccessOf(req),
          callId: req.params.callId,
          query: req.query,
        }),
    );

    app.get(
      '/programs/:programId/calls/:callId/applicants/:applicantId',
      {
        config: { access: { kind: 'program', roles: APPLICANT_STAFF } },
        schema: {
          tags: ['registration'],
          summary:
            'An applicant with the eligibility explanation, duplicate warnings and documents',
          params: ZApplicantParams,
          response: { 200: ZApplicantDetail },
        },
      },
      (req) =>
        getApplicant({
          db,
          access: programAccessOf(req),
          callId: req.params.callId,
          applicantId: req.params.applicantId,
          actor: actorOf(req),
        }),
    );

    app.post(
      '/programs/:programId/calls/:callId/applicants/:applicantId/flags/:flagId/resolve',
      {
        config: { access: { kind: 'program', roles: APPLICANT_REVIEWERS } },
        schema: {
          tags: ['registration'],
          summary:
            'Settle a duplicate warning: override a repeated-document block, dismiss or confirm',
          params: ZApplicantParams.extend({ flagId: ZId }),
          body: z.strictObject({
            decision: z.enum(['override', 'dismiss', 'confirm']),
            note: z.string().trim().min(3).max(500),
          }),
          response: { 200: ZApplicantDetail },
        },
      },
      (req) =>
        resolveFlag({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          callId: req.params.callId,
          applicantId: req.params.applicantId,
          flagId: req.params.flagId,
          decision: req.body.decision,
          note: req.body.note,
        }),
    );

    app.get(
      '/programs/:programId/calls/:callId/report',
      {
        config: { access: { kind: 'program', roles: CALL_READERS } },
        schema: {
          tags: ['registration'],
          summary:
            'Applicants against goal and target per territory, eligibility funnel, priority groups',
          params: ZCallParams,
          response: { 200: ZCallReport },
        },
      },
      (req) => callReport({ db, access: programAccessOf(req), callId: req.params.callId }),
    );

    app.get(
      '/public/ciiu',
      {
        config: { access: { kind: 'public' } },
        schema: {
          tags: ['public'],
          summary: 'Search CIIU Rev. 4 A.C. activities by code or words (accents ignored)',
          querystring: z.strictObject({
            q: z.string().trim().max(100).default(''),
            limit: z.coerce.number().int().min(1).max(100).default(20),
          }),
          response: {
            200: z.object({
              items: z.array(z.object({ code: z.string(), description: z.string() })),
            }),
          },
        },
      },
      (req) => ({ items: searchCiiu(req.query.q, req.query.limit) }),
    );

    app.post(
      '/public/calls/:code/applications',
      {
        config: {
          access: { kind: 'public' },
          rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
        },
        schema: {
          tags: ['public'],
          summary: 'Apply to a call (no sign-in); answers the confirmation code',
          params: z.strictObject({ code: z.string().min(3).max(40) }),
          body: ZPublicApplicationBody,
          response: { 201: ZApplicationReceipt },
        },
      },
      async (req, reply) =>
        reply.status(201).send(
          await applyPublicly({
            db,
            actor: actorOf(req),
            code: req.params.code,
            input: req.body.applicant,
            consentVersion: req.body.consent.version,
            honeypot: req.body.website,
          }),
        ),
    );

    app.post(
      '/public/applications/status',
      {
        config: {
          access: { kind: 'public' },
          rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
        },
        schema: {
          tags: ['public'],
          summary: 'The state of an application, by confirmation code and document number',
          body: ZStatusQuery,
          response: { 200: ZApplicationStatus },
        },
      },
      (req) =>
        applicationStatus({
          db,
          actor: actorOf(req),
          code: req.body.code,
          documentNumber: req.body.documentNumber,
        }),
    );
  };
}
