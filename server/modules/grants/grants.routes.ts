import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Role } from '../../../shared/roles.ts';
import { ZCaseParams } from '../../../shared/schemas/cases.ts';
import {
  ZAcceptBody,
  ZApproveBody,
  ZCaseGrant,
  ZDisburseBatchBody,
  ZDisburseBatchResult,
  ZDisburseBody,
  ZEntryParams,
  ZGrantReport,
  ZGrantSettings,
  ZGrantSettingsView,
  ZInvestmentPlanBody,
  ZPolicyBody,
  ZReceiptParams,
  ZReverseBody,
  ZSettleBody,
} from '../../../shared/schemas/grants.ts';
import { ZCityQuery } from '../../../shared/schemas/common.ts';
import { ZProgramParams } from '../../../shared/schemas/programs.ts';
import type { AppContext } from '../../app.ts';
import { actorOf, programAccessOf } from '../../http/context.ts';
import { readMultipartFile } from '../../http/multipart.ts';
import { sendStoredFile } from '../../http/send-file.ts';
import { PLAN_READERS } from '../assessment/assessment.routes.ts';
import { CASE_ASSIGNERS, CASE_CONFIGURERS, CASE_WORKERS } from '../cases/cases.routes.ts';
import { disburseBatch, getGrantReport } from './grants.report.ts';
import {
  acceptInvestmentPlan,
  addReceipt,
  approveInvestmentPlan,
  attachPolicyDocument,
  disburse,
  getCaseGrant,
  getGrantSettings,
  openPolicyDocument,
  openReceipt,
  reverseDisbursement,
  saveGrantSettings,
  saveInvestmentPlan,
  savePolicy,
  settleGrant,
} from './grants.service.ts';

/** The owner reads their grant; staff record the owner's acceptance (signed or in person). */
export const GRANT_READERS: Role[] = PLAN_READERS;
export const PLAN_ACCEPTERS: Role[] = CASE_WORKERS;
/** Approval and settlement: the program team, never the plan's own author (checked in the service). */
export const GRANT_APPROVERS: Role[] = ['admin', 'coordinator', 'case_coordinator'];
/** Money leaves only through the program's coordinators. */
export const GRANT_DISBURSERS: Role[] = CASE_CONFIGURERS;
export const GRANT_REPORT_READERS: Role[] = [...CASE_ASSIGNERS, 'researcher'];

const program = (roles: Role[]) => ({ access: { kind: 'program', roles } }) as const;

