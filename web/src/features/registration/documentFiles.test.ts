import { describe, expect, it } from 'vitest';
import { DOCUMENT_MAX_BYTES as SERVER_MAX_BYTES } from '../../../../server/storage/files.ts';
import { DOCUMENT_MAX_BYTES, fileProblem, fileSize, serverProblem } from './documentFiles.ts';

describe('document files', () => {
  it('checks the same size limit as the server', () => {
    expect(DOCUMENT_MAX_BYTES).toBe(SERVER_MAX_BYTES);
  });

  it('refuses a file too big or of another type, and lets an unknown type go to the server', () => {
    expect(fileProblem({ size: DOCUMENT_MAX_BYTES + 1, type: 'image/jpeg' })).toBe(
      'document_too_large',
    );
    expect(fileProblem({ size: 2000, type: 'text/plain' })).toBe('document_type_not_allowed');
    expect(fileProblem({ size: 2000, type: 'image/heic' })).toBe('document_type_not_allowed');
    expect(fileProblem({ size: 2000, type: 'application/pdf' })).toBeNull();
    expect(fileProblem({ size: 2000, type: '' })).toBeNull();
  });

  it('reads the file problem in what the server answers', () => {
    const field = (code: string) => ({ code: 'validation_failed', fields: [{ code }] });
    expect(serverProblem(field('document_too_large'))).toBe('document_too_large');
    expect(serverProblem(field('document_type_not_allowed'))).toBe('document_type_not_allowed');
    expect(serverProblem({ code: 'payload_too_large', fields: [] })).toBe('document_too_large');
    expect(serverProblem(field('invalid_value'))).toBeNull();
  });

  it('writes sizes in KB under a megabyte and in MB with one decimal above', () => {
    expect(fileSize(300, 'es-CO')).toEqual({ unit: 'kb', value: '1' });
    expect(fileSize(84 * 1024, 'es-CO')).toEqual({ unit: 'kb', value: '84' });
    expect(fileSize(2.4 * 1024 * 1024, 'es-CO')).toEqual({ unit: 'mb', value: '2,4' });
    expect(fileSize(2.4 * 1024 * 1024, 'en')).toEqual({ unit: 'mb', value: '2.4' });
  });
});
