/**
 * The work done on the demo's cases so far: encounters consistent with the stage each case
 * reached (so that the stage gates hold), the stage history, withdrawals, and what the board
 * and the list read without joins (names, priority groups, last encounter, next step).
 */
import { DEFAULT_STAGES } from '../../../shared/cases.ts';
import { ageInYears, requireIsoDate } from '../../../shared/domain/registration/dates.ts';
import type { caseEvents, encounters } from '../cases/cases.table.ts';
import type { DemoBusiness, DemoCase, DemoOwner } from './demo.generate.ts';
import { createRng, demoId } from './demo.random.ts';

type Insert<T extends { $inferInsert: unknown }> = Required<T['$inferInsert']>;
export type DemoEncounter = Insert<typeof encounters>;
export type DemoCaseEvent = Insert<typeof caseEvents>;

const DAY_MS = 86_400_000;

const NEXT_STEPS = [
  'Llevar el cuaderno de ventas de la última semana',
  'Averiguar el costo del registro en la Cámara de Comercio',
  'Separar las cuentas del negocio y de la casa',
  'Tomar fotos de los productos para el catálogo',
  'Pedir cotización de la nevera a dos proveedores',
  'Anotar gastos diarios durante quince días',
  'Revisar precios de la competencia del barrio',
  'Preparar la lista de clientes que fían',
];
const NOTES = [
  'La propietaria atendió en el local; buena disposición.',
  'Se revisaron ventas y gastos del mes con el cuaderno.',
  'Conversación por teléfono; prefiere encuentros en la mañana.',
  'Se explicó el diagnóstico por palancas y se acordaron prioridades.',
  'El negocio tuvo una semana floja por lluvias; se ajustó la meta.',
];

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Priority groups of a demo owner, as the call would count them. */
function groupsOf(owner: DemoOwner, asOf: string): string[] {
  const groups: string[] = [];
  if (owner.headOfHousehold) groups.push('head_of_household_mother');
  if (owner.birthDate) {
    const age = ageInYears(
      requireIsoDate(owner.birthDate, 'birthDate'),
      requireIsoDate(asOf, 'asOf'),
    );
    if (age >= 18 && age <= 28) groups.push('youth');
    if (age > 55) groups.push('over_55');
  }
  if (owner.disability) groups.push('disability');
  if (owner.conflictVictim) groups.push('conflict_victim');
  if (owner.ethnicGroup && owner.ethnicGroup !== 'none') groups.push('ethnic_community');
  if (owner.sex === 'F') groups.push('women');
  return groups;
}

/**
 * Fills the cases' work fields and returns their encounters and events. Encounters follow the
 * default gates: a case in stage k had one encounter in each earlier encounter stage, and some
 * already had the one of their current stage (those are ready to move).
 */
