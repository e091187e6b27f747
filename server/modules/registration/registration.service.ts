import type {
  TApplicantDetail,
  TApplicantInput,
  TApplicantSummary,
  TApplicationStatus,
} from '../../../shared/schemas/registration.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, invalidFields, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { normalizeDocumentNumber } from '../../../shared/domain/registration/normalize.ts';
import { findProgram } from '../programs/programs.repo.ts';
import * as repo from './applicants.repo.ts';
import { isKnownCiiu } from './ciiu.ts';
import { CONSENT_VERSION } from './consent.ts';
import { insertPrepared, loadDuplicateIndex, prepareApplicants } from './applicants.service.ts';
import * as callsRepo from './calls.repo.ts';
import { requireCall, todayInColombia } from './calls.service.ts';
import { explainEligibility } from './reevaluate.service.ts';
import { applicantScope } from './registration.policy.ts';

/** Registers one application (public form or field registration) with its checks, all or nothing. */
async function registerOne(options: {
  db: Db;
  actor: Actor;
  callId: string;
  programId: string;
  organizationId: string;
  input: TApplicantInput;
  channel: 'public' | 'field';
  /** Where the application sits in the request body, for field paths (`applicant.` on the public form). */
  pathPrefix?: string;
  now?: Date;
}) {
  const now = options.now ?? new Date();
  if (!isKnownCiiu(options.input.business.ciiuCode)) {
    throw invalidFields([
      {
        path: `${options.pathPrefix ?? ''}business.ciiuCode`,
        code: 'unknown_ciiu',
        params: { code: options.input.business.ciiuCode },
      },
    ]);
  }
  return options.db.transaction(async (tx) => {
    const call = await requireCall(tx, { programId: options.programId, callId: options.callId });
    const index = await loadDuplicateIndex(tx, {
      organizationId: options.organizationId,
      inputs: [options.input],
    });
    const { rows, flags } = prepareApplicants({
      call,
      organizationId: options.organizationId,
      inputs: [options.input],
      channel: options.channel,
      registeredBy: options.actor.userId,
      now,
      index,
    });
    const row = rows[0]!;
    await insertPrepared(tx, { rows, flags });
    await recordAudit({
      tx,
      actor: { ...options.actor, organizationId: options.organizationId },
      action: 'applicant.create',
      entityType: 'applicant',
      entityId: row.id!,
      programId: options.programId,
      businessId: row.businessId,
      after: {
        callId: call.id,
        channel: options.channel,
        verdict: row.verdict,
        flags: flags.map((f) => f.kind),
        data: options.input,
      },
    });
    return row;
  });
}

export async function registerInField(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  callId: string;
  input: TApplicantInput;
}) {
  const row = await registerOne({
    db: options.db,
    actor: options.actor,
    callId: options.callId,
    programId: options.access.programId,
    organizationId: options.access.organizationId,
    input: options.input,
    channel: 'field',
  });
  return getApplicant({
    db: options.db,
    access: options.access,
    callId: options.callId,
    applicantId: row.id!,
    actor: null,
  });
}

/** The public form. Closed calls refuse; a filled honeypot gets a receipt that leads nowhere. */
export async function applyPublicly(options: {
  db: Db;
  actor: Actor;
  code: string;
  input: TApplicantInput;
  consentVersion: string;
  honeypot: string | undefined;
}) {
  const call = await callsRepo.findCallByCode(options.db, options.code.toUpperCase());
  if (!call) throw notFound();
  const today = todayInColombia();
  if (today < call.opensOn || today > call.closesOn) throw new AppError('call_closed');
  if (options.consentVersion !== CONSENT_VERSION) throw new AppError('consent_outdated');
  const now = new Date();
  if (options.honeypot) return { confirmationCode: 'XXXX-XXXX', submittedAt: now.toISOString() };
  const program = await findProgram(options.db, call.programId);
  if (!program) throw notFound();
  const row = await registerOne({
    db: options.db,
    actor: { ...options.actor, organizationId: program.organizationId },
    callId: call.id,
    programId: call.programId,
    organizationId: program.organizationId,
    input: options.input,
    channel: 'public',
    pathPrefix: 'applicant.',
    now,
  });
  return { confirmationCode: row.confirmationCode, submittedAt: now.toISOString() };
}

function summarize(row: repo.ApplicantRow, openFlags: number): TApplicantSummary {
  return {
    id: row.id,
    confirmationCode: row.confirmationCode,
    name: `${row.firstNames} ${row.lastNames}`,
    documentType: row.documentType,
    documentNumber: row.documentNumber,
    phone: row.phone,
    territoryCode: row.territoryCode,
    channel: row.channel,
    verdict: row.verdict as TApplicantSummary['verdict'],
    priorityScore: row.priorityScore,
    priorityGroups: row.priorityGroups,
    selection: row.selection as TApplicantSummary['selection'],
    selectionRank: row.selectionRank,
    blocked: row.blocked,
    openFlags,
    submittedAt: row.submittedAt.toISOString(),
  };
}

