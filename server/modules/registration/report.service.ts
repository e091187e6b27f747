import type { Executor } from '../../db/client.ts';
import type { ProgramAccess } from '../../http/context.ts';
import { requireCall } from './calls.service.ts';
import { applicantScope } from './registration.policy.ts';
import * as reportRepo from './report.repo.ts';

const ZERO = {
  registered: 0,
  eligible: 0,
  notEligible: 0,
  pending: 0,
  blocked: 0,
  selected: 0,
  waitlisted: 0,
  women: 0,
  documentsComplete: 0,
};

/** Applicants against goal and target per territory, the eligibility funnel and the priority groups. */
export async function callReport(options: { db: Executor; access: ProgramAccess; callId: string }) {
  const call = await requireCall(options.db, {
    programId: options.access.programId,
    callId: options.callId,
  });
  const scope = applicantScope(options.access);
  const [counts, groups] = await Promise.all([
    reportRepo.countsByTerritory(options.db, {
      callId: call.id,
      scope,
      requiredKinds: call.rules.requiredDocuments,
    }),
    reportRepo.priorityGroupCounts(options.db, { callId: call.id, scope }),
  ]);
  const byTerritory = new Map(counts.map((c) => [c.territoryCode, c]));
  const territories = call.territories.map((t) => {
    const { territoryCode: _code, ...c } = byTerritory.get(t.territoryCode) ?? {
      territoryCode: t.territoryCode,
      ...ZERO,
    };
    return { territoryCode: t.territoryCode, name: t.name, goal: t.goal, target: t.target, ...c };
  });
  const sum = (k: keyof typeof ZERO) => counts.reduce((s, c) => s + c[k], 0);
  const totals = {
    goal: call.territories.reduce((s, t) => s + t.goal, 0),
    target: call.territories.reduce((s, t) => s + t.target, 0),
    ...Object.fromEntries(Object.keys(ZERO).map((k) => [k, sum(k as keyof typeof ZERO)])),
  } as { goal: number; target: number } & typeof ZERO;
  return {
    territories: territories.map(({ documentsComplete: _d, ...t }) => t),
    totals: {
      goal: totals.goal,
      target: totals.target,
      registered: totals.registered,
      eligible: totals.eligible,
      notEligible: totals.notEligible,
      pending: totals.pending,
      blocked: totals.blocked,
      selected: totals.selected,
      waitlisted: totals.waitlisted,
      women: totals.women,
    },
    funnel: {
      registered: totals.registered,
      documentsComplete: totals.documentsComplete,
      eligible: totals.eligible,
      selected: totals.selected,
      waitlisted: totals.waitlisted,
    },
    priorityGroups: Object.fromEntries(groups.map((g) => [g.group, g.count])),
  };
}
