/** The grants routes in the access matrix (see access-matrix.test.ts). */
import type { Role } from '../../shared/roles.ts';
import { DEFAULT_GRANT_SETTINGS } from '../../shared/schemas/grants.ts';
import { addReceipt, attachPolicyDocument } from '../modules/grants/grants.service.ts';
import { todayInColombia } from '../modules/registration/calls.service.ts';
import type { TestContext } from '../test/app.ts';
import { multipartRequest } from '../test/app.ts';
import { createCase } from '../test/factories.ts';
import { facilitatorOf, grantOf, grantsWithoutTraining, PLAN_ITEMS } from '../test/grants.ts';
import type { World } from '../test/world.ts';
import type { RouteSpec } from './access-matrix.test.ts';

const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n'));

async function freshCase(w: World, ctx: TestContext) {
  await grantsWithoutTraining(ctx.db, w);
  return (
    await createCase(ctx.db, {
      organizationId: w.orgA.id,
      programId: w.programP.id,
      municipalityCode: '68001',
      facilitatorId: w.users.facilitator.id,
      supervisorId: w.users.supervisor.id,
    })
  ).case;
}
/** What a role cannot see: another program's case for whole-program roles, else one in Cúcuta. */
function unseen(w: World, role: Role) {
  return role === 'admin' || role === 'coordinator'
    ? { programId: w.programQ.id, caseId: w.bCase.case.id }
    : { programId: w.programP.id, caseId: w.outCase.case.id };
}
const url = (programId: string, caseId: string, tail: string) =>
  `/api/programs/${programId}/cases/${caseId}/grant${tail}`;

/** inCase's grant, disbursed, with its policy document and one receipt: made once. */
let inCaseFiles: Promise<{ receiptId: string }> | null = null;
function inCaseGrant(w: World, ctx: TestContext) {
  inCaseFiles ??= (async () => {
    await grantsWithoutTraining(ctx.db, w);
    const caseId = w.inCase.case.id;
    const grant = await grantOf(ctx.db, w, caseId, 'disbursed');
    const f = { db: ctx.db, ...facilitatorOf(w), dataDir: ctx.config.dataDir, caseId };
    await attachPolicyDocument({ ...f, file: { bytes: PDF, filename: 'poliza.pdf' } });
    const withReceipt = await addReceipt({
      ...f,
      fields: {
        itemId: grant.plan!.items[0]!.id,
        amount: String(grant.plan!.items[0]!.totalMinor),
        issuedOn: todayInColombia(),
        supplier: 'Distribuidora El Trigal',
      },
      file: { bytes: PDF, filename: 'factura.pdf' },
    });
    return { receiptId: withReceipt.receipts[0]!.id };
  })();
  return inCaseFiles;
}

/** A write on a fresh case brought to `stage` first; out of scope, the same on an unseen case. */
function onFresh(
  tail: string,
  stage: Parameters<typeof grantOf>[3] | null,
  payload: (g: Awaited<ReturnType<typeof grantOf>> | null) => object,
  method: 'POST' | 'PUT' = 'POST',
): RouteSpec {
  return {
    inScope: async (w, ctx) => {
      const c = await freshCase(w, ctx);
      const g = stage ? await grantOf(ctx.db, w, c.id, stage) : null;
      return { request: { method, url: url(w.programP.id, c.id, tail), payload: payload(g) } };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseen(w, role);
      return { request: { method, url: url(programId, caseId, tail), payload: payload(null) } };
    },
  };
}

const today = () => todayInColombia();
const ITEMS_BODY = { items: PLAN_ITEMS };