export async function listApplicants(options: {
  db: Executor;
  access: ProgramAccess;
  callId: string;
  query: {
    territory?: string | undefined;
    verdict?: string | undefined;
    selection?: string | undefined;
    flagged?: boolean | undefined;
    q?: string | undefined;
    page: number;
    pageSize: number;
  };
}) {
  const { db, access, query } = options;
  await requireCall(db, { programId: access.programId, callId: options.callId });
  const { rows, total } = await repo.listApplicants(
    db,
    {
      callId: options.callId,
      scope: applicantScope(access),
      territoryCode: query.territory,
      verdict: query.verdict,
      selection: query.selection,
      flagged: query.flagged,
      q: query.q,
    },
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  const flags = await repo.listFlags(
    db,
    rows.map((r) => r.id),
  );
  const open = (id: string) =>
    flags.filter((f) => f.applicantId === id && f.status === 'open').length;
  return {
    items: rows.map((r) => summarize(r, open(r.id))),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

/** One applicant with the explanation of their eligibility; staff reads of personal data are audited. */
export async function getApplicant(options: {
  db: Db;
  access: ProgramAccess;
  callId: string;
  applicantId: string;
  actor: Actor | null;
}): Promise<TApplicantDetail> {
  const { db, access } = options;
  const row = await repo.findApplicant(db, {
    callId: options.callId,
    applicantId: options.applicantId,
    scope: applicantScope(access),
  });
  if (!row) throw notFound();
  const [flags, documents, eligibility] = await Promise.all([
    repo.listFlags(db, [row.id]),
    repo.listDocuments(db, row.id),
    requireCall(db, { programId: row.programId, callId: row.callId }).then((call) =>
      explainEligibility(db, call, row),
    ),
  ]);
  if (options.actor) {
    await recordAudit({
      tx: db,
      actor: options.actor,
      action: 'applicant.read',
      entityType: 'applicant',
      entityId: row.id,
      programId: access.programId,
      businessId: row.businessId,
    });
  }
  return {
    ...summarize(row, flags.filter((f) => f.status === 'open').length),
    data: repo.toApplicantInput(row),
    rulesVersion: row.rulesVersion,
    eligibility: eligibility.criteria,
    flags: flags.map((f) => ({
      id: f.id,
      kind: f.kind as TApplicantDetail['flags'][number]['kind'],
      otherApplicantId: f.otherApplicantId,
      otherCaseId: f.otherCaseId,
      score: f.score,
      status: f.status,
      resolutionNote: f.resolutionNote,
    })),
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      originalName: d.originalName,
      mimeType: d.mimeType,
      sizeBytes: d.sizeBytes,
      status: d.status,
      rejectionReason: d.rejectionReason,
    })),
    caseId: row.caseId,
  };
}

/** The public status page: the confirmation code and the document number together open it. */
export async function applicationStatus(options: {
  db: Executor;
  actor: Actor;
  code: string;
  documentNumber: string;
}): Promise<TApplicationStatus> {
  const row = await repo.findApplicantByCode(options.db, options.code);
  // Same answer for a wrong code and a wrong document: the pair is the key.
  if (!row || row.documentNumber !== normalizeDocumentNumber(options.documentNumber))
    throw notFound();
  const call = await requireCall(options.db, { programId: row.programId, callId: row.callId });
  const documents = await repo.listDocuments(options.db, row.id);
  // Someone opened personal application data without signing in: keep a trace.
  await recordAudit({
    tx: options.db,
    actor: { ...options.actor, organizationId: row.organizationId },
    action: 'applicant.status_view',
    entityType: 'applicant',
    entityId: row.id,
    programId: row.programId,
    businessId: row.businessId,
  });
  const have = new Set(documents.filter((d) => d.status !== 'rejected').map((d) => d.kind));
  const state: TApplicationStatus['state'] =
    row.selection === 'selected'
      ? 'selected'
      : row.selection === 'waitlisted'
        ? 'waitlisted'
        : row.verdict === 'eligible'
          ? 'eligible'
          : row.verdict === 'not_eligible'
            ? 'not_eligible'
            : documents.length > 0
              ? 'in_review'
              : 'received';
  return {
    confirmationCode: row.confirmationCode,
    callName: call.name,
    submittedAt: row.submittedAt.toISOString(),
    state,
    documents: documents.map((d) => ({
      kind: d.kind,
      status: d.status,
      rejectionReason: d.rejectionReason,
    })),
    missingDocuments: call.rules.requiredDocuments.filter((k) => !have.has(k)),
  };
}
