import {
  checkMove,
  isFinalStage,
  missingForStage,
  nextStage,
  type CaseFacts,
} from '../../../shared/domain/cases/gates.ts';
import type {
  TBoard,
  TCaseCard,
  TCaseDetail,
  TCaseFilter,
  TCaseListQuery,
  TCaseSettings,
  TEncounterBody,
  TTimelineEntry,
} from '../../../shared/schemas/cases.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, invalidFields, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { caseScope } from './cases.policy.ts';
import * as repo from './cases.repo.ts';
import { loadCaseSettings } from './settings.service.ts';

const BOARD_PAGE = 50;

export function card(r: repo.CardRow): TCaseCard {
  return {
    id: r.id,
    version: r.version,
    businessName: r.businessName,
    ownerName: r.ownerName,
    stage: r.stage,
    status: r.status as TCaseCard['status'],
    municipalityCode: r.municipalityCode,
    localityCode: r.localityCode,
    facilitatorId: r.facilitatorId,
    facilitatorName: r.facilitatorName,
    supervisorId: r.supervisorId,
    registeredAt: r.registeredAt.toISOString(),
    lastEncounterOn: r.lastEncounterOn,
    encounterCount: r.encounterCount,
    encountersInStage: r.encountersInStage,
    lastNextSteps: r.lastNextSteps,
    withdrawalReason: r.withdrawalReason,
    overallLevel: r.overallLevel as TCaseCard['overallLevel'],
    needsMentor: r.needsMentor,
    planState: r.planState as TCaseCard['planState'],
    planCompleted: r.planCompleted,
  };
}

/** The board: every active stage column with its count and first cards, filtered and scoped. */
export async function getBoard(options: {
  db: Db;
  access: ProgramAccess;
  filter: TCaseFilter;
}): Promise<TBoard> {
  const { db, access } = options;
  const settings = await loadCaseSettings(db, access.programId);
  const { counts, cards, withdrawn } = await repo.board(db, {
    programId: access.programId,
    scope: caseScope(access),
    filter: options.filter,
    perColumn: BOARD_PAGE,
  });
  const countOf = new Map(counts.map((c) => [c.stage, c.n]));
  return {
    settings,
    columns: settings.stages.map((s) => ({
      stage: s.id,
      count: countOf.get(s.id) ?? 0,
      cards: cards.filter((c) => c.stage === s.id).map(card),
    })),
    withdrawn,
  };
}

