import type { TAssignBody, TCaseStaff } from '../../../shared/schemas/cases.ts';
import type { Db } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, invalidFields, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { caseScope } from './cases.policy.ts';
import * as repo from './cases.repo.ts';
import { loadCaseSettings } from './settings.service.ts';

/** Facilitators and supervisors of the program with their active caseloads, and the limits. */
export async function getCaseStaff(options: {
  db: Db;
  access: ProgramAccess;
}): Promise<TCaseStaff> {
  const { db, access } = options;
  const [settings, facilitators, supervisors] = await Promise.all([
    loadCaseSettings(db, access.programId),
    repo.staffWithCaseloads(db, { programId: access.programId, role: 'facilitator' }),
    repo.staffWithCaseloads(db, { programId: access.programId, role: 'supervisor' }),
  ]);
  return { caseload: settings.caseload, facilitators, supervisors };
}

/**
 * Assigns a facilitator and/or a supervisor to cases (explicit, or a territory's active ones),
 * within the caller's scope. A facilitator's active caseload may pass the recommended limit only
 * when confirmed, and never the maximum. Every change is kept in the cases' history.
 */
export async function assignCases(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  body: TAssignBody;
}) {
  const { db, access, body } = options;
  return db.transaction(async (tx) => {
    const settings = await loadCaseSettings(tx, access.programId);
    const people = [
      ...(body.facilitatorId
        ? [{ role: 'facilitator' as const, id: body.facilitatorId, path: 'facilitatorId' }]
        : []),
      ...(body.supervisorId
        ? [{ role: 'supervisor' as const, id: body.supervisorId, path: 'supervisorId' }]
        : []),
    ];
    const staff = new Map<string, Awaited<ReturnType<typeof repo.staffWithCaseloads>>[number]>();
    for (const p of people) {
      const [member] = await repo.staffWithCaseloads(tx, {
        programId: access.programId,
        role: p.role,
        userIds: [p.id],
      });
      if (!member) throw invalidFields([{ path: p.path, code: 'not_program_staff' }]);
      staff.set(p.role, member);
    }
    const targets = await repo.casesToAssign(tx, {
      programId: access.programId,
      scope: caseScope(access),
      caseIds: body.caseIds,
      filter: body.filter
        ? { ...body.filter, role: body.facilitatorId !== undefined ? 'facilitator' : 'supervisor' }
        : undefined,
    });
    // Every named case must be visible to the caller: one outside the scope is not found.
    if (body.caseIds && targets.length !== new Set(body.caseIds).size) throw notFound();
    const facilitator = staff.get('facilitator');
    if (facilitator) {
      const gained = targets.filter(
        (t) => t.status === 'active' && t.facilitatorId !== facilitator.userId,
      ).length;
      const active = facilitator.active + gained;
      const params = { name: facilitator.name, active, ...settings.caseload };
      if (active > settings.caseload.maximum) throw new AppError('caseload_exceeded', { params });
      if (active > settings.caseload.recommended && !body.confirmOverRecommended)
        throw new AppError('caseload_over_recommended', { params });
    }
    const ids = targets.map((t) => t.id);
    await repo.setAssignment(tx, {
      caseIds: ids,
      ...(body.facilitatorId !== undefined ? { facilitatorId: body.facilitatorId } : {}),
      ...(body.supervisorId !== undefined ? { supervisorId: body.supervisorId } : {}),
    });
    const now = new Date();
    await repo.insertEvents(
      tx,
      targets.map((t) => ({
        businessId: t.businessId,
        caseId: t.id,
        programId: access.programId,
        kind: 'assigned',
        at: now,
        actorId: options.actor.userId,
        detail: {
          ...(body.facilitatorId !== undefined
            ? {
                facilitator: {
                  from: t.facilitatorId,
                  to: body.facilitatorId,
                  name: facilitator?.name ?? null,
                },
              }
            : {}),
          ...(body.supervisorId !== undefined
            ? {
                supervisor: {
                  from: t.supervisorId,
                  to: body.supervisorId,
                  name: staff.get('supervisor')?.name ?? null,
                },
              }
            : {}),
        },
      })),
    );
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'case.assign',
      entityType: 'program',
      entityId: access.programId,
      programId: access.programId,
      after: {
        cases: ids.length,
        facilitatorId: body.facilitatorId,
        supervisorId: body.supervisorId,
        filter: body.filter,
      },
    });
    const caseloads = await repo.staffWithCaseloads(tx, {
      programId: access.programId,
      role: 'facilitator',
      ...(facilitator ? { userIds: [facilitator.userId] } : { userIds: [] }),
    });
    return {
      assigned: ids.length,
      caseloads: caseloads.map((c) => ({ userId: c.userId, name: c.name, active: c.active })),
    };
  });
}
