import {
  selectByTerritory,
  TIE_BREAK_RULE,
} from '../../../shared/domain/registration/selection.ts';
import type { TCall, TSelectionPreview } from '../../../shared/schemas/registration.ts';
import { uuidv7 } from '../../db/columns.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, invalidFields } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertCasesWithBusinesses } from '../cases/cases.repo.ts';
import { loadCaseSettings } from '../cases/settings.service.ts';
import * as repo from './applicants.repo.ts';
import * as selectionRepo from './selection.repo.ts';
import { requireCall } from './calls.service.ts';

async function callAndTerritory(
  db: Executor,
  access: ProgramAccess,
  callId: string,
  territoryCode: string,
) {
  const call = await requireCall(db, { programId: access.programId, callId });
  const territory = call.territories.find((t) => t.territoryCode === territoryCode);
  if (!territory)
    throw invalidFields([
      { path: 'territory', code: 'territory_outside_call', params: { code: territoryCode } },
    ]);
  return { call, territory };
}

/** Ranks a territory's applicants: eligible and not blocked by a duplicate document compete. */
async function rank(db: Executor, call: TCall, territoryCode: string, goal: number) {
  const candidates = await repo.selectionCandidates(db, { callId: call.id, territoryCode });
  const competing = candidates.filter((c) => !c.blocked);
  const result = selectByTerritory({
    candidates: competing.map((c) => ({
      id: c.id,
      territoryCode,
      verdict: c.verdict as 'eligible' | 'not_eligible' | 'pending',
      score: c.score,
      submittedAt: c.submittedAt.toISOString(),
    })),
    goals: { [territoryCode]: goal },
  })[territoryCode] ?? { selected: [], waitlist: [] };
  const counts = {
    registered: candidates.length,
    eligible: competing.filter((c) => c.verdict === 'eligible').length,
    notEligible: candidates.filter((c) => c.verdict === 'not_eligible').length,
    pending: candidates.filter((c) => c.verdict === 'pending').length,
    blocked: candidates.length - competing.length,
  };
  return { candidates, result, counts };
}

/** The ranked lists as the screen shows them, from one ranking. */
function describe(options: {
  call: TCall;
  territory: { territoryCode: string; goal: number };
  decided: boolean;
  ranking: Awaited<ReturnType<typeof rank>>;
}): TSelectionPreview {
  const { result, counts } = options.ranking;
  const people = new Map(options.ranking.candidates.map((a) => [a.id, a]));
  const row = (id: string, i: number) => {
    const a = people.get(id)!;
    return {
      applicantId: id,
      name: `${a.firstNames} ${a.lastNames}`,
      score: a.score,
      submittedAt: a.submittedAt.toISOString(),
      rank: i + 1,
    };
  };
  return {
    territoryCode: options.territory.territoryCode,
    goal: options.territory.goal,
    rulesVersion: options.call.rulesVersion,
    tieBreakRule: TIE_BREAK_RULE.en,
    decided: options.decided,
    selected: result.selected.map((id, i) => row(id, i)),
    waitlist: result.waitlist.map((id, i) => row(id, result.selected.length + i)),
    counts,
  };
}

export async function previewSelection(options: {
  db: Db;
  access: ProgramAccess;
  callId: string;
  territoryCode: string;
}): Promise<TSelectionPreview> {
  const { db } = options;
  const { call, territory } = await callAndTerritory(
    db,
    options.access,
    options.callId,
    options.territoryCode,
  );
  const decision = await selectionRepo.findDecision(db, {
    callId: call.id,
    territoryCode: territory.territoryCode,
  });
  const ranking = await rank(db, call, territory.territoryCode, territory.goal);
  return describe({ call, territory, decided: decision !== null, ranking });
}

