import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUpload, sniffDocument, storeUpload } from './files.ts';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(
    parts
      .flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p))
      .concat(Array(16).fill(0)),
  );

describe('uploaded documents', () => {
  it('recognizes PDF, JPEG, PNG and WebP by content, and nothing else', () => {
    expect(sniffDocument(bytes('%PDF-1.7'))).toEqual({ mime: 'application/pdf', ext: 'pdf' });
    expect(sniffDocument(bytes([0xff, 0xd8, 0xff, 0xe0]))).toEqual({
      mime: 'image/jpeg',
      ext: 'jpg',
    });
    expect(sniffDocument(bytes([0x89], 'PNG\r\n'))).toEqual({ mime: 'image/png', ext: 'png' });
    expect(sniffDocument(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toEqual({
      mime: 'image/webp',
      ext: 'webp',
    });
    expect(sniffDocument(bytes('MZ', [0x90, 0]))).toBeNull(); // a Windows executable named cedula.pdf
    expect(sniffDocument(bytes('<html><script>'))).toBeNull();
    expect(sniffDocument(new Uint8Array([0x25, 0x50]))).toBeNull();
  });

  it('stores under a server-made name and reads back only such names', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'palanca-up-'));
    const name = await storeUpload({
      dataDir: dir,
      bytes: bytes('%PDF-1.4'),
      ext: 'pdf',
      now: new Date('2026-11-21'),
    });
    expect(name).toMatch(/^2026\/[0-9a-f-]{36}\.pdf$/);
    expect(
      Buffer.from(await readUpload({ dataDir: dir, name }))
        .subarray(0, 8)
        .toString('latin1'),
    ).toBe('%PDF-1.4');
    await expect(readUpload({ dataDir: dir, name: '../../etc/passwd' })).rejects.toThrow();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
