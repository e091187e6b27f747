import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../../shared/roles.ts';
import {
  ZAgenda,
  ZAssignBody,
  ZAssignResult,
  ZBoard,
  ZCaseCard,
  ZCaseDetail,
  ZCaseFilter,
  ZCaseListQuery,
  ZCaseParams,
  ZCaseReport,
  ZCaseSettings,
  ZCaseStaff,
  ZEncounterBody,
  ZMoveBody,
  ZReactivateBody,
  ZWithdrawBody,
} from '../../../shared/schemas/cases.ts';
import { ZId, zPage } from '../../../shared/schemas/common.ts';
import { ZProgramParams } from '../../../shared/schemas/programs.ts';
import type { AppContext } from '../../app.ts';
import { actorOf, programAccessOf } from '../../http/context.ts';
import { readMultipartFile } from '../../http/multipart.ts';
import { sendStoredFile } from '../../http/send-file.ts';
import { attachToEncounter, openAttachment } from './attachments.service.ts';
import { getAgenda } from './agenda.service.ts';
import { assignCases, getCaseStaff } from './assign.service.ts';
import {
  getBoard,
  getCase,
  listCases,
  moveCase,
  reactivateCase,
  recordEncounter,
  withdrawCase,
} from './cases.service.ts';
import { exportCases, getCaseReport } from './report.service.ts';
import { getCaseSettings, saveCaseSettings } from './settings.service.ts';

/** Who works with cases; scope (own, territory, program) narrows what each one sees. */
export const CASE_READERS: Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
  'facilitator',
  'mentor',
];
export const CASE_WORKERS: Role[] = [
  'admin',
  'coordinator',
  'supervisor',
  'case_coordinator',
  'facilitator',
];
export const CASE_ASSIGNERS: Role[] = ['admin', 'coordinator', 'supervisor', 'case_coordinator'];
export const CASE_REACTIVATORS: Role[] = ['admin', 'coordinator', 'supervisor'];
export const CASE_CONFIGURERS: Role[] = ['admin', 'coordinator'];

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

const program = (roles: Role[]) => ({ access: { kind: 'program', roles } }) as const;

