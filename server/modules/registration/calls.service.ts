import { isDeepStrictEqual } from 'node:util';
import type {
  TCall,
  TCallBody,
  TCallRules,
  TPublicCall,
} from '../../../shared/schemas/registration.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { invalidFields, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  findProgram,
  listProgramCities,
  listProgramLocalities,
} from '../programs/programs.repo.ts';
import * as repo from './calls.repo.ts';
import { CONSENT_VERSION } from './consent.ts';
import { reevaluateApplicants } from './reevaluate.service.ts';

export function callStatus(
  call: { opensOn: string; closesOn: string },
  today: string,
): TCall['status'] {
  if (today < call.opensOn) return 'upcoming';
  return today > call.closesOn ? 'closed' : 'open';
}

/** Bogotá's date: calls open and close by the local calendar. */
export function todayInColombia(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' }).format(now);
}

/** Names of a program's cities and localities, by territory code. */
async function territoryNames(db: Executor, programId: string) {
  // One after another: inside a transaction there is one connection (see loadCall).
  const cities = await listProgramCities(db, programId);
  const localities = await listProgramLocalities(db, programId);
  const names = new Map<string, { name: string; municipalityCode: string }>();
  for (const c of cities)
    names.set(c.municipalityCode, { name: c.name, municipalityCode: c.municipalityCode });
  for (const l of localities)
    names.set(l.localityCode, { name: l.name, municipalityCode: l.municipalityCode });
  return names;
}

export async function loadCall(
  db: Executor,
  call: NonNullable<Awaited<ReturnType<typeof repo.findCall>>>,
): Promise<TCall> {
  // Sequential on purpose: `db` is often a transaction, whose single connection must not be
  // given overlapping queries (node-postgres deprecates it).
  const territories = await repo.listCallTerritories(db, call.id);
  const rules = await repo.findRules(db, call.id, call.rulesVersion);
  const names = await territoryNames(db, call.programId);
  if (!rules) throw new Error(`call ${call.id} has no rules version ${call.rulesVersion}`);
  return {
    id: call.id,
    programId: call.programId,
    code: call.code,
    name: call.name,
    opensOn: call.opensOn,
    closesOn: call.closesOn,
    status: callStatus(call, todayInColombia()),
    rulesVersion: call.rulesVersion,
    rules: rules.rules,
    territories: territories.map((t) => ({
      territoryCode: t.territoryCode,
      name: names.get(t.territoryCode)?.name ?? t.territoryCode,
      goal: t.goal,
      target: Math.ceil(t.goal * rules.rules.targetFactor),
    })),
  };
}

/** A call of the program with its territories and current rules; 404 when it is not the program's. */
export async function requireCall(
  db: Executor,
  options: { programId: string; callId: string },
): Promise<TCall> {
  const call = await repo.findCall(db, options);
  if (!call) throw notFound();
  return loadCall(db, call);
}

export function getCall(options: { db: Executor; access: ProgramAccess; callId: string }) {
  return requireCall(options.db, { programId: options.access.programId, callId: options.callId });
}

export async function listCalls(options: { db: Executor; access: ProgramAccess }) {
  const rows = await repo.listCalls(options.db, options.access.programId);
  return { items: await Promise.all(rows.map((c) => loadCall(options.db, c))) };
}

export async function getPublicCall(options: { db: Executor; code: string }): Promise<TPublicCall> {
  const call = await repo.findCallByCode(options.db, options.code.toUpperCase());
  if (!call) throw notFound();
  const [full, program, names] = await Promise.all([
    loadCall(options.db, call),
    findProgram(options.db, call.programId),
    territoryNames(options.db, call.programId),
  ]);
  return {
    code: full.code,
    name: full.name,
    programName: program?.name ?? '',
    opensOn: full.opensOn,
    closesOn: full.closesOn,
    status: full.status,
    territories: full.territories.map((t) => ({
      territoryCode: t.territoryCode,
      name: t.name,
      municipalityCode: names.get(t.territoryCode)?.municipalityCode ?? t.territoryCode.slice(0, 5),
    })),
    requiredDocuments: full.rules.requiredDocuments,
    consent: { version: CONSENT_VERSION },
  };
}

/** Creates a call, or updates one; changed rules become a new version, old decisions keep theirs. */
export async function saveCall(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  callId?: string;
  body: TCallBody;
}) {
  const { db, body, access } = options;
  const names = await territoryNames(db, access.programId);
  const problems = body.territories.flatMap((t, i) =>
    names.has(t.territoryCode)
      ? []
      : [
          {
            path: `territories.${i}.territoryCode`,
            code: 'territory_outside_program',
            params: { code: t.territoryCode },
          },
        ],
  );
  if (problems.length > 0) throw invalidFields(problems);

  const id = await db.transaction(async (tx) => {
    const clash = await repo.findCallByCode(tx, body.code);
    if (clash && clash.id !== options.callId)
      throw invalidFields([{ path: 'code', code: 'call_code_taken' }]);
    const existing = options.callId
      ? await repo.findCall(tx, { programId: access.programId, callId: options.callId })
      : null;
    if (options.callId && !existing) throw notFound();
    const before = existing ? await loadCall(tx, existing) : null;
    const rules: TCallRules = body.rules;
    const rulesChanged = !before || !isDeepStrictEqual(before.rules, rules);
    const version = before ? before.rulesVersion + (rulesChanged ? 1 : 0) : 1;
    const fields = {
      code: body.code,
      name: body.name,
      opensOn: body.opensOn,
      closesOn: body.closesOn,
      rulesVersion: version,
    };
    const callId = existing
      ? existing.id
      : (await repo.insertCall(tx, { programId: access.programId, ...fields })).id;
    if (existing) await repo.updateCall(tx, callId, fields);
    if (rulesChanged)
      await repo.insertRuleVersion(tx, { callId, version, rules, createdBy: options.actor.userId });
    await repo.replaceCallTerritories(tx, callId, dedupeTerritories(body.territories));
    // Applicants already registered are judged again by the new rules (their decisions keep the old version).
    const reevaluated =
      existing && rulesChanged
        ? (await reevaluateApplicants(tx, await loadCall(tx, { ...existing, ...fields }))).evaluated
        : 0;
    await recordAudit({
      tx,
      actor: options.actor,
      action: existing ? 'call.update' : 'call.create',
      entityType: 'call',
      entityId: callId,
      programId: access.programId,
      before,
      after: { ...body, rulesVersion: version, reevaluated },
    });
    return callId;
  });
  return getCall({ db, access, callId: id });
}

function dedupeTerritories(items: TCallBody['territories']) {
  return [...new Map(items.map((t) => [t.territoryCode, t])).values()];
}