export function grantRoutes(deps: AppContext): FastifyPluginAsyncZod {
  const { db } = deps.database;
  const dataDir = deps.config.dataDir;
  return async (app) => {
    app.get(
      '/programs/:programId/grant-settings',
      {
        config: program(GRANT_REPORT_READERS),
        schema: {
          tags: ['grants'],
          summary: 'Grant cap, categories, prerequisites, tranches and training track',
          params: ZProgramParams,
          response: { 200: ZGrantSettingsView },
        },
      },
      (req) => getGrantSettings({ db, access: programAccessOf(req) }),
    );

    app.put(
      '/programs/:programId/grant-settings',
      {
        config: program(CASE_CONFIGURERS),
        schema: {
          tags: ['grants'],
          summary: 'Change the grant settings',
          params: ZProgramParams,
          body: ZGrantSettings,
          response: { 200: ZGrantSettingsView },
        },
      },
      (req) =>
        saveGrantSettings({
          db,
          actor: actorOf(req),
          access: programAccessOf(req),
          body: req.body,
        }),
    );

    app.get(
      '/programs/:programId/cases/:caseId/grant',
      {
        config: program(GRANT_READERS),
        schema: {
          tags: ['grants'],
          summary:
            "A case's grant: investment plan, policy, training, prerequisites, ledger, receipts, settlement",
          params: ZCaseParams,
          response: { 200: ZCaseGrant },
        },
      },
      (req) => getCaseGrant({ db, access: programAccessOf(req), caseId: req.params.caseId }),
    );

    const who = (req: Parameters<typeof programAccessOf>[0]) => ({
      db,
      actor: actorOf(req),
      access: programAccessOf(req),
    });

    app.put(
      '/programs/:programId/cases/:caseId/grant/plan',
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['grants'],
          summary:
            'Save the investment plan (items within the categories, total within the cap); clears the acceptance',
          params: ZCaseParams,
          body: ZInvestmentPlanBody,
          response: { 200: ZCaseGrant },
        },
      },
      (req) => saveInvestmentPlan({ ...who(req), caseId: req.params.caseId, body: req.body }),
    );

    app.post(
      '/programs/:programId/cases/:caseId/grant/plan/accept',
      {
        config: program(PLAN_ACCEPTERS),
        schema: {
          tags: ['grants'],
          summary: "Record the owner's acceptance of the investment plan",
          params: ZCaseParams,
          body: ZAcceptBody,
          response: { 200: ZCaseGrant },
        },
      },
      (req) => acceptInvestmentPlan({ ...who(req), caseId: req.params.caseId, body: req.body }),
    );

    app.post(
      '/programs/:programId/cases/:caseId/grant/plan/approve',
      {
        config: program(GRANT_APPROVERS),
        schema: {
          tags: ['grants'],
          summary: 'Approve an accepted plan (not by its author) and open the grant',
          params: ZCaseParams,
          body: ZApproveBody,
          response: { 200: ZCaseGrant },
        },
      },
      (req) => approveInvestmentPlan({ ...who(req), caseId: req.params.caseId, body: req.body }),
    );

    app.put(
      '/programs/:programId/cases/:caseId/grant/policy',
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['grants'],
          summary: 'Record the insurance policy',
          params: ZCaseParams,
          body: ZPolicyBody,
          response: { 200: ZCaseGrant },
        },
      },
      (req) => savePolicy({ ...who(req), caseId: req.params.caseId, body: req.body }),
    );

    app.post(
      '/programs/:programId/cases/:caseId/grant/policy/document',
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['grants'],
          summary: 'Attach the policy document (multipart "file": PDF, JPG or PNG up to 5 MB)',
          consumes: ['multipart/form-data'],
          params: ZCaseParams,
          response: { 200: ZCaseGrant },
        },
      },
      async (req) => {
        const upload = await readMultipartFile(req);
        return attachPolicyDocument({
          ...who(req),
          dataDir,
          caseId: req.params.caseId,
          file: { bytes: upload.bytes, filename: upload.filename },
        });
      },
    );

    app.get(
      '/programs/:programId/cases/:caseId/grant/policy/document',
      {
        config: program(GRANT_READERS),
        schema: { tags: ['grants'], summary: 'The policy document', params: ZCaseParams },
      },
      async (req, reply) =>
        sendStoredFile(
          reply,
          await openPolicyDocument({ ...who(req), dataDir, caseId: req.params.caseId }),
        ),
    );

    app.post(
      '/programs/:programId/cases/:caseId/grant/disbursements',
      {
        config: program(GRANT_DISBURSERS),
        schema: {
          tags: ['grants'],
          summary:
            'Disburse a tranche; refused while a prerequisite is missing or beyond the approved amount',
          params: ZCaseParams,
          body: ZDisburseBody,
          response: { 200: ZCaseGrant },
        },
      },
      (req) => disburse({ ...who(req), caseId: req.params.caseId, body: req.body }),
    );

    app.post(
      '/programs/:programId/cases/:caseId/grant/disbursements/:entryId/reverse',
      {
        config: program(GRANT_DISBURSERS),
        schema: {
          tags: ['grants'],
          summary: 'Reverse a disbursement with a negative ledger entry (never an edit)',
          params: ZEntryParams,
          body: ZReverseBody,
          response: { 200: ZCaseGrant },
        },
      },
      (req) =>
        reverseDisbursement({
          ...who(req),
          caseId: req.params.caseId,
          entryId: req.params.entryId,
          reason: req.body.reason,
        }),
    );

    app.post(
      '/programs/:programId/cases/:caseId/grant/receipts',
      {
        config: program(CASE_WORKERS),
        schema: {
          tags: ['grants'],
          summary:
            'Add a receipt for a plan item (multipart: itemId, amountMinor, issuedOn, supplier, then "file")',
          consumes: ['multipart/form-data'],
          params: ZCaseParams,
          response: { 200: ZCaseGrant },
        },
      },
      async (req) => {
        const upload = await readMultipartFile(req);
        return addReceipt({
          ...who(req),
          dataDir,
          caseId: req.params.caseId,
          fields: {
            itemId: upload.field('itemId'),
            amount: upload.field('amountMinor'),
            issuedOn: upload.field('issuedOn'),
            supplier: upload.field('supplier'),
          },
          file: { bytes: upload.bytes, filename: upload.filename },
        });
      },
    );

    app.get(
      '/programs/:programId/cases/:caseId/grant/receipts/:receiptId',
      {
        config: program(GRANT_READERS),
        schema: { tags: ['grants'], summary: 'A receipt file', params: ZReceiptParams },
      },
      async (req, reply) =>
        sendStoredFile(
          reply,
          await openReceipt({
            ...who(req),
            dataDir,
            caseId: req.params.caseId,
            receiptId: req.params.receiptId,
          }),
        ),
    );

    app.post(
      '/programs/:programId/cases/:caseId/grant/settle',
      {
        config: program(GRANT_APPROVERS),
        schema: {
          tags: ['grants'],
          summary:
            'Settle the grant: every item needs a receipt; what receipts do not justify is to be returned',
          params: ZCaseParams,
          body: ZSettleBody,
          response: { 200: ZCaseGrant },
        },
      },
      (req) => settleGrant({ ...who(req), caseId: req.params.caseId, note: req.body.note }),
    );

    app.post(
      '/programs/:programId/grants/disburse-batch',
      {
        config: program(GRANT_DISBURSERS),
        schema: {
          tags: ['grants'],
          summary:
            'Disburse one tranche to every open grant whose prerequisites are met, in one transaction',
          params: ZProgramParams,
          body: ZDisburseBatchBody,
          response: { 200: ZDisburseBatchResult },
        },
      },
      (req) => disburseBatch({ ...who(req), body: req.body }),
    );

    app.get(
      '/programs/:programId/grants/report',
      {
        config: program(GRANT_REPORT_READERS),
        schema: {
          tags: ['grants'],
          summary:
            'Grants by locality and priority group, days to policy and first disbursement, and a reconciliation that adds up',
          params: ZProgramParams,
          querystring: ZCityQuery,
          response: { 200: ZGrantReport },
        },
      },
      (req) =>
        getGrantReport({
          db,
          access: programAccessOf(req),
          municipalityCode: req.query.municipalityCode,
        }),
    );
  };
}