export async function listCases(options: { db: Db; access: ProgramAccess; query: TCaseListQuery }) {
  const { query, access } = options;
  const { sort, direction, page, pageSize, stage, ...filter } = query;
  const { rows, total } = await repo.listCases(options.db, {
    programId: access.programId,
    scope: caseScope(access),
    filter,
    stage,
    sort,
    direction,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: rows.map(card), page, pageSize, total };
}

function facts(row: repo.CaseRow, lastNextSteps: string | null): CaseFacts {
  return {
    stage: row.stage,
    encounters: row.encounterCount,
    encountersInStage: row.encountersInStage,
    lastNextSteps,
    ownerPhone: row.owner.phone,
    diagnosed: row.overallLevel !== null,
    planDesigned: row.planState !== null,
    planPresented: row.planState === 'presented',
    planCompleted: row.planCompleted,
  };
}

export async function requireCase(
  db: Executor,
  access: ProgramAccess,
  caseId: string,
  lock = false,
): Promise<repo.CaseRow> {
  const row = await repo.findCase(db, {
    programId: access.programId,
    caseId,
    scope: caseScope(access),
    lock,
  });
  if (!row) throw notFound();
  return row;
}

/** The case page: summary, what the next stage still needs, encounters and the whole timeline. */
export async function getCase(options: {
  db: Executor;
  access: ProgramAccess;
  caseId: string;
}): Promise<TCaseDetail> {
  const { db, access } = options;
  const row = await requireCase(db, access, options.caseId);
  const [settings, encounterRows, events, attachments] = await Promise.all([
    loadCaseSettings(db, access.programId),
    repo.encountersOf(db, row.id),
    repo.eventsOf(db, row.id),
    repo.attachmentsOf(db, row.id),
  ]);
  const next = row.status === 'active' ? nextStage(settings, row.stage) : null;
  const encountersOut = encounterRows.map((e) => ({
    id: e.id,
    occurredOn: e.occurredOn,
    mode: e.mode as TCaseDetail['encounters'][number]['mode'],
    durationMinutes: e.durationMinutes,
    notes: e.notes,
    nextSteps: e.nextSteps,
    nextStepDueOn: e.nextStepDueOn,
    stage: e.stage,
    recordedBy: e.recordedBy,
    recordedByName: e.recordedByName,
    createdAt: e.createdAt.toISOString(),
    attachments: attachments
      .filter((a) => a.encounterId === e.id)
      .map((a) => ({
        id: a.id,
        originalName: a.originalName,
        mimeType: a.mimeType,
        sizeBytes: a.sizeBytes,
      })),
  }));
  const timeline: TTimelineEntry[] = [
    ...events.map((e) => ({
      id: e.id,
      kind: e.kind as TTimelineEntry['kind'],
      at: e.at.toISOString(),
      actorName: e.actorName,
      detail: e.detail,
    })),
    ...encountersOut.map((e) => ({
      id: e.id,
      kind: 'encounter' as const,
      at: `${e.occurredOn}T12:00:00.000Z`,
      actorName: e.recordedByName,
      detail: { ...e },
    })),
    {
      id: `registered-${row.id}`,
      kind: 'registered' as const,
      at: row.registeredAt.toISOString(),
      actorName: null,
      detail: {},
    },
  ].sort((a, b) => b.at.localeCompare(a.at));
  return {
    ...card(row),
    business: row.business,
    owner: {
      name: `${row.owner.firstNames} ${row.owner.lastNames}`,
      documentType: row.owner.documentType,
      documentNumber: row.owner.documentNumber,
      phone: row.owner.phone,
      email: row.owner.email,
      sex: row.owner.sex,
    },
    supervisorName: row.supervisorName,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    withdrawalNote: row.withdrawalNote,
    next: next
      ? {
          stage: next,
          missing: missingForStage(settings, facts(row, row.nextStep), next),
        }
      : null,
    nextStep: row.nextStep ? { text: row.nextStep, dueOn: row.nextStepDueOn } : null,
    encounters: encountersOut,
    timeline,
  };
}

function assertVersion(row: repo.CaseRow, version: number) {
  if (row.version !== version) throw new AppError('conflict', { params: { version: row.version } });
}

/** Writes a case if its version is still the one read; otherwise the caller gets a conflict. */
async function writeCase(
  tx: Executor,
  row: repo.CaseRow,
  values: Parameters<typeof repo.updateCase>[1]['values'],
) {
  if (!(await repo.updateCase(tx, { caseId: row.id, version: row.version, values })))
    throw new AppError('conflict');
}

/** Records an encounter in a locked case; returns the case as it is after it. */
async function addEncounter(
  tx: Executor,
  options: { row: repo.CaseRow; actor: Actor; body: TEncounterBody },
): Promise<repo.CaseRow> {
  const { row, body } = options;
  const today = new Date().toISOString().slice(0, 10);
  if (body.occurredOn > today)
    throw invalidFields([{ path: 'occurredOn', code: 'date_in_future' }]);
  if (body.occurredOn < row.registeredAt.toISOString().slice(0, 10))
    throw invalidFields([{ path: 'occurredOn', code: 'date_before_registration' }]);
  await repo.insertEncounter(tx, {
    businessId: row.businessId,
    caseId: row.id,
    programId: row.programId,
    occurredOn: body.occurredOn,
    mode: body.mode,
    durationMinutes: body.durationMinutes,
    notes: body.notes,
    nextSteps: body.nextSteps,
    nextStepDueOn: body.nextStepDueOn,
    stage: row.stage,
    recordedBy: options.actor.userId,
  });
  const latest = !row.lastEncounterOn || body.occurredOn >= row.lastEncounterOn;
  const values = {
    encounterCount: row.encounterCount + 1,
    encountersInStage: row.encountersInStage + 1,
    ...(latest
      ? {
          lastEncounterOn: body.occurredOn,
          nextStep: body.nextSteps || null,
          nextStepDueOn: body.nextSteps ? body.nextStepDueOn : null,
        }
      : {}),
  };
  await writeCase(tx, row, values);
  await recordAudit({
    tx,
    actor: options.actor,
    action: 'encounter.create',
    entityType: 'case',
    entityId: row.id,
    programId: row.programId,
    businessId: row.businessId,
    after: { ...body, stage: row.stage },
  });
  return {
    ...row,
    ...values,
    lastEncounterOn: values.lastEncounterOn ?? row.lastEncounterOn,
    nextStep: latest ? body.nextSteps || null : row.nextStep,
    nextStepDueOn: latest ? (body.nextSteps ? body.nextStepDueOn : null) : row.nextStepDueOn,
    version: row.version + 1,
  };
}

function requireActive(row: repo.CaseRow) {
  if (row.status === 'withdrawn') throw new AppError('case_not_active');
}

export async function recordEncounter(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: TEncounterBody;
}) {
  await options.db.transaction(async (tx) => {
    const row = await requireCase(tx, options.access, options.caseId, true);
    requireActive(row);
    await addEncounter(tx, { row, actor: options.actor, body: options.body });
  });
  return getCase({ db: options.db, access: options.access, caseId: options.caseId });
}

/**
 * Moves a card. The mover's version must still be current (else 409, nothing written). Going
 * forward, the target stage's gate must be met — an encounter sent with the move is recorded
 * first, in the same transaction, so the dialog that asked for it moves the card in one step.
 */