export const GRANT_SPECS: Record<string, RouteSpec> = {
  'GET /api/programs/:programId/grant-settings': {
    inScope: (w) => ({ request: { url: `/api/programs/${w.programP.id}/grant-settings` } }),
    outOfScope: (w) => ({ request: { url: `/api/programs/${w.programQ.id}/grant-settings` } }),
  },
  'PUT /api/programs/:programId/grant-settings': {
    inScope: (w) => ({
      request: {
        method: 'PUT',
        url: `/api/programs/${w.programP.id}/grant-settings`,
        payload: {
          ...DEFAULT_GRANT_SETTINGS,
          prerequisites: ['policy', 'plan_approved'],
          tranches: 2,
        },
      },
    }),
    outOfScope: (w) => ({
      request: {
        method: 'PUT',
        url: `/api/programs/${w.programQ.id}/grant-settings`,
        payload: DEFAULT_GRANT_SETTINGS,
      },
    }),
  },
  'GET /api/programs/:programId/cases/:caseId/grant': {
    inScope: (w) => ({ request: { url: url(w.programP.id, w.inCase.case.id, '') } }),
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseen(w, role);
      return { request: { url: url(programId, caseId, '') } };
    },
  },
  'PUT /api/programs/:programId/cases/:caseId/grant/plan': onFresh(
    '/plan',
    null,
    () => ITEMS_BODY,
    'PUT',
  ),
  'POST /api/programs/:programId/cases/:caseId/grant/plan/accept': onFresh(
    '/plan/accept',
    'plan',
    (g) => ({ acceptedOn: today(), via: 'in_person', version: g?.plan?.version ?? 1 }),
  ),
  'POST /api/programs/:programId/cases/:caseId/grant/plan/approve': onFresh(
    '/plan/approve',
    'accepted',
    (g) => ({ version: g?.plan?.version ?? 1 }),
  ),
  'PUT /api/programs/:programId/cases/:caseId/grant/policy': onFresh(
    '/policy',
    'approved',
    () => ({
      insurer: 'Seguros Bolívar',
      number: 'POL-1',
      issuedOn: today(),
      expiresOn: '2099-01-01',
      insuredMinor: 1,
    }),
    'PUT',
  ),
  'POST /api/programs/:programId/cases/:caseId/grant/policy/document': {
    inScope: async (w, ctx) => {
      const c = await freshCase(w, ctx);
      await grantOf(ctx.db, w, c.id, 'policy');
      return {
        request: multipartRequest(url(w.programP.id, c.id, '/policy/document'), 'p.pdf', PDF),
      };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseen(w, role);
      return {
        request: multipartRequest(url(programId, caseId, '/policy/document'), 'p.pdf', PDF),
      };
    },
  },
  'GET /api/programs/:programId/cases/:caseId/grant/policy/document': {
    inScope: async (w, ctx) => {
      await inCaseGrant(w, ctx);
      return { request: { url: url(w.programP.id, w.inCase.case.id, '/policy/document') } };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseen(w, role);
      return { request: { url: url(programId, caseId, '/policy/document') } };
    },
  },
  'POST /api/programs/:programId/cases/:caseId/grant/disbursements': onFresh(
    '/disbursements',
    'policy',
    () => ({ tranche: 1, amountMinor: 1_000_00, paidOn: today(), reference: 'TRF-001' }),
  ),
  'POST /api/programs/:programId/cases/:caseId/grant/disbursements/:entryId/reverse': {
    inScope: async (w, ctx) => {
      const c = await freshCase(w, ctx);
      const g = await grantOf(ctx.db, w, c.id, 'disbursed');
      return {
        request: {
          method: 'POST',
          url: url(w.programP.id, c.id, `/disbursements/${g.ledger[0]!.id}/reverse`),
          payload: { reason: 'Cuenta equivocada' },
        },
      };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseen(w, role);
      return {
        request: {
          method: 'POST',
          url: url(programId, caseId, `/disbursements/${caseId}/reverse`),
          payload: { reason: 'Cuenta equivocada' },
        },
      };
    },
  },
  'POST /api/programs/:programId/cases/:caseId/grant/receipts': {
    inScope: async (w, ctx) => {
      const c = await freshCase(w, ctx);
      const g = await grantOf(ctx.db, w, c.id, 'disbursed');
      return {
        request: multipartRequest(url(w.programP.id, c.id, '/receipts'), 'f.pdf', PDF, {
          itemId: g.plan!.items[0]!.id,
          amountMinor: '100',
          issuedOn: today(),
          supplier: 'Proveedor',
        }),
      };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseen(w, role);
      return {
        request: multipartRequest(url(programId, caseId, '/receipts'), 'f.pdf', PDF, {
          itemId: caseId,
          amountMinor: '100',
          issuedOn: today(),
          supplier: 'Proveedor',
        }),
      };
    },
  },
  'GET /api/programs/:programId/cases/:caseId/grant/receipts/:receiptId': {
    inScope: async (w, ctx) => {
      const { receiptId } = await inCaseGrant(w, ctx);
      return { request: { url: url(w.programP.id, w.inCase.case.id, `/receipts/${receiptId}`) } };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseen(w, role);
      return { request: { url: url(programId, caseId, `/receipts/${caseId}`) } };
    },
  },
  'POST /api/programs/:programId/cases/:caseId/grant/settle': {
    inScope: async (w, ctx) => {
      const c = await freshCase(w, ctx);
      const g = await grantOf(ctx.db, w, c.id, 'disbursed');
      for (const item of g.plan!.items)
        await addReceipt({
          db: ctx.db,
          ...facilitatorOf(w),
          dataDir: ctx.config.dataDir,
          caseId: c.id,
          fields: {
            itemId: item.id,
            amount: String(item.totalMinor),
            issuedOn: today(),
            supplier: item.supplier,
          },
          file: { bytes: PDF, filename: 'f.pdf' },
        });
      return {
        request: { method: 'POST', url: url(w.programP.id, c.id, '/settle'), payload: {} },
      };
    },
    outOfScope: (w, _ctx, role) => {
      const { programId, caseId } = unseen(w, role);
      return { request: { method: 'POST', url: url(programId, caseId, '/settle'), payload: {} } };
    },
  },
  'POST /api/programs/:programId/grants/disburse-batch': {
    inScope: async (w, ctx) => {
      await grantsWithoutTraining(ctx.db, w);
      return {
        request: {
          method: 'POST',
          url: `/api/programs/${w.programP.id}/grants/disburse-batch`,
          payload: { tranche: 2, paidOn: today(), referencePrefix: 'LOTE', percent: 10 },
        },
      };
    },
    outOfScope: (w) => ({
      request: {
        method: 'POST',
        url: `/api/programs/${w.programQ.id}/grants/disburse-batch`,
        payload: { tranche: 1, paidOn: today(), referencePrefix: 'LOTE', percent: 10 },
      },
    }),
  },
  'GET /api/programs/:programId/grants/report': {
    inScope: (w) => ({ request: { url: `/api/programs/${w.programP.id}/grants/report` } }),
    outOfScope: (w) => ({ request: { url: `/api/programs/${w.programQ.id}/grants/report` } }),
  },
};