/** Turns selected applicants into businesses with an owner and a case. */
async function createCases(
  tx: Executor,
  options: { call: TCall; organizationId: string; applicantIds: string[]; now: Date },
) {
  const rows = await repo.applicantsByIds(tx, options.applicantIds);
  const firstStage = (await loadCaseSettings(tx, options.call.programId)).stages[0]!.id;
  const created = rows.map((a) => {
    const { owner, business } = repo.toApplicantInput(a);
    const caseId = uuidv7();
    return {
      applicantId: a.id,
      caseId,
      business: {
        id: a.businessId,
        organizationId: options.organizationId,
        name: business.name,
        ciiuCode: business.ciiuCode,
        municipalityCode: owner.municipalityCode,
        localityCode: owner.localityCode,
        address: owner.address,
        startedOn: business.startedOn,
      },
      owner: {
        businessId: a.businessId,
        firstNames: owner.firstNames,
        lastNames: owner.lastNames,
        documentType: owner.documentType,
        documentNumber: owner.documentNumber,
        sex: owner.sex,
        birthDate: owner.birthDate,
        phone: owner.phone,
        email: owner.email,
        headOfHousehold: owner.headOfHouseholdMother,
        disability: owner.disability,
        conflictVictim: owner.conflictVictim,
        ethnicGroup: owner.ethnicGroup,
      },
      case: {
        businessId: a.businessId,
        id: caseId,
        programId: options.call.programId,
        stage: firstStage,
        status: 'active',
        businessName: business.name,
        ownerName: `${owner.firstNames} ${owner.lastNames}`,
        priorityGroups: a.priorityGroups,
        stageEnteredAt: options.now,
        municipalityCode: owner.municipalityCode,
        localityCode: owner.localityCode,
        registeredAt: options.now,
      },
    };
  });
  await insertCasesWithBusinesses(tx, created);
  await repo.setApplicantCases(
    tx,
    created.map((c) => ({ applicantId: c.applicantId, caseId: c.caseId })),
  );
  return created.length;
}

/** A coordinator confirms a territory's selection: the selected become cases, the rest wait in rank order. */
export async function confirmSelection(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  callId: string;
  territoryCode: string;
}) {
  const { db, access } = options;
  return db.transaction(async (tx) => {
    const { call, territory } = await callAndTerritory(
      tx,
      access,
      options.callId,
      options.territoryCode,
    );
    if (
      await selectionRepo.findDecision(tx, {
        callId: call.id,
        territoryCode: territory.territoryCode,
      })
    ) {
      throw new AppError('conflict');
    }
    const ranking = await rank(tx, call, territory.territoryCode, territory.goal);
    const { result } = ranking;
    const id = uuidv7();
    await selectionRepo.insertDecision(tx, {
      id,
      callId: call.id,
      territoryCode: territory.territoryCode,
      rulesVersion: call.rulesVersion,
      tieBreakRule: TIE_BREAK_RULE.en,
      goal: territory.goal,
      selectedCount: result.selected.length,
      waitlistedCount: result.waitlist.length,
      decidedBy: options.actor.userId!,
    });
    const ranks = new Map([...result.selected, ...result.waitlist].map((a, i) => [a, i + 1]));
    await repo.markSelection(tx, {
      ids: result.selected,
      selection: 'selected',
      decisionId: id,
      ranks,
    });
    await repo.markSelection(tx, {
      ids: result.waitlist,
      selection: 'waitlisted',
      decisionId: id,
      ranks,
    });
    const cases = await createCases(tx, {
      call,
      organizationId: access.organizationId,
      applicantIds: result.selected,
      now: new Date(),
    });
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'selection.confirm',
      entityType: 'call',
      entityId: call.id,
      programId: access.programId,
      after: {
        territoryCode: territory.territoryCode,
        rulesVersion: call.rulesVersion,
        selected: result.selected,
        waitlist: result.waitlist,
        cases,
      },
    });
    return describe({ call, territory, decided: true, ranking });
  });
}

/** When a selected case withdraws, the coordinator promotes the first of the waitlist. */
export async function promoteNext(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  callId: string;
  territoryCode: string;
}) {
  const { db, access } = options;
  await db.transaction(async (tx) => {
    const { call, territory } = await callAndTerritory(
      tx,
      access,
      options.callId,
      options.territoryCode,
    );
    const decision = await selectionRepo.findDecision(tx, {
      callId: call.id,
      territoryCode: territory.territoryCode,
    });
    if (!decision) throw new AppError('conflict');
    const next = await selectionRepo.firstWaitlisted(tx, {
      callId: call.id,
      territoryCode: territory.territoryCode,
    });
    if (!next) throw new AppError('not_found');
    await repo.markSelection(tx, {
      ids: [next.id],
      selection: 'selected',
      decisionId: decision.id,
      ranks: new Map([[next.id, next.selectionRank ?? 0]]),
    });
    await createCases(tx, {
      call,
      organizationId: access.organizationId,
      applicantIds: [next.id],
      now: new Date(),
    });
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'selection.promote',
      entityType: 'applicant',
      entityId: next.id,
      programId: access.programId,
      businessId: next.businessId,
      before: { selection: 'waitlisted' },
      after: { selection: 'selected' },
    });
  });
  return previewSelection({
    db,
    access,
    callId: options.callId,
    territoryCode: options.territoryCode,
  });
}
