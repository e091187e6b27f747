import { evaluateEligibility } from '../../../shared/domain/registration/eligibility.ts';
import { priorityScore } from '../../../shared/domain/registration/priority.ts';
import type { TCall } from '../../../shared/schemas/registration.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './applicants.repo.ts';
import { requireCall } from './calls.service.ts';

/**
 * Evaluates every applicant of a call again with the call's current rules (after the rules, a
 * document or a duplicate decision changed). Returns how many were evaluated.
 */
export async function reevaluateApplicants(tx: Executor, call: TCall, onlyIds?: string[]) {
  const territoryCodes = call.territories.map((t) => t.territoryCode);
  const [rows, documents] = await Promise.all([
    repo.applicantsForEvaluation(tx, { callId: call.id, ids: onlyIds }),
    repo.documentStatuses(tx, { callId: call.id, ids: onlyIds }),
  ]);
  const docsOf = new Map<string, Array<{ kind: string; status: string }>>();
  for (const d of documents) docsOf.set(d.applicantId, [...(docsOf.get(d.applicantId) ?? []), d]);
  const updates = rows.map((a) => {
    const eligibility = evaluateEligibility({
      applicant: a.data,
      rules: call.rules,
      territoryCodes,
      asOf: call.opensOn,
      previousBeneficiary: a.previousBeneficiary,
      documents: (docsOf.get(a.id) ?? []) as Parameters<typeof evaluateEligibility>[0]['documents'],
    });
    const priority = priorityScore({
      applicant: a.data,
      weights: call.rules.priorityWeights,
      asOf: call.opensOn,
    });
    return {
      id: a.id,
      verdict: eligibility.verdict,
      eligibility: eligibility.criteria,
      rulesVersion: call.rulesVersion,
      priorityScore: priority.score,
      priorityGroups: priority.groups,
    };
  });
  await repo.updateEvaluations(tx, updates);
  return updates.length;
}

/** One applicant judged again with their call's current rules (after a document or a duplicate decision). */
export async function reevaluateApplicant(
  tx: Executor,
  applicant: { id: string; programId: string; callId: string },
) {
  const call = await requireCall(tx, { programId: applicant.programId, callId: applicant.callId });
  await reevaluateApplicants(tx, call, [applicant.id]);
}

export async function reevaluateCall(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  callId: string;
}) {
  return options.db.transaction(async (tx) => {
    const call = await requireCall(tx, {
      programId: options.access.programId,
      callId: options.callId,
    });
    const evaluated = await reevaluateApplicants(tx, call);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'call.reevaluate',
      entityType: 'call',
      entityId: call.id,
      programId: options.access.programId,
      after: { rulesVersion: call.rulesVersion, evaluated },
    });
    return { evaluated };
  });
}
