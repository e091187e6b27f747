/** Grants for tests, made through the services themselves: plan, acceptance, approval, policy. */
import type { Db } from '../db/client.ts';
import type { Actor, ProgramAccess } from '../http/context.ts';
import { saveGrantSettings } from '../modules/grants/grants.repo.ts';
import {
  acceptInvestmentPlan,
  approveInvestmentPlan,
  disburse,
  saveInvestmentPlan,
  savePolicy,
} from '../modules/grants/grants.service.ts';
import { DEFAULT_GRANT_SETTINGS } from '../../shared/schemas/grants.ts';
import { todayInColombia } from '../modules/registration/calls.service.ts';
import { coordinatorOf } from './assessment.ts';
import type { World } from './world.ts';

export const MILLION = 100_000_000; // COP 1,000,000 in centavos

/** The program's settings without the training prerequisite (tests that do not train). */
export async function grantsWithoutTraining(db: Db, w: World) {
  await saveGrantSettings(db, w.programP.id, {
    ...DEFAULT_GRANT_SETTINGS,
    prerequisites: ['policy', 'plan_approved'],
    tranches: 2,
  });
}

export function facilitatorOf(w: World): { actor: Actor; access: ProgramAccess } {
  return {
    actor: { userId: w.users.facilitator.id, organizationId: w.orgA.id, requestId: 't', ip: null },
    access: {
      programId: w.programP.id,
      organizationId: w.orgA.id,
      userId: w.users.facilitator.id,
      role: 'facilitator',
      scope: { type: 'own', cities: [], localities: [] },
    },
  };
}

export const PLAN_ITEMS = [
  {
    category: 'working_capital' as const,
    description: 'Harina y azúcar para la temporada',
    quantity: 10,
    unitCostMinor: 300_000_00,
    supplier: 'Distribuidora El Trigal',
  },
  {
    category: 'formalization' as const,
    description: 'Matrícula mercantil y RUT',
    quantity: 1,
    unitCostMinor: 2 * MILLION,
    supplier: 'Cámara de Comercio',
  },
];

/**
 * A case's grant up to a stage: the facilitator's plan, accepted; approved by the coordinator;
 * with a policy issued today; disbursed in full.
 */
export async function grantOf(
  db: Db,
  w: World,
  caseId: string,
  until: 'plan' | 'accepted' | 'approved' | 'policy' | 'disbursed',
) {
  const f = facilitatorOf(w);
  let grant = await saveInvestmentPlan({ db, ...f, caseId, body: { items: PLAN_ITEMS } });
  if (until === 'plan') return grant;
  const today = todayInColombia();
  grant = await acceptInvestmentPlan({
    db,
    ...f,
    caseId,
    body: { acceptedOn: today, via: 'signature', version: grant.plan!.version },
  });
  if (until === 'accepted') return grant;
  grant = await approveInvestmentPlan({
    db,
    ...coordinatorOf(w),
    caseId,
    body: { version: grant.plan!.version },
  });
  if (until === 'approved') return grant;
  grant = await savePolicy({
    db,
    ...f,
    caseId,
    body: {
      insurer: 'Seguros Bolívar',
      number: `POL-${caseId.slice(-6)}`,
      issuedOn: today,
      expiresOn: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`,
      insuredMinor: 3 * MILLION,
    },
  });
  if (until === 'policy') return grant;
  return disburse({
    db,
    ...coordinatorOf(w),
    caseId,
    body: {
      tranche: 1,
      amountMinor: grant.grant!.approvedMinor,
      paidOn: today,
      reference: `TRF-${caseId.slice(-6)}`,
    },
  });
}
