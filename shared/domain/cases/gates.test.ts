import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE_SETTINGS, ZCaseSettings } from '../../schemas/cases.ts';
import {
  checkMove,
  encounterSatisfies,
  isFinalStage,
  missingForStage,
  nextStage,
  type CaseFacts,
} from './gates.ts';

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  stage: 'first_encounter',
  encounters: 0,
  encountersInStage: 0,
  lastNextSteps: null,
  ownerPhone: '3101234567',
  ...over,
});
const settings = DEFAULT_CASE_SETTINGS;

describe('stage gates', () => {
  it('asks for the encounter of the stage being left, and the owner phone', () => {
    expect(checkMove(settings, facts(), 'second_encounter')).toEqual({
      ok: false,
      reason: 'gate_unmet',
      missing: [{ kind: 'encounter_in_stage' }],
    });
    expect(checkMove(settings, facts({ ownerPhone: ' ' }), 'second_encounter')).toMatchObject({
      missing: [{ kind: 'encounter_in_stage' }, { kind: 'owner_phone' }],
    });
    expect(
      checkMove(settings, facts({ encounters: 1, encountersInStage: 1 }), 'second_encounter'),
    ).toEqual({ ok: true, direction: 'forward' });
  });

  it('counts encounters and asks for the diagnosis before waiting for the plan', () => {
    const third = facts({ stage: 'third_encounter', encounters: 2, encountersInStage: 1 });
    expect(missingForStage(settings, third, 'waiting_plan')).toEqual([
      { kind: 'min_encounters', count: 3 },
      { kind: 'diagnosis' },
    ]);
    expect(
      missingForStage(settings, { ...third, encounters: 3, diagnosed: true }, 'waiting_plan'),
    ).toEqual([]);
  });

  it('asks for the plan, its presentation and the completion rule in the plan stages', () => {
    const waiting = facts({ stage: 'waiting_plan', encounters: 3, diagnosed: true });
    expect(missingForStage(settings, waiting, 'plan_designed')).toEqual([{ kind: 'plan' }]);
    const designed = { ...waiting, stage: 'plan_designed', planDesigned: true };
    expect(missingForStage(settings, designed, 'plan_designed')).toEqual([]);
    expect(missingForStage(settings, designed, 'follow_up')).toEqual([{ kind: 'plan_presented' }]);
    const following = {
      ...designed,
      stage: 'follow_up',
      planPresented: true,
      encountersInStage: 1,
    };
    expect(missingForStage(settings, following, 'follow_up')).toEqual([]);
    expect(missingForStage(settings, following, 'completed')).toEqual([{ kind: 'plan_completed' }]);
    expect(missingForStage(settings, { ...following, planCompleted: true }, 'completed')).toEqual(
      [],
    );
    // Facts that are not known count as not met.
    expect(missingForStage(settings, facts({ stage: 'waiting_plan' }), 'plan_designed')).toEqual([
      { kind: 'plan' },
    ]);
  });

  it('refuses to skip a stage that has requirements, allows skipping one that has none', () => {
    expect(checkMove(settings, facts({ encountersInStage: 1 }), 'third_encounter')).toEqual({
      ok: false,
      reason: 'stage_skipped',
      stage: 'second_encounter',
    });
    // A stage that asks for nothing may be passed over.
    const open = {
      ...settings,
      stages: settings.stages.map((s) => (s.id === 'follow_up' ? { ...s, requires: [] } : s)),
    };
    const plan = facts({
      stage: 'plan_designed',
      encounters: 4,
      encountersInStage: 1,
      planCompleted: true,
    });
    expect(checkMove(open, plan, 'completed')).toEqual({ ok: true, direction: 'forward' });
    expect(checkMove(settings, plan, 'completed')).toEqual({
      ok: false,
      reason: 'stage_skipped',
      stage: 'follow_up',
    });
  });

  it('lets a card go back without gates, and rejects unknown stages', () => {
    expect(checkMove(settings, facts({ stage: 'waiting_plan' }), 'first_encounter')).toEqual({
      ok: true,
      direction: 'backward',
    });
    expect(checkMove(settings, facts(), 'first_encounter')).toEqual({
      ok: true,
      direction: 'same',
    });
    expect(checkMove(settings, facts(), 'nowhere')).toEqual({ ok: false, reason: 'unknown_stage' });
  });

  it('knows when one encounter now would open the gate', () => {
    const f = facts({ stage: 'third_encounter', encounters: 2, diagnosed: true });
    expect(encounterSatisfies(missingForStage(settings, f, 'waiting_plan'), f)).toBe(true);
    // The diagnosis is not something an encounter gives.
    const undiagnosed = { ...f, diagnosed: false };
    expect(
      encounterSatisfies(missingForStage(settings, undiagnosed, 'waiting_plan'), undiagnosed),
    ).toBe(false);
    expect(encounterSatisfies([{ kind: 'min_encounters', count: 4 }], f)).toBe(false);
    expect(encounterSatisfies([{ kind: 'owner_phone' }], f)).toBe(false);
  });

  it('walks the stages in order and completes at the last one', () => {
    expect(nextStage(settings, 'first_encounter')).toBe('second_encounter');
    expect(nextStage(settings, 'completed')).toBeNull();
    expect(isFinalStage(settings, 'completed')).toBe(true);
    expect(isFinalStage(settings, 'follow_up')).toBe(false);
  });

  it('validates a configuration: repeated stages, bad ids and limits are reported by path', () => {
    const bad = ZCaseSettings.safeParse({
      ...settings,
      stages: [settings.stages[0], settings.stages[0], { ...settings.stages[1], id: 'Mal Id' }],
      caseload: { recommended: 50, maximum: 10 },
    });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'stages.1.id:stage_repeated',
        'stages.2.id:stage_id_format',
        'caseload.maximum:maximum_below_recommended',
      ]),
    );
    expect(ZCaseSettings.safeParse(settings).success).toBe(true);
  });
});
