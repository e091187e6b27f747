import { evaluateEligibility } from '../../../shared/domain/registration/eligibility.ts';
import { priorityScore } from '../../../shared/domain/registration/priority.ts';
import type { TApplicantInput, TCall, TCallRules } from '../../../shared/schemas/registration.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './applicants.repo.ts';
import * as callsRepo from './calls.repo.ts';
import { requireCall } from './calls.service.ts';

type Documents = Parameters<typeof evaluateEligibility>[0]['documents'];

/** The eligibility and priority of one application under a call's rules. */
export function judge(
  call: Pick<TCall, 'territories' | 'opensOn'>,
  rules: TCallRules,
  options: {
    applicant: TApplicantInput;
    previousBeneficiary: boolean | null;
    documents: Documents;
  },
) {
  const eligibility = evaluateEligibility({
    applicant: options.applicant,
    rules,
    territoryCodes: call.territories.map((t) => t.territoryCode),
    asOf: call.opensOn,
    previousBeneficiary: options.previousBeneficiary,
    documents: options.documents,
  });
  const priority = priorityScore({
    applicant: options.applicant,
    weights: rules.priorityWeights,
    asOf: call.opensOn,
  });
  return { eligibility, priority };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Evaluates applicants of a call again with the call's current rules (after the rules, a
 * document or a duplicate decision changed) and writes the ones whose result changed. Returns
 * how many were evaluated and how many changed.
 */
export async function reevaluateApplicants(tx: Executor, call: TCall, onlyIds?: string[]) {
  const rows = await repo.applicantsForEvaluation(tx, { callId: call.id, ids: onlyIds });
  const documents = await repo.documentStatuses(tx, { callId: call.id, ids: onlyIds });
  const docsOf = new Map<string, Documents[number][]>();
  for (const d of documents) {
    const list = docsOf.get(d.applicantId) ?? [];
    list.push(d as Documents[number]);
    docsOf.set(d.applicantId, list);
  }
  const changed = [];
  for (const a of rows) {
    const { eligibility, priority } = judge(call, call.rules, {
      applicant: repo.toApplicantInput(a),
      previousBeneficiary: a.previousBeneficiary,
      documents: docsOf.get(a.id) ?? [],
    });
    const next = {
      id: a.id,
      verdict: eligibility.verdict,
      criteriaOutcomes: eligibility.criteria.map((c) => c.outcome),
      rulesVersion: call.rulesVersion,
      priorityScore: priority.score,
      priorityGroups: priority.groups,
    };
    const same =
      a.verdict === next.verdict &&
      a.rulesVersion === next.rulesVersion &&
      a.priorityScore === next.priorityScore &&
      sameList(a.criteriaOutcomes, next.criteriaOutcomes) &&
      sameList(a.priorityGroups, next.priorityGroups);
    if (!same) changed.push(next);
  }
  await repo.updateEvaluations(tx, changed);
  return { evaluated: rows.length, changed: changed.length };
}

/**
 * The explanation of an applicant's eligibility: each criterion of the rules version that
 * judged them, with its outcome and the numbers behind it.
 */
export async function explainEligibility(
  db: Executor,
  call: TCall,
  applicant: repo.InputColumns & {
    id: string;
    rulesVersion: number;
    previousBeneficiary: boolean | null;
  },
) {
  const [rules, documents] = await Promise.all([
    applicant.rulesVersion === call.rulesVersion
      ? call.rules
      : callsRepo.findRules(db, call.id, applicant.rulesVersion).then((r) => r?.rules),
    repo.documentStatuses(db, { callId: call.id, ids: [applicant.id] }),
  ]);
  return judge(call, rules ?? call.rules, {
    applicant: repo.toApplicantInput(applicant),
    previousBeneficiary: applicant.previousBeneficiary,
    documents: documents as Documents,
  }).eligibility;
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
    const result = await reevaluateApplicants(tx, call);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'call.reevaluate',
      entityType: 'call',
      entityId: call.id,
      programId: options.access.programId,
      after: { rulesVersion: call.rulesVersion, ...result },
    });
    return result;
  });
}
