import type { FieldError } from '../../../../shared/errors.ts';
import type { CaseFacts } from '../../../../shared/domain/cases/gates.ts';
import type {
  GateKind,
  TCaseCard,
  TCaseDetail,
  TCaseSettings,
  TGateRequirement,
} from '../../../../shared/schemas/cases.ts';
import { isApiError } from '../../api/client.ts';

const GATE_KINDS: readonly GateKind[] = [
  'min_encounters',
  'encounter_in_stage',
  'next_steps',
  'owner_phone',
  'diagnosis',
  'plan',
  'plan_presented',
  'plan_completed',
];

/**
 * What is known of a case to check a move before asking the server. A card knows its stage and
 * how many encounters it has; the rest comes from its page when it was opened, else it is taken
 * as met and the server has the last word (its 422 opens the same dialog).
 */
export function caseFacts(card: TCaseCard, detail?: TCaseDetail | null): CaseFacts {
  const plan = {
    diagnosed: card.overallLevel !== null,
    planDesigned: card.planState !== null,
    planPresented: card.planState === 'presented',
    planCompleted: card.planCompleted,
  };
  if (!detail || detail.version !== card.version) {
    return {
      stage: card.stage,
      encounters: card.encounterCount,
      encountersInStage: 1,
      lastNextSteps: '…',
      ownerPhone: '…',
      ...plan,
    };
  }
  const latest = [...detail.encounters].sort((a, b) =>
    (b.occurredOn + b.createdAt).localeCompare(a.occurredOn + a.createdAt),
  )[0];
  return {
    stage: detail.stage,
    encounters: detail.encounters.length,
    encountersInStage: encountersSinceEnteringStage(detail),
    lastNextSteps: latest?.nextSteps ?? null,
    ownerPhone: detail.owner.phone,
    ...plan,
  };
}

/** Encounters recorded after the case last entered its stage (from the timeline). */
function encountersSinceEnteringStage(detail: TCaseDetail): number {
  const entered = detail.timeline
    .filter((e) => e.kind === 'stage_changed' && e.detail.to === detail.stage)
    .map((e) => e.at)
    .sort()
    .at(-1);
  return detail.encounters.filter(
    (e) => e.stage === detail.stage && (!entered || e.createdAt >= entered),
  ).length;
}

/** The requirements a 422 `gate_unmet` lists, with the target stage's configured numbers. */
export function missingFromError(
  error: unknown,
  settings: TCaseSettings,
  target: string,
): TGateRequirement[] | null {
  if (!isApiError(error) || error.code !== 'gate_unmet') return null;
  const configured = settings.stages.find((s) => s.id === target)?.requires ?? [];
  const out: TGateRequirement[] = [];
  for (const field of error.fields as (FieldError & { params?: Record<string, unknown> })[]) {
    const kind = (field.code || field.path).replace(/^gate\./, '');
    if (!(GATE_KINDS as readonly string[]).includes(kind)) continue;
    const known = configured.find((r) => r.kind === kind);
    if (known) out.push(known);
    else if (kind === 'min_encounters')
      out.push({ kind, count: Number(field.params?.count ?? 1) || 1 });
    else out.push({ kind } as TGateRequirement);
  }
  return out;
}
