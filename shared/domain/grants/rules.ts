/**
 * The grant rules, pure: what a plan adds up to and whether it fits the settings, which
 * prerequisites stand between a grant and its disbursement, and what a settlement returns.
 */
import type { GrantCategory, Prerequisite, TGrantSettings } from '../../schemas/grants.ts';

export interface PlanItem {
  category: GrantCategory;
  quantity: number;
  unitCostMinor: number;
}

export const itemTotal = (i: Pick<PlanItem, 'quantity' | 'unitCostMinor'>) =>
  i.quantity * i.unitCostMinor;

export function planTotal(items: readonly Pick<PlanItem, 'quantity' | 'unitCostMinor'>[]) {
  let total = 0;
  for (const i of items) total += itemTotal(i);
  return total;
}

export interface PlanProblem {
  path: string;
  code: 'category_not_allowed' | 'total_over_cap';
  params?: Record<string, number>;
}

/** Items outside the allowed categories, and a total over the cap. */
export function checkPlan(
  settings: Pick<TGrantSettings, 'categories' | 'capMinor'>,
  items: readonly PlanItem[],
): PlanProblem[] {
  const problems: PlanProblem[] = [];
  items.forEach((item, i) => {
    if (!settings.categories.includes(item.category))
      problems.push({ path: `items.${i}.category`, code: 'category_not_allowed' });
  });
  const total = planTotal(items);
  if (total > settings.capMinor)
    problems.push({
      path: 'items',
      code: 'total_over_cap',
      params: { cap: settings.capMinor, total },
    });
  return problems;
}

export interface PrerequisiteFacts {
  planApproved: boolean;
  policy: { issuedOn: string; expiresOn: string } | null;
  /** null when the program names no training track. */
  trainingCompleted: boolean | null;
}

export interface PrerequisiteState {
  key: Prerequisite;
  met: boolean;
  reason: string | null;
}

/** Each prerequisite the program asks for, met or not and why, on a given day. */
export function prerequisiteStates(
  settings: Pick<TGrantSettings, 'prerequisites'>,
  facts: PrerequisiteFacts,
  today: string,
): PrerequisiteState[] {
  return settings.prerequisites.map((key) => {
    switch (key) {
      case 'plan_approved':
        return {
          key,
          met: facts.planApproved,
          reason: facts.planApproved ? null : 'plan_not_approved',
        };
      case 'policy': {
        const p = facts.policy;
        const reason = !p
          ? 'no_policy'
          : p.issuedOn > today
            ? 'policy_not_issued'
            : p.expiresOn < today
              ? 'policy_expired'
              : null;
        return { key, met: reason === null, reason };
      }
      case 'training': {
        const reason =
          facts.trainingCompleted === null
            ? 'no_track'
            : facts.trainingCompleted
              ? null
              : 'track_not_completed';
        return { key, met: reason === null, reason };
      }
    }
  });
}

/** What a settlement finds: receipts justify up to what was disbursed; the rest is returned. */
export function settlement(disbursedMinor: number, executedMinor: number) {
  const justified = Math.min(disbursedMinor, executedMinor);
  return { justifiedMinor: justified, toReturnMinor: disbursedMinor - justified };
}
