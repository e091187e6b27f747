import {
  REQUIRED_DOCUMENT_KINDS,
  type DocumentKind,
} from '../../../shared/schemas/registration.ts';
import { normalizeDocumentNumber } from '../../../shared/domain/registration/normalize.ts';
import type { Db } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { invalidFields, notFound } from '../../http/errors.ts';
import { requireDocument, readUpload, removeUpload, storeUpload } from '../../storage/files.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './applicants.repo.ts';
import { reevaluateApplicant } from './reevaluate.service.ts';
import { applicantScope } from './registration.policy.ts';
import { applicationStatus, getApplicant } from './registration.service.ts';

export interface UploadedFile {
  kind: string;
  bytes: Uint8Array;
  filename: string;
}

/** Checks an upload: a known kind, not too big, and really a PDF or an image whatever its name says. */
function checkUpload(file: UploadedFile): { kind: DocumentKind; mime: string; ext: string } {
  if (!(REQUIRED_DOCUMENT_KINDS as readonly string[]).includes(file.kind)) {
    throw invalidFields([{ path: 'kind', code: 'invalid_value' }]);
  }
  return { kind: file.kind as DocumentKind, ...requireDocument(file.bytes) };
}

/** Stores the file, records it and evaluates the applicant again, all or nothing. */
async function attach(options: {
  db: Db;
  actor: Actor;
  dataDir: string;
  applicant: repo.ApplicantRow;
  file: UploadedFile;
}) {
  const { db, applicant } = options;
  const checked = checkUpload(options.file);
  const storedName = await storeUpload({
    dataDir: options.dataDir,
    bytes: options.file.bytes,
    ext: checked.ext,
  });
  try {
    await db.transaction(async (tx) => {
      const id = await repo.insertDocument(tx, {
        businessId: applicant.businessId,
        applicantId: applicant.id,
        kind: checked.kind,
        storedName,
        originalName: options.file.filename.slice(0, 200),
        mimeType: checked.mime,
        sizeBytes: options.file.bytes.length,
      });
      await reevaluateApplicant(tx, applicant);
      await recordAudit({
        tx,
        actor: { ...options.actor, organizationId: applicant.organizationId },
        action: 'applicant_document.add',
        entityType: 'applicant_document',
        entityId: id,
        programId: applicant.programId,
        businessId: applicant.businessId,
        after: {
          applicantId: applicant.id,
          kind: checked.kind,
          mimeType: checked.mime,
          sizeBytes: options.file.bytes.length,
        },
      });
    });
  } catch (err) {
    // The database said no: leave no orphan file behind.
    await removeUpload({ dataDir: options.dataDir, name: storedName });
    throw err;
  }
}

/** The applicant attaches a document from the status page, with their code and document number. */
export async function uploadPublicDocument(options: {
  db: Db;
  actor: Actor;
  dataDir: string;
  code: string;
  documentNumber: string;
  file: UploadedFile;
}) {
  const applicant = await repo.findApplicantByCode(options.db, options.code.trim().toUpperCase());
  if (!applicant || applicant.documentNumber !== normalizeDocumentNumber(options.documentNumber))
    throw notFound();
  await attach({
    db: options.db,
    actor: options.actor,
    dataDir: options.dataDir,
    applicant,
    file: options.file,
  });
  return applicationStatus({
    db: options.db,
    actor: options.actor,
    code: applicant.confirmationCode,
    documentNumber: applicant.documentNumber,
  });
}

export async function uploadStaffDocument(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  dataDir: string;
  callId: string;
  applicantId: string;
  file: UploadedFile;
}) {
  const applicant = await repo.findApplicant(options.db, {
    callId: options.callId,
    applicantId: options.applicantId,
    scope: applicantScope(options.access),
  });
  if (!applicant) throw notFound();
  await attach({
    db: options.db,
    actor: options.actor,
    dataDir: options.dataDir,
    applicant,
    file: options.file,
  });
  return getApplicant({
    db: options.db,
    access: options.access,
    callId: options.callId,
    applicantId: applicant.id,
    actor: null,
  });
}

/** A reviewer verifies or rejects a document (a rejection needs a reason); eligibility follows. */
export async function reviewDocument(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  callId: string;
  applicantId: string;
  documentId: string;
  status: 'verified' | 'rejected';
  reason: string | undefined;
}) {
  const { db } = options;
  if (options.status === 'rejected' && !options.reason)
    throw invalidFields([{ path: 'reason', code: 'rejection_reason_required' }]);
  await db.transaction(async (tx) => {
    const applicant = await repo.findApplicant(tx, {
      callId: options.callId,
      applicantId: options.applicantId,
      scope: applicantScope(options.access),
    });
    if (!applicant) throw notFound();
    const document = (await repo.listDocuments(tx, applicant.id)).find(
      (d) => d.id === options.documentId,
    );
    if (!document) throw notFound();
    await repo.reviewDocument(tx, {
      id: document.id,
      status: options.status,
      reason: options.status === 'rejected' ? (options.reason ?? null) : null,
      reviewedBy: options.actor.userId,
    });
    await reevaluateApplicant(tx, applicant);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'applicant_document.review',
      entityType: 'applicant_document',
      entityId: document.id,
      programId: options.access.programId,
      businessId: applicant.businessId,
      before: { status: document.status, reason: document.rejectionReason },
      after: { status: options.status, reason: options.reason ?? null },
    });
  });
  return getApplicant({
    db,
    access: options.access,
    callId: options.callId,
    applicantId: options.applicantId,
    actor: null,
  });
}

/** Staff open a document; the read of personal data is audited. */
export async function downloadDocument(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  dataDir: string;
  callId: string;
  applicantId: string;
  documentId: string;
}) {
  const applicant = await repo.findApplicant(options.db, {
    callId: options.callId,
    applicantId: options.applicantId,
    scope: applicantScope(options.access),
  });
  if (!applicant) throw notFound();
  const document = (await repo.listDocuments(options.db, applicant.id)).find(
    (d) => d.id === options.documentId,
  );
  if (!document) throw notFound();
  const bytes = await readUpload({ dataDir: options.dataDir, name: document.storedName });
  await recordAudit({
    tx: options.db,
    actor: options.actor,
    action: 'applicant_document.read',
    entityType: 'applicant_document',
    entityId: document.id,
    programId: options.access.programId,
    businessId: applicant.businessId,
  });
  return {
    bytes,
    mimeType: document.mimeType,
    filename: `${document.kind}.${document.storedName.split('.').pop()}`,
  };
}
