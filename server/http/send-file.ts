import type { FastifyReply } from 'fastify';

/** Sends a stored document to be shown in the browser, never cached (it is personal data). */
export function sendStoredFile(
  reply: FastifyReply,
  file: { bytes: Uint8Array; mimeType: string; filename: string },
) {
  return reply
    .type(file.mimeType)
    .header('content-disposition', `inline; filename="${file.filename}"`)
    .header('cache-control', 'private, no-store')
    .send(file.bytes);
}

export const SPREADSHEET_MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/** Sends a spreadsheet to be saved under `name` (no extension: the format gives it). */
export function sendSpreadsheet(
  reply: FastifyReply,
  file: { bytes: Uint8Array; format: keyof typeof SPREADSHEET_MIME; name: string },
) {
  return reply
    .type(SPREADSHEET_MIME[file.format])
    .header('content-disposition', `attachment; filename="${file.name}.${file.format}"`)
    .send(Buffer.from(file.bytes));
}
