import type { TAgenda } from '../../../shared/schemas/cases.ts';
import type { Db } from '../../db/client.ts';
import type { ProgramAccess } from '../../http/context.ts';
import { todayInColombia } from '../registration/calls.service.ts';
import { caseScope } from './cases.policy.ts';
import * as repo from './cases.repo.ts';
import { card } from './cases.service.ts';
import { loadCaseSettings } from './settings.service.ts';

const LIMIT = 100;

function daysBefore(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * What needs attention today, in the caller's scope: next steps overdue and due this week,
 * cases without an encounter for the program's "stalled" threshold, and each facilitator's load.
 */
export async function getAgenda(options: {
  db: Db;
  access: ProgramAccess;
  today?: string;
}): Promise<TAgenda> {
  const { db, access } = options;
  const today = options.today ?? todayInColombia();
  const settings = await loadCaseSettings(db, access.programId);
  const stalledBefore = daysBefore(today, settings.stalledAfterDays);
  const f = { programId: access.programId, scope: caseScope(access), today, stalledBefore };
  const [overdue, dueSoon, stalled, loads] = await Promise.all([
    repo.agendaCases(db, { ...f, kind: 'overdue', limit: LIMIT }),
    repo.agendaCases(db, { ...f, kind: 'dueSoon', limit: LIMIT }),
    repo.agendaCases(db, { ...f, kind: 'stalled', limit: LIMIT }),
    repo.facilitatorLoads(db, f),
  ]);
  const item = (r: (typeof overdue.rows)[number]) => ({
    ...card(r),
    nextStep: r.nextStep,
    nextStepDueOn: r.nextStepDueOn,
    daysSinceContact: r.daysSinceContact,
  });
  return {
    today,
    stalledAfterDays: settings.stalledAfterDays,
    overdue: overdue.rows.map(item),
    dueSoon: dueSoon.rows.map(item),
    stalled: stalled.rows.map(item),
    facilitators: loads,
    totals: { overdue: overdue.total, dueSoon: dueSoon.total, stalled: stalled.total },
  };
}
