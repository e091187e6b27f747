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
