/**
 * Stage gates: what a case still needs before it may enter a stage. Pure, shared by the server
 * (which enforces it) and the web (which asks for exactly what is missing).
 */
import type { TCaseSettings, TGateRequirement } from '../../schemas/cases.ts';

/** What is known about a case when it is moved. */
export interface CaseFacts {
  stage: string;
  encounters: number;
  /** Encounters recorded since the case entered its current stage. */
  encountersInStage: number;
  lastNextSteps: string | null;
  ownerPhone: string | null;
  /** From the assessment and the plan (absent facts count as not met). */
  diagnosed?: boolean;
  planDesigned?: boolean;
  planPresented?: boolean;
  planCompleted?: boolean;
}

function isMet(requirement: TGateRequirement, facts: CaseFacts): boolean {
  switch (requirement.kind) {
    case 'min_encounters':
      return facts.encounters >= requirement.count;
    case 'encounter_in_stage':
      return facts.encountersInStage > 0;
    case 'next_steps':
      return (facts.lastNextSteps ?? '').trim() !== '';
    case 'owner_phone':
      return (facts.ownerPhone ?? '').trim() !== '';
    case 'diagnosis':
      return facts.diagnosed === true;
    case 'plan':
      return facts.planDesigned === true;
    case 'plan_presented':
      return facts.planPresented === true;
    case 'plan_completed':
      return facts.planCompleted === true;
  }
}

export type MoveCheck =
  | { ok: true; direction: 'forward' | 'backward' | 'same' }
  | { ok: false; reason: 'unknown_stage' }
  /** Forward over a stage that has requirements of its own: move one stage at a time. */
  | { ok: false; reason: 'stage_skipped'; stage: string }
  | { ok: false; reason: 'gate_unmet'; missing: TGateRequirement[] };

/**
 * Whether a case may move to `target`. Going back is always allowed (a correction); going
 * forward needs the target's requirements met, and may pass over intermediate stages only when
 * they ask for nothing.
 */
export function checkMove(settings: TCaseSettings, facts: CaseFacts, target: string): MoveCheck {
  const ids = settings.stages.map((s) => s.id);
  const from = ids.indexOf(facts.stage);
  const to = ids.indexOf(target);
  if (to < 0) return { ok: false, reason: 'unknown_stage' };
  if (from < 0 || to < from) return { ok: true, direction: 'backward' };
  if (to === from) return { ok: true, direction: 'same' };
  for (const stage of settings.stages.slice(from + 1, to)) {
    if (stage.requires.length > 0) return { ok: false, reason: 'stage_skipped', stage: stage.id };
  }
  const missing = missingForStage(settings, facts, target);
  return missing.length > 0
    ? { ok: false, reason: 'gate_unmet', missing }
    : { ok: true, direction: 'forward' };
}

/** The requirements of `target` that the case does not meet yet, in the configured order. */
export function missingForStage(
  settings: TCaseSettings,
  facts: CaseFacts,
  target: string,
): TGateRequirement[] {
  const stage = settings.stages.find((s) => s.id === target);
  return (stage?.requires ?? []).filter((r) => !isMet(r, facts));
}

/** Whether recording one encounter now (with next steps if given) would satisfy all of them. */
export function encounterSatisfies(
  missing: readonly TGateRequirement[],
  facts: CaseFacts,
): boolean {
  return missing.every(
    (r) =>
      r.kind === 'encounter_in_stage' ||
      r.kind === 'next_steps' ||
      (r.kind === 'min_encounters' && facts.encounters + 1 >= r.count),
  );
}

/** The stage after `stage`, or null at the end. */
export function nextStage(settings: TCaseSettings, stage: string): string | null {
  const ids = settings.stages.map((s) => s.id);
  const i = ids.indexOf(stage);
  return i >= 0 && i + 1 < ids.length ? ids[i + 1]! : null;
}

/** The last stage completes a case. */
export function isFinalStage(settings: TCaseSettings, stage: string): boolean {
  return settings.stages.at(-1)?.id === stage;
}