export async function moveCase(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: { stage: string; version: number; encounter?: TEncounterBody | undefined };
}) {
  const { body } = options;
  await options.db.transaction(async (tx) => {
    let row = await requireCase(tx, options.access, options.caseId, true);
    assertVersion(row, body.version);
    requireActive(row);
    const settings = await loadCaseSettings(tx, options.access.programId);
    if (body.encounter)
      row = await addEncounter(tx, { row, actor: options.actor, body: body.encounter });
    const check = checkMove(settings, facts(row, row.nextStep), body.stage);
    if (!check.ok) throw moveError(check);
    if (check.direction === 'same') return;
    const final = isFinalStage(settings, body.stage);
    const now = new Date();
    await writeCase(tx, row, {
      stage: body.stage,
      stageEnteredAt: now,
      encountersInStage: 0,
      status: final ? 'completed' : 'active',
      completedAt: final ? now : null,
    });
    await repo.insertEvents(tx, [
      {
        businessId: row.businessId,
        caseId: row.id,
        programId: row.programId,
        kind: 'stage_changed',
        at: now,
        actorId: options.actor.userId,
        detail: { from: row.stage, to: body.stage },
      },
    ]);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'case.move',
      entityType: 'case',
      entityId: row.id,
      programId: row.programId,
      businessId: row.businessId,
      before: { stage: row.stage, version: body.version },
      after: { stage: body.stage },
    });
  });
  return getCase({ db: options.db, access: options.access, caseId: options.caseId });
}

function moveError(check: Exclude<ReturnType<typeof checkMove>, { ok: true }>) {
  switch (check.reason) {
    case 'unknown_stage':
      return invalidFields([{ path: 'stage', code: 'unknown_stage' }]);
    case 'stage_skipped':
      return new AppError('stage_skipped', { params: { stage: check.stage } });
    case 'gate_unmet':
      return new AppError('gate_unmet', {
        fields: check.missing.map((r) => ({
          path: `gate.${r.kind}`,
          code: `gate.${r.kind}`,
          message: '',
          ...(r.kind === 'min_encounters' ? { params: { count: r.count } } : {}),
        })),
      });
  }
}

function requireReason(settings: TCaseSettings, reason: string) {
  if (!settings.withdrawalReasons.some((r) => r.id === reason))
    throw invalidFields([{ path: 'reason', code: 'unknown_reason' }]);
}

/** Withdraws a case at its current stage (kept, for the reason × stage report). */
export async function withdrawCase(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: { reason: string; note: string; version: number };
}) {
  const { body } = options;
  await options.db.transaction(async (tx) => {
    const row = await requireCase(tx, options.access, options.caseId, true);
    assertVersion(row, body.version);
    if (row.status !== 'active') throw new AppError('case_not_active');
    requireReason(await loadCaseSettings(tx, options.access.programId), body.reason);
    const now = new Date();
    await writeCase(tx, row, {
      status: 'withdrawn',
      withdrawnAt: now,
      withdrawalReason: body.reason,
      withdrawalNote: body.note,
    });
    await repo.insertEvents(tx, [
      {
        businessId: row.businessId,
        caseId: row.id,
        programId: row.programId,
        kind: 'withdrawn',
        at: now,
        actorId: options.actor.userId,
        detail: { reason: body.reason, note: body.note, stage: row.stage },
      },
    ]);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'case.withdraw',
      entityType: 'case',
      entityId: row.id,
      programId: row.programId,
      businessId: row.businessId,
      after: { reason: body.reason, note: body.note, stage: row.stage },
    });
  });
  return getCase({ db: options.db, access: options.access, caseId: options.caseId });
}

/** Brings a withdrawn case back at the stage it had reached; the withdrawal stays in its history. */
export async function reactivateCase(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  caseId: string;
  body: { note: string; version: number };
}) {
  const { body } = options;
  await options.db.transaction(async (tx) => {
    const row = await requireCase(tx, options.access, options.caseId, true);
    assertVersion(row, body.version);
    if (row.status !== 'withdrawn') throw new AppError('conflict');
    await writeCase(tx, row, {
      status: 'active',
      withdrawnAt: null,
      withdrawalReason: null,
      withdrawalNote: null,
    });
    await repo.insertEvents(tx, [
      {
        businessId: row.businessId,
        caseId: row.id,
        programId: row.programId,
        kind: 'reactivated',
        at: new Date(),
        actorId: options.actor.userId,
        detail: {
          note: body.note,
          stage: row.stage,
          previousReason: row.withdrawalReason,
        },
      },
    ]);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'case.reactivate',
      entityType: 'case',
      entityId: row.id,
      programId: row.programId,
      businessId: row.businessId,
      before: { reason: row.withdrawalReason },
      after: { note: body.note },
    });
  });
  return getCase({ db: options.db, access: options.access, caseId: options.caseId });
}
