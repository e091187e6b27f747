import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { invalidFields } from '../http/errors.ts';

/** File types people attach (ID copies, bills, photos), recognized by their first bytes, never by name. */
const SIGNATURES: Array<{ mime: string; ext: string; test: (b: Uint8Array) => boolean }> = [
  { mime: 'application/pdf', ext: 'pdf', test: (b) => ascii(b, 0, 5) === '%PDF-' },
  { mime: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/png', ext: 'png', test: (b) => b[0] === 0x89 && ascii(b, 1, 4) === 'PNG' },
  {
    mime: 'image/webp',
    ext: 'webp',
    test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
  },
];

function ascii(bytes: Uint8Array, from: number, to: number) {
  return String.fromCharCode(...bytes.subarray(from, to));
}

export function sniffDocument(bytes: Uint8Array): { mime: string; ext: string } | null {
  const found = SIGNATURES.find((s) => bytes.length >= 12 && s.test(bytes));
  return found ? { mime: found.mime, ext: found.ext } : null;
}

export const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * What a document upload is, or a 400 at `file` saying why it is refused: over 5 MB, or not
 * really a PDF or an image, whatever its name says.
 */
export function requireDocument(bytes: Uint8Array): { mime: string; ext: string } {
  if (bytes.length > DOCUMENT_MAX_BYTES)
    throw invalidFields([
      {
        path: 'file',
        code: 'document_too_large',
        params: { limit: DOCUMENT_MAX_BYTES / 1024 / 1024 },
      },
    ]);
  const type = sniffDocument(bytes);
  if (!type) throw invalidFields([{ path: 'file', code: 'document_type_not_allowed' }]);
  return type;
}

/** Stores bytes under a name the server makes up (`uploads/2026/<uuid>.pdf`); returns that name. */
export async function storeUpload(options: {
  dataDir: string;
  bytes: Uint8Array;
  ext: string;
  now?: Date;
}) {
  const year = String((options.now ?? new Date()).getUTCFullYear());
  const name = `${year}/${randomUUID()}.${options.ext}`;
  const full = path.join(options.dataDir, 'uploads', name);
  await fs.mkdir(path.dirname(full), { recursive: true });
  await fs.writeFile(full, options.bytes, { flag: 'wx', mode: 0o600 });
  return name;
}

/**
 * Stores bytes under their SHA-256 (`uploads/sha256/ab/<hash>.jpg`): the same photo sent twice
 * is kept once, and a name says what it holds. Writing is idempotent, so a request that fails
 * after it leaves at most a complete file that the next identical upload reuses.
 */
export async function storeByHash(options: { dataDir: string; bytes: Uint8Array; ext: string }) {
  const hash = createHash('sha256').update(options.bytes).digest('hex');
  const name = `sha256/${hash.slice(0, 2)}/${hash}.${options.ext}`;
  const full = path.join(options.dataDir, 'uploads', name);
  await fs.mkdir(path.dirname(full), { recursive: true });
  // Written aside and renamed into place, so a crash never leaves a half file under the hash.
  const temporary = `${full}.${randomUUID()}.part`;
  await fs.writeFile(temporary, options.bytes, { mode: 0o600 });
  await fs.rename(temporary, full);
  return { name, hash };
}

const STORED_NAME =
  /^(\d{4}\/[0-9a-f-]{36}|sha256\/[0-9a-f]{2}\/[0-9a-f]{64})\.(pdf|jpg|png|webp)$/;

export async function readUpload(options: { dataDir: string; name: string }) {
  // Names come from storeUpload or storeByHash only; refuse anything that would leave the folder.
  if (!STORED_NAME.test(options.name)) throw new Error('bad stored name');
  return fs.readFile(path.join(options.dataDir, 'uploads', options.name));
}

export async function removeUpload(options: { dataDir: string; name: string }) {
  await fs.rm(path.join(options.dataDir, 'uploads', options.name), { force: true });
}
