import type { FastifyRequest } from 'fastify';
import { invalidFields } from './errors.ts';

/** The file of a multipart request and the text fields sent before it. */
export async function readMultipartFile(req: FastifyRequest) {
  const file = req.isMultipart() ? await req.file() : undefined;
  if (!file) throw invalidFields([{ path: 'file', code: 'required' }]);
  const bytes = await file.toBuffer();
  const field = (name: string) => {
    const value = file.fields[name];
    const one = Array.isArray(value) ? value[0] : value;
    return one && one.type === 'field' ? String(one.value) : '';
  };
  return { bytes, filename: file.filename, field };
}
