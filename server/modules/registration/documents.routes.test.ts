import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import { TEST_PASSWORD } from '../../test/factories.ts';
import { applicantInput, callBody } from '../../test/registration.ts';
import { buildWorld, type World } from '../../test/world.ts';
import { CONSENT_VERSION } from './consent.ts';

const pdf = () =>
  new Uint8Array(Buffer.from('%PDF-1.7\n% cédula escaneada\n1 0 obj << >> endobj\n'));
const exe = () => new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);

describe('documents: upload, sniffing, review and eligibility', () => {
  let ctx: TestContext;
  let w: World;
  let coord: TestClient;
  let url: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    coord = new TestClient(ctx.app);
    await coord.signIn('coordinator@a.test', TEST_PASSWORD);
    const rules = {
      ...callBody().rules,
      criteria: [...callBody().rules.criteria, { kind: 'documents_verified' as const }],
      requiredDocuments: ['id_document' as const, 'utility_bill' as const],
    };
    const call = await coord.post(
      `/api/programs/${w.programP.id}/calls`,
      callBody({ code: 'DOCS-1', rules }),
    );
    url = `/api/programs/${w.programP.id}/calls/${call.json().id}/applicants`;
  });
  afterAll(() => ctx.close());

  it('takes documents from the applicant, refuses disguised files, and follows the review', async () => {
    const visitor = new TestClient(ctx.app);
    const input = applicantInput();
    const receipt = (
      await visitor.post('/api/public/calls/DOCS-1/applications', {
        applicant: input,
        consent: { accepted: true, version: CONSENT_VERSION },
      })
    ).json();
    const fields = { code: receipt.confirmationCode, documentNumber: input.owner.documentNumber };

    const status0 = (await visitor.post('/api/public/applications/status', fields)).json();
    expect(status0).toMatchObject({
      state: 'received',
      missingDocuments: ['id_document', 'utility_bill'],
    });

    const disguised = await visitor.upload(
      '/api/public/applications/documents',
      'cedula.pdf',
      exe(),
      { ...fields, kind: 'id_document' },
    );
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().error.fields[0]).toMatchObject({
      path: 'file',
      code: 'document_type_not_allowed',
    });
    const wrongOwner = await visitor.upload(
      '/api/public/applications/documents',
      'cedula.pdf',
      pdf(),
      { ...fields, documentNumber: '1', kind: 'id_document' },
    );
    expect(wrongOwner.statusCode).toBe(404);
    const tooBig = await visitor.upload(
      '/api/public/applications/documents',
      'foto.jpg',
      new Uint8Array([0xff, 0xd8, 0xff, ...new Uint8Array(6 * 1024 * 1024)]),
      { ...fields, kind: 'utility_bill' },
    );
    expect(tooBig.json().error.fields[0].code).toBe('document_too_large');

    const ok = await visitor.upload(
      '/api/public/applications/documents',
      '../../etc/cédula.PDF',
      pdf(),
      { ...fields, kind: 'id_document' },
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'in_review', missingDocuments: ['utility_bill'] });

    const list = (await coord.get(`${url}?q=${input.owner.documentNumber}`)).json();
    const applicantId = list.items[0].id as string;
    const staffUpload = await coord.upload(`${url}/${applicantId}/documents`, 'recibo.pdf', pdf(), {
      kind: 'utility_bill',
    });
    expect(staffUpload.statusCode).toBe(200);
    const detail = staffUpload.json();
    expect(detail.verdict).toBe('pending');
    expect(detail.documents).toHaveLength(2);
    expect(
      detail.documents.every(
        (d: { mimeType: string; originalName: string }) => d.mimeType === 'application/pdf',
      ),
    ).toBe(true);
    const stored = fs
      .readdirSync(path.join(ctx.config.dataDir, 'uploads'), { recursive: true })
      .map(String);
    expect(stored.some((n) => n.includes('etc') || n.includes('cédula'))).toBe(false);

    const [idDoc, bill] = detail.documents as Array<{ id: string; kind: string }>;
    const open = await coord.get(`${url}/${applicantId}/documents/${idDoc!.id}`);
    expect(open.statusCode).toBe(200);
    expect(open.headers['content-type']).toBe('application/pdf');
    expect(open.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const noReason = await coord.post(`${url}/${applicantId}/documents/${bill!.id}/review`, {
      status: 'rejected',
    });
    expect(noReason.json().error.fields[0]).toMatchObject({
      path: 'reason',
      code: 'rejection_reason_required',
    });
    const rejected = (
      await coord.post(`${url}/${applicantId}/documents/${bill!.id}/review`, {
        status: 'rejected',
        reason: 'El recibo no es legible',
      })
    ).json();
    expect(rejected.verdict).toBe('not_eligible');
    const docCriterion = rejected.eligibility.find(
      (e: { criterion: { kind: string } }) => e.criterion.kind === 'documents_verified',
    );
    expect(docCriterion.outcome).toBe('not_met');

    await coord.upload(`${url}/${applicantId}/documents`, 'recibo2.pdf', pdf(), {
      kind: 'utility_bill',
    });
    const after = (await coord.get(`${url}/${applicantId}`)).json();
    for (const d of after.documents.filter((x: { status: string }) => x.status === 'pending')) {
      await coord.post(`${url}/${applicantId}/documents/${d.id}/review`, { status: 'verified' });
    }
    await coord.post(`${url}/${applicantId}/documents/${idDoc!.id}/review`, { status: 'verified' });
    const final = (await coord.get(`${url}/${applicantId}`)).json();
    expect(final.verdict).toBe('eligible');
    const status = (await visitor.post('/api/public/applications/status', fields)).json();
    expect(status.state).toBe('eligible');
    expect(status.documents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'utility_bill',
          status: 'rejected',
          rejectionReason: 'El recibo no es legible',
        }),
      ]),
    );
  });
});
