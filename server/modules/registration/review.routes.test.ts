import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import { createCase, TEST_PASSWORD } from '../../test/factories.ts';
import { applicantInput, callBody } from '../../test/registration.ts';
import { buildWorld, type World } from '../../test/world.ts';
import { eq } from 'drizzle-orm';
import { owners } from '../cases/cases.table.ts';

describe('reviewing duplicates, the call report and the activity search', () => {
  let ctx: TestContext;
  let w: World;
  let coord: TestClient;
  let sup: TestClient;
  let url: string;
  const as = async (email: string) => {
    const c = new TestClient(ctx.app);
    await c.signIn(email, TEST_PASSWORD);
    return c;
  };
  const flag = (detail: { flags: Array<{ id: string; kind: string }> }, kind: string) =>
    detail.flags.find((f) => f.kind === kind)!;

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    coord = await as('coordinator@a.test');
    sup = await as('supervisor@a.test');
    const call = await coord.post(
      `/api/programs/${w.programP.id}/calls`,
      callBody({ code: 'REV-1' }),
    );
    url = `/api/programs/${w.programP.id}/calls/${call.json().id}`;
  });
  afterAll(() => ctx.close());

  it('searches CIIU activities without accents and refuses unknown ones', async () => {
    const anon = new TestClient(ctx.app);
    const res = (await anon.get('/api/public/ciiu?q=panaderia')).json();
    expect(res.items.map((i: { code: string }) => i.code)).toContain('1081');
    expect(
      (await anon.get('/api/public/ciiu?q=47'))
        .json()
        .items.every((i: { code: string }) => i.code.startsWith('47')),
    ).toBe(true);
    const unknown = await coord.post(
      `${url}/applicants`,
      applicantInput({ business: { ciiuCode: '0000' } }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0]).toMatchObject({
      path: 'business.ciiuCode',
      code: 'unknown_ciiu',
    });
  });

  it('lets a coordinator override a repeated-document block, with a note, and not a supervisor', async () => {
    const first = applicantInput();
    await coord.post(`${url}/applicants`, first);
    const again = (
      await coord.post(
        `${url}/applicants`,
        applicantInput({ owner: { documentNumber: first.owner.documentNumber } }),
      )
    ).json();
    expect(again.blocked).toBe(true);
    const f = flag(again, 'same_document');
    const path = `${url}/applicants/${again.id}/flags/${f.id}/resolve`;
    expect(
      (await sup.post(path, { decision: 'override', note: 'Es la misma persona con otro negocio' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await coord.post(path, { decision: 'dismiss', note: 'no aplica' })).json().error.fields[0]
        .code,
    ).toBe('decision_not_allowed');
    expect((await coord.post(path, { decision: 'override', note: '' })).statusCode).toBe(400);
    const ok = await coord.post(path, {
      decision: 'override',
      note: 'Segundo negocio de la misma dueña, aprobado por comité',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ blocked: false });
    expect(flag(ok.json(), 'same_document')).toMatchObject({
      status: 'overridden',
      resolutionNote: 'Segundo negocio de la misma dueña, aprobado por comité',
    });
    expect((await coord.post(path, { decision: 'override', note: 'otra vez' })).statusCode).toBe(
      409,
    );
    const audit = (
      await (
        await as('admin@a.test')
      ).get(`/api/audit?action=applicant.flag_resolve&entityId=${again.id}`)
    ).json();
    expect(audit.items[0].after).toMatchObject({ status: 'overridden', blocked: false });
  });

  it('re-evaluates eligibility when a former-beneficiary match is dismissed, and blocks a confirmed duplicate', async () => {
    const former = await createCase(ctx.db, {
      organizationId: w.orgA.id,
      programId: w.programP.id,
    });
    const [owner] = await ctx.db
      .select()
      .from(owners)
      .where(eq(owners.businessId, former.business.id));
    const a = (
      await sup.post(
        `${url}/applicants`,
        applicantInput({ owner: { documentNumber: owner!.documentNumber } }),
      )
    ).json();
    expect(a.verdict).toBe('not_eligible');
    const dismissed = (
      await sup.post(
        `${url}/applicants/${a.id}/flags/${flag(a, 'previous_beneficiary').id}/resolve`,
        { decision: 'dismiss', note: 'Homónimo: otra persona' },
      )
    ).json();
    expect(dismissed.verdict).toBe('eligible');

    const phone = applicantInput();
    await sup.post(`${url}/applicants`, phone);
    const twin = (
      await sup.post(`${url}/applicants`, applicantInput({ owner: { phone: phone.owner.phone } }))
    ).json();
    const confirmed = (
      await sup.post(`${url}/applicants/${twin.id}/flags/${flag(twin, 'same_phone').id}/resolve`, {
        decision: 'confirm',
        note: 'Registro duplicado',
      })
    ).json();
    expect(confirmed.blocked).toBe(true);
  });

  it('reports applicants against goal and target, the funnel and the priority groups', async () => {
    const report = (await coord.get(`${url}/report`)).json();
    const bga = report.territories.find(
      (t: { territoryCode: string }) => t.territoryCode === '68001',
    );
    expect(bga).toMatchObject({ name: 'Bucaramanga', goal: 2, target: 4 });
    expect(bga.registered).toBe(report.totals.registered);
    expect(report.totals.women).toBe(report.totals.registered);
    expect(report.funnel.registered).toBe(report.totals.registered);
    expect(report.funnel.eligible).toBeLessThanOrEqual(report.funnel.documentsComplete);
    expect(report.priorityGroups.women).toBe(report.totals.registered);
    const fac = await as('facilitator@a.test');
    expect((await fac.get(`${url}/report`)).json().totals.registered).toBe(0);
  });
});
