/**
 * The files an application's documents may be: the server's rules (server/storage/files.ts),
 * checked in the browser first so that a phone does not send megabytes only to hear "no".
 * The server still decides, by the file's first bytes.
 */
export const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;
export const DOCUMENT_LIMIT_MB = DOCUMENT_MAX_BYTES / 1024 / 1024;

/** Images and PDF: with `image/*` a phone offers its camera next to its files. */
export const DOCUMENT_ACCEPT = 'image/*,application/pdf';

/** The types the server recognizes; browsers report them from the name, so only a hint. */
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'];

export type DocumentProblem = 'document_too_large' | 'document_type_not_allowed';

/** Why a chosen file would be refused, or null when it may go. An unknown type goes. */
export function fileProblem(file: { size: number; type: string }): DocumentProblem | null {
  if (file.size > DOCUMENT_MAX_BYTES) return 'document_too_large';
  if (file.type && !DOCUMENT_TYPES.includes(file.type)) return 'document_type_not_allowed';
  return null;
}

/** The file problem behind an API error: a field code, or the request refused as a whole. */
export function serverProblem(error: {
  code: string;
  fields: readonly { code: string }[];
}): DocumentProblem | null {
  const codes = error.fields.map((f) => f.code);
  if (codes.includes('document_too_large') || error.code === 'payload_too_large')
    return 'document_too_large';
  if (codes.includes('document_type_not_allowed') || error.code === 'unsupported_media_type')
    return 'document_type_not_allowed';
  return null;
}

/** A size people read: 84 KB, 2,4 MB (in the language's number format). */
export function fileSize(bytes: number, locale: string): { unit: 'kb' | 'mb'; value: string } {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return { unit: 'kb', value: format.format(Math.ceil(bytes / 1024)) };
  return { unit: 'mb', value: format.format(bytes / 1024 / 1024) };
}