export function caseRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  const dataDir = deps.config.dataDir;
  return async (app) => {
    app.get(
      '/programs/:programId/case-settings',
      {
        config: program(CASE_READERS),
        schema: {
          tags: ['cases'],
          summary: 'Stages with their gates, withdrawal reasons, caseload limits',
          params: ZProgramParams,
          response: { 200: ZCaseSettings },
        },
      },
      (req) => getCaseSettings({ db, access: programAccessOf(req) }),
    );

    app.put(
      '/programs/:programId/case-settings',
      {
        config: program(CASE_CONFIGURERS),
        schema: {
          tags: ['cases'],
          summary: 'Change the stages, gates, withdrawal reasons or caseload limits',
          params: ZProgramParams,
          body: ZCaseSettings,
          response: { 200: ZCaseSettings },
        },
      },
      (req) =>
        saveCaseSettings({ db, actor: actorOf(req), access: programAccessOf(req), body: req.body }),
    );

    app.get(
      '/programs/:programId/board',
      {
        config: program(CASE_READERS),
        schema: {
          tags: ['cases'],
          summary: 'The Kanban: each stage with its count and first 50 cards',
          params: ZProgramParams,
          querystring: ZCaseFilter,
          response: { 200: ZBoard },
        },
      },
      (req) => getBoard({ db, access: programAccessOf(req), filter: req.query }),
    );

    app.get(
      '/programs/:programId/cases',
      {
        config: program(CASE_READERS),
        schema: {
          tags: ['cases'],
          summary: 'Cases filtered, sorted and paged (also a board column’s further cards)',
          params: ZProgramParams,
          querystring: ZCaseListQuery,
          response: { 200: zPage(ZCaseCard) },
        },
      },
      (req) => listCases({ db, access: programAccessOf(req), query: req.query }),
    );

    app.get(
      '/programs/:programId/cases/export',
      {
        config: program(CASE_READERS),
        schema: {
          tags: ['cases'],
          summary: 'The filtered, sorted list as .xlsx or .csv (the export is audited)',
          params: ZProgramParams,
          querystring: ZCaseListQuery.omit({ page: true, pageSize: true }).extend({
            format: z.enum(['xlsx', 'csv']).default('xlsx'),
            language: z.enum(['es', 'en']).default('es'),
          }),
        },
      },
      async (req, reply) => {
        const { format, language, ...query } = req.query;
        const bytes = await exportCases({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          query,
          format,
          language,
        });
        const name = language === 'es' ? 'casos' : 'cases';
        return reply
          .type(MIME[format])
          .header('content-disposition', `attachment; filename="${name}.${format}"`)
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(bytes));
      },
    );

    app.get(
      '/programs/:programId/cases/staff',
      {
        config: program(CASE_ASSIGNERS),
        schema: {
          tags: ['cases'],
          summary: 'Facilitators and supervisors with their active caseloads',
          params: ZProgramParams,
          response: { 200: ZCaseStaff },
        },
      },
      (req) => getCaseStaff({ db, access: programAccessOf(req) }),
    );

    app.get(
      '/programs/:programId/cases/report',
      {
        config: program(CASE_READERS),
        schema: {
          tags: ['cases'],
          summary: 'Withdrawals by reason × stage reached; cases per stage and city; weekly counts',
          params: ZProgramParams,
          response: { 200: ZCaseReport },
        },
      },
      (req) => getCaseReport({ db, access: programAccessOf(req) }),
    );

    app.get(
      '/programs/:programId/agenda',
      {
        config: program(CASE_READERS),
        schema: {
          tags: ['cases'],
          summary: 'Overdue and due next steps, stalled cases, and each facilitator’s load',
          params: ZProgramParams,
          response: { 200: ZAgenda },
        },
      },
      (req) => getAgenda({ db, access: programAccessOf(req) }),
    );

    app.post(
      '/programs/:programId/cases/assign',
      {
        config: program(CASE_ASSIGNERS),
        schema: {
          tags: ['cases'],
          summary: 'Assign a facilitator and/or supervisor, within caseload limits',
          params: ZProgramParams,
          body: ZAssignBody,
          response: { 200: ZAssignResult },
        },
      },
      (req) =>
        assignCases({ db, actor: actorOf(req), access: programAccessOf(req), body: req.body }),
    );

    app.get(
      '/programs/:programId/cases/:caseId',
      {
        config: program(CASE_READERS),
        schema: {
          tags: ['cases'],
          summary: 'A case: summary, next stage and what it needs, encounters, timeline',
          params: ZCaseParams,
          response: { 200: ZCaseDetail },
        },
      },
      (req) => getCase({ db, access: programAccessOf(req), caseId: req.params.caseId }),
    );

    app.post(
      '/programs/:programId/cases/:caseId/move',
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['cases'],
          summary: 'Move a card (optimistic concurrency; gates; an encounter may come along)',
          params: ZCaseParams,
          body: ZMoveBody,
          response: { 200: ZCaseDetail },
        },
      },
      (req) =>
        moveCase({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          caseId: req.params.caseId,
          body: req.body,
        }),
    );

    app.post(
      '/programs/:programId/cases/:caseId/encounters',
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['cases'],
          summary: 'Record an encounter with the owner',
          params: ZCaseParams,
          body: ZEncounterBody,
          response: { 200: ZCaseDetail },
        },
      },
      (req) =>
        recordEncounter({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          caseId: req.params.caseId,
          body: req.body,
        }),
    );

    app.post(
      '/programs/:programId/cases/:caseId/encounters/:encounterId/attachments',
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['cases'],
          summary: 'Attach a photo or PDF to an encounter (multipart: file; at most 5 MB)',
          consumes: ['multipart/form-data'],
          params: ZCaseParams.extend({ encounterId: ZId }),
          response: { 200: ZCaseDetail },
        },
      },
      async (req) => {
        const upload = await readMultipartFile(req);
        return attachToEncounter({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          dataDir,
          caseId: req.params.caseId,
          encounterId: req.params.encounterId,
          file: { bytes: upload.bytes, filename: upload.filename },
        });
      },
    );

    app.get(
      '/programs/:programId/cases/:caseId/attachments/:attachmentId',
      {
        config: program(CASE_READERS),
        schema: {
          tags: ['cases'],
          summary: 'Open an encounter attachment (the read is audited)',
          params: ZCaseParams.extend({ attachmentId: ZId }),
        },
      },
      async (req, reply) => {
        const file = await openAttachment({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          dataDir,
          caseId: req.params.caseId,
          attachmentId: req.params.attachmentId,
        });
        return sendStoredFile(reply, file);
      },
    );

    app.post(
      '/programs/:programId/cases/:caseId/withdraw',
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['cases'],
          summary: 'Withdraw a case with a reason (the stage reached is kept)',
          params: ZCaseParams,
          body: ZWithdrawBody,
          response: { 200: ZCaseDetail },
        },
      },
      (req) =>
        withdrawCase({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          caseId: req.params.caseId,
          body: req.body,
        }),
    );

    app.post(
      '/programs/:programId/cases/:caseId/reactivate',
      {
        config: program(CASE_REACTIVATORS),
        schema: {
          tags: ['cases'],
          summary: 'Reactivate a withdrawn case at the stage it had reached',
          params: ZCaseParams,
          body: ZReactivateBody,
          response: { 200: ZCaseDetail },
        },
      },
      (req) =>
        reactivateCase({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          caseId: req.params.caseId,
          body: req.body,
        }),
    );
  };
}
