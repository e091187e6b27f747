import type { Db } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, forbidden, invalidFields, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './applicants.repo.ts';
import { reevaluateApplicant } from './reevaluate.service.ts';
import { applicantScope, SELECTORS } from './registration.policy.ts';
import { getApplicant } from './registration.service.ts';

export type FlagDecision = 'override' | 'dismiss' | 'confirm';

/** Which decisions each kind of warning admits. */
const ALLOWED: Record<string, FlagDecision[]> = {
  same_document: ['override', 'confirm'],
  same_phone: ['dismiss', 'confirm'],
  similar_name_and_address: ['dismiss', 'confirm'],
  previous_beneficiary: ['dismiss', 'confirm'],
};
const STATUS: Record<FlagDecision, string> = {
  override: 'overridden',
  dismiss: 'dismissed',
  confirm: 'confirmed',
};

/**
 * A reviewer settles a duplicate warning with a note. Overriding a repeated document unblocks the
 * application (coordinators only); confirming a duplicate blocks it; dismissing a former-beneficiary
 * match makes that criterion met again. Eligibility is evaluated again in the same transaction.
 */
export async function resolveFlag(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  callId: string;
  applicantId: string;
  flagId: string;
  decision: FlagDecision;
  note: string;
}) {
  const { db, access } = options;
  await db.transaction(async (tx) => {
    const applicant = await repo.findApplicant(tx, {
      callId: options.callId,
      applicantId: options.applicantId,
      scope: applicantScope(access),
    });
    if (!applicant) throw notFound();
    const flags = await repo.listFlags(tx, [applicant.id]);
    const flag = flags.find((f) => f.id === options.flagId);
    if (!flag) throw notFound();
    if (flag.status !== 'open') throw new AppError('conflict');
    if (!ALLOWED[flag.kind]?.includes(options.decision))
      throw invalidFields([{ path: 'decision', code: 'decision_not_allowed' }]);
    if (
      flag.kind === 'same_document' &&
      options.decision === 'override' &&
      !SELECTORS.includes(access.role)
    )
      throw forbidden();

    const status = STATUS[options.decision];
    await repo.resolveFlag(tx, {
      flagId: flag.id,
      status,
      resolvedBy: options.actor.userId,
      note: options.note,
    });
    // Blocked while a repeated document is unresolved or any duplicate is confirmed.
    const after = flags.map((f) => (f.id === flag.id ? { ...f, status } : f));
    const blocked = after.some(
      (f) =>
        f.kind !== 'previous_beneficiary' &&
        (f.status === 'confirmed' || (f.kind === 'same_document' && f.status === 'open')),
    );
    const previousBeneficiary =
      flag.kind === 'previous_beneficiary'
        ? options.decision === 'confirm'
        : applicant.previousBeneficiary;
    await repo.setBlockAndHistory(tx, { id: applicant.id, blocked, previousBeneficiary });
    await reevaluateApplicant(tx, applicant);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'applicant.flag_resolve',
      entityType: 'applicant',
      entityId: applicant.id,
      programId: access.programId,
      businessId: applicant.businessId,
      before: {
        flag: flag.kind,
        status: flag.status,
        blocked: applicant.blocked,
        previousBeneficiary: applicant.previousBeneficiary,
      },
      after: { flag: flag.kind, status, blocked, previousBeneficiary, note: options.note },
    });
  });
  return getApplicant({
    db,
    access,
    callId: options.callId,
    applicantId: options.applicantId,
    actor: null,
  });
}
