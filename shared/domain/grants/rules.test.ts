import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRANT_SETTINGS } from '../../schemas/grants.ts';
import { checkPlan, planTotal, prerequisiteStates, settlement } from './rules.ts';

const MILLION = 100_000_000;

describe('grant rules', () => {
  it('refuses items outside the categories and a total over the cap', () => {
    const items = [
      { category: 'working_capital' as const, quantity: 2, unitCostMinor: 3 * MILLION },
      { category: 'equipment' as const, quantity: 1, unitCostMinor: 2 * MILLION + 1 },
    ];
    expect(planTotal(items)).toBe(8 * MILLION + 1);
    expect(checkPlan(DEFAULT_GRANT_SETTINGS, items)).toEqual([
      { path: 'items.1.category', code: 'category_not_allowed' },
      {
        path: 'items',
        code: 'total_over_cap',
        params: { cap: 8 * MILLION, total: 8 * MILLION + 1 },
      },
    ]);
    expect(
      checkPlan(DEFAULT_GRANT_SETTINGS, [
        { ...items[0]!, quantity: 1 },
        { ...items[1]!, category: 'formalization' },
      ]),
    ).toEqual([]);
  });

  it('says which prerequisite is missing and why', () => {
    const all = { prerequisites: ['policy', 'training', 'plan_approved'] as const };
    const facts = {
      planApproved: true,
      policy: { issuedOn: '2026-10-01', expiresOn: '2027-10-01' },
      trainingCompleted: true,
    };
    const reasons = (f: typeof facts | Record<string, unknown>, today = '2026-11-20') =>
      prerequisiteStates({ prerequisites: [...all.prerequisites] }, f as typeof facts, today)
        .filter((s) => !s.met)
        .map((s) => s.reason);
    expect(reasons(facts)).toEqual([]);
    expect(reasons({ ...facts, policy: null })).toEqual(['no_policy']);
    expect(reasons(facts, '2027-11-01')).toEqual(['policy_expired']);
    expect(reasons(facts, '2026-09-01')).toEqual(['policy_not_issued']);
    expect(reasons({ ...facts, trainingCompleted: false, planApproved: false })).toEqual([
      'track_not_completed',
      'plan_not_approved',
    ]);
    expect(reasons({ ...facts, trainingCompleted: null })).toEqual(['no_track']);
    expect(
      prerequisiteStates({ prerequisites: [] }, { ...facts, policy: null }, '2026-11-20'),
    ).toEqual([]);
  });

  it('settles to the peso: justified plus returned is what was disbursed', () => {
    fc.assert(
      fc.property(fc.nat(10 ** 12), fc.nat(10 ** 12), (disbursed, executed) => {
        const s = settlement(disbursed, executed);
        expect(s.justifiedMinor + s.toReturnMinor).toBe(disbursed);
        expect(s.toReturnMinor).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