export function demoCaseWork(options: {
  seed: number;
  asOf: string;
  cases: DemoCase[];
  businesses: DemoBusiness[];
  owners: DemoOwner[];
}): { encounters: DemoEncounter[]; events: DemoCaseEvent[] } {
  const rng = createRng(options.seed).fork('case-work');
  const ids = rng.fork('ids');
  const asOfMs = Date.parse(options.asOf);
  const businessById = new Map(options.businesses.map((b) => [b.id, b]));
  const ownerByBusiness = new Map(options.owners.map((o) => [o.businessId, o]));
  const encounterRows: DemoEncounter[] = [];
  const events: DemoCaseEvent[] = [];

  for (const c of options.cases) {
    const business = businessById.get(c.businessId)!;
    const owner = ownerByBusiness.get(c.businessId)!;
    c.businessName = business.name;
    c.ownerName = `${owner.firstNames} ${owner.lastNames}`;
    c.priorityGroups = groupsOf(owner, isoDay(c.registeredAt.getTime()));

    const k = DEFAULT_STAGES.indexOf(c.stage as (typeof DEFAULT_STAGES)[number]);
    const startMs = c.registeredAt.getTime();
    const active = c.status === 'active';
    // Active cases are being worked on now; the others stopped when withdrawn or completed.
    const endMs = active
      ? asOfMs - DAY_MS
      : Math.min(asOfMs - DAY_MS, (c.withdrawnAt ?? c.completedAt ?? c.updatedAt).getTime());
    // An active case entered its stage a few weeks ago at most (most within the last two weeks); a
    // withdrawn one some time before leaving; a completed one when it completed.
    const enteredMs = active
      ? asOfMs -
        rng.weightedPick([
          [rng.int(2, 14), 8],
          [rng.int(15, 40), 2],
        ] as const) *
          DAY_MS
      : c.status === 'withdrawn'
        ? startMs + Math.floor((endMs - startMs) * 0.7)
        : c.updatedAt.getTime();
    c.stageEnteredAt = new Date(Math.max(startMs, Math.min(enteredMs, asOfMs - DAY_MS)));

    // Encounters before the current stage (one per encounter stage passed) and perhaps one in it.
    const before = k <= 3 ? k : k === 4 ? 3 : k === 5 ? 3 : 4;
    const followUps = k === 5 ? rng.int(0, 2) : 0;
    const inStage = (k <= 3 || k === 5 || k === 6) && rng.chance(k === 6 ? 1 : 0.45) ? 1 : 0;
    const total = before + followUps + inStage;
    const dates: number[] = [];
    for (let i = 0; i < before + followUps; i++) {
      const span = c.stageEnteredAt.getTime() - startMs;
      // Evenly spread, the last one shortly before the stage was entered (it opened the gate).
      const at =
        startMs + Math.floor((span * (i + 1)) / (before + followUps)) - rng.int(0, 2) * DAY_MS;
      dates.push(Math.max(startMs, at));
    }
    if (inStage) {
      const from = c.stageEnteredAt.getTime();
      dates.push(from + Math.floor(rng.next() * Math.max(DAY_MS, endMs - from)));
    }
    let lastNext = '';
    let lastDue: string | null = null;
    dates.forEach((ms, i) => {
      const when = Math.min(ms, asOfMs - DAY_MS);
      const stageAt =
        i < before
          ? DEFAULT_STAGES[Math.min(i, 3)]!
          : i < before + followUps
            ? 'follow_up'
            : c.stage;
      lastNext = rng.chance(0.85) || i === before - 1 ? rng.pick(NEXT_STEPS) : '';
      lastDue = lastNext ? isoDay(when + rng.int(7, 30) * DAY_MS) : null;
      const mode = rng.weightedPick([
        ['in_person', 6],
        ['phone', 3],
        ['video', 1],
      ] as const);
      encounterRows.push({
        businessId: c.businessId,
        id: demoId(ids, when),
        caseId: c.id,
        programId: c.programId,
        occurredOn: isoDay(when),
        mode,
        durationMinutes: mode === 'phone' ? rng.int(10, 30) : rng.int(40, 100),
        notes: rng.pick(NOTES),
        nextSteps: lastNext,
        nextStepDueOn: lastDue,
        stage: stageAt,
        recordedBy: c.facilitatorId,
        createdAt: new Date(when + 3 * 3_600_000),
      });
    });
    c.encounterCount = total;
    c.encountersInStage = inStage;
    c.lastEncounterOn = dates.length > 0 ? isoDay(Math.min(dates.at(-1)!, asOfMs - DAY_MS)) : null;
    c.nextStep = lastNext || null;
    c.nextStepDueOn = lastNext ? lastDue : null;
    c.withdrawalNote = c.withdrawalReason ? '' : null;

    // Stage history: one change per stage reached, spread between registration and now.
    for (let s = 1; s <= k; s++) {
      const at = startMs + Math.floor(((c.stageEnteredAt.getTime() - startMs) * s) / k);
      events.push({
        businessId: c.businessId,
        id: demoId(ids, at),
        caseId: c.id,
        programId: c.programId,
        kind: 'stage_changed',
        at: new Date(at),
        actorId: c.facilitatorId,
        detail: { from: DEFAULT_STAGES[s - 1], to: DEFAULT_STAGES[s] },
      });
    }
    if (c.withdrawnAt) {
      events.push({
        businessId: c.businessId,
        id: demoId(ids, c.withdrawnAt.getTime()),
        caseId: c.id,
        programId: c.programId,
        kind: 'withdrawn',
        at: c.withdrawnAt,
        actorId: c.facilitatorId,
        detail: { reason: c.withdrawalReason, stage: c.stage, note: '' },
      });
    }
  }
  return { encounters: encounterRows, events };
}
