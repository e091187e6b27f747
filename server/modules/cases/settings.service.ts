import {
  DEFAULT_CASE_SETTINGS,
  ZCaseSettings,
  type TCaseSettings,
} from '../../../shared/schemas/cases.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { invalidFields, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as programsRepo from '../programs/programs.repo.ts';
import * as repo from './settings.repo.ts';

/** A program's case configuration: what it saved, or the defaults. */
export async function loadCaseSettings(db: Executor, programId: string): Promise<TCaseSettings> {
  const program = await programsRepo.findProgram(db, programId);
  if (!program) throw notFound();
  // Saved settings were validated when saved; parsing again keeps old rows honest after upgrades.
  const parsed = program.caseSettings ? ZCaseSettings.safeParse(program.caseSettings) : null;
  return parsed?.success ? parsed.data : DEFAULT_CASE_SETTINGS;
}

export function getCaseSettings(options: { db: Db; access: ProgramAccess }) {
  return loadCaseSettings(options.db, options.access.programId);
}

/** Saves the configuration; a stage that still holds cases, or a reason in use, cannot be removed. */
export async function saveCaseSettings(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  body: TCaseSettings;
}) {
  return options.db.transaction(async (tx) => {
    const before = await loadCaseSettings(tx, options.access.programId);
    const inUse = await repo.stagesAndReasonsInUse(tx, options.access.programId);
    const stages = new Set(options.body.stages.map((s) => s.id));
    const reasons = new Set(options.body.withdrawalReasons.map((r) => r.id));
    const problems = [
      ...inUse.stages
        .filter((s) => !stages.has(s))
        .map((s) => ({ path: 'stages', code: 'stage_in_use', params: { stage: s } })),
      ...inUse.reasons
        .filter((r) => !reasons.has(r))
        .map((r) => ({ path: 'withdrawalReasons', code: 'reason_in_use', params: { reason: r } })),
    ];
    if (problems.length > 0) throw invalidFields(problems);
    await repo.saveSettings(tx, options.access.programId, options.body);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'case_settings.update',
      entityType: 'program',
      entityId: options.access.programId,
      programId: options.access.programId,
      before,
      after: options.body,
    });
    return options.body;
  });
}
