import type { Db } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { requireDocument, readUpload, removeUpload, storeUpload } from '../../storage/files.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './cases.repo.ts';
import { getCase, requireCase } from './cases.service.ts';

/**
 * Attaches a file to an encounter: PDF or image recognized by its content (never its name), at
 * most 5 MB, stored under a name the server makes up. The file is removed again if the record
 * cannot be written, so nothing is left half-done.
 */
export async function attachToEncounter(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  dataDir: string;
  caseId: string;
  encounterId: string;
  file: { bytes: Uint8Array; filename: string };
}) {
  const { db, access, file } = options;
  const row = await requireCase(db, access, options.caseId);
  if (!(await repo.findEncounter(db, { caseId: row.id, encounterId: options.encounterId })))
    throw notFound();
  const type = requireDocument(file.bytes);
  const storedName = await storeUpload({
    dataDir: options.dataDir,
    bytes: file.bytes,
    ext: type.ext,
  });
  try {
    await db.transaction(async (tx) => {
      const id = await repo.insertAttachment(tx, {
        businessId: row.businessId,
        encounterId: options.encounterId,
        caseId: row.id,
        storedName,
        originalName: file.filename.slice(0, 200),
        mimeType: type.mime,
        sizeBytes: file.bytes.length,
        uploadedBy: options.actor.userId,
      });
      await recordAudit({
        tx,
        actor: options.actor,
        action: 'encounter_attachment.add',
        entityType: 'encounter_attachment',
        entityId: id,
        programId: access.programId,
        businessId: row.businessId,
        after: {
          encounterId: options.encounterId,
          mimeType: type.mime,
          sizeBytes: file.bytes.length,
        },
      });
    });
  } catch (err) {
    await removeUpload({ dataDir: options.dataDir, name: storedName });
    throw err;
  }
  return getCase({ db, access, caseId: row.id });
}

/** Opens an attachment of a case in the caller's scope; the read is audited. */
export async function openAttachment(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  dataDir: string;
  caseId: string;
  attachmentId: string;
}) {
  const row = await requireCase(options.db, options.access, options.caseId);
  const attachment = (await repo.attachmentsOf(options.db, row.id)).find(
    (a) => a.id === options.attachmentId,
  );
  if (!attachment) throw notFound();
  const bytes = await readUpload({ dataDir: options.dataDir, name: attachment.storedName });
  await recordAudit({
    tx: options.db,
    actor: options.actor,
    action: 'encounter_attachment.read',
    entityType: 'encounter_attachment',
    entityId: attachment.id,
    programId: options.access.programId,
    businessId: row.businessId,
  });
  return {
    bytes,
    mimeType: attachment.mimeType,
    filename: `${attachment.id}.${attachment.storedName.split('.').pop()}`,
  };
}
