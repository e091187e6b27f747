import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import { createCase, TEST_PASSWORD } from '../../test/factories.ts';
import { applicantInput, callBody } from '../../test/registration.ts';
import { buildWorld, type World } from '../../test/world.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { owners } from '../cases/cases.table.ts';
import { applicants } from './registration.table.ts';
import { CONSENT_VERSION } from './consent.ts';

describe('calls, applications, duplicates, eligibility and selection', () => {
  let ctx: TestContext;
  let w: World;
  let coord: TestClient;
  let fac: TestClient;
  let callId: string;
  const base = () => `/api/programs/${w.programP.id}/calls`;
  const as = async (email: string) => {
    const c = new TestClient(ctx.app);
    await c.signIn(email, TEST_PASSWORD);
    return c;
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildWorld(ctx.db);
    coord = await as('coordinator@a.test');
    fac = await as('facilitator@a.test');
  });
  afterAll(() => ctx.close());

  it('opens a call with goals, targets and versioned rules', async () => {
    const bad = await coord.post(
      base(),
      callBody({ territories: [{ territoryCode: '05001', goal: 3 }], closesOn: '2000-01-01' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['closesOn']);
    const outside = await coord.post(
      base(),
      callBody({ territories: [{ territoryCode: '05001', goal: 3 }] }),
    );
    expect(outside.json().error.fields[0]).toMatchObject({
      path: 'territories.0.territoryCode',
      code: 'territory_outside_program',
    });
    const unknownCriterion = await coord.post(base(), {
      ...callBody(),
      rules: { ...callBody().rules, criteria: [{ kind: 'eval', code: '1+1' }] },
    });
    expect(unknownCriterion.statusCode).toBe(400);
    expect(unknownCriterion.json().error.fields[0].path).toMatch(/^rules\.criteria\.0/);

    const created = await coord.post(base(), callBody());
    expect(created.statusCode).toBe(201);
    callId = created.json().id;
    expect(created.json()).toMatchObject({
      status: 'open',
      rulesVersion: 1,
      territories: [
        { territoryCode: '54001', name: 'San José de Cúcuta', goal: 1, target: 2 },
        { territoryCode: '68001', name: 'Bucaramanga', goal: 2, target: 4 },
      ],
    });
    const taken = await coord.post(base(), callBody());
    expect(taken.json().error.fields[0]).toMatchObject({ path: 'code', code: 'call_code_taken' });

    const sameRules = await coord.put(
      `${base()}/${callId}`,
      callBody({ name: 'Convocatoria renombrada' }),
    );
    expect(sameRules.json()).toMatchObject({ name: 'Convocatoria renombrada', rulesVersion: 1 });
    const newRules = await coord.put(
      `${base()}/${callId}`,
      callBody({ rules: { ...callBody().rules, targetFactor: 1.5 } }),
    );
    expect(newRules.json()).toMatchObject({ rulesVersion: 2 });
    const back = await coord.put(`${base()}/${callId}`, callBody());
    expect(back.json().rulesVersion).toBe(3);
  });

  it('shows the public form what it needs, without signing in', async () => {
    const res = await new TestClient(ctx.app).get('/api/public/calls/conv-2026-a');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      code: 'CONV-2026-A',
      status: 'open',
      consent: { version: CONSENT_VERSION },
      requiredDocuments: [],
    });
    expect(res.body).not.toContain('priorityWeights');
    expect((await new TestClient(ctx.app).get('/api/public/calls/NOPE-123')).statusCode).toBe(404);
  });

  it('takes a public application and shows its status to whoever has code and document', async () => {
    const visitor = new TestClient(ctx.app);
    const input = applicantInput();
    const consent = { accepted: true, version: CONSENT_VERSION };
    const badPhone = await visitor.post('/api/public/calls/CONV-2026-A/applications', {
      applicant: applicantInput({ owner: { phone: '12345' } }),
      consent,
    });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json().error.fields[0]).toMatchObject({
      path: 'applicant.owner.phone',
      message: 'Escriba un celular o teléfono fijo colombiano de 10 dígitos.',
    });
    const noConsent = await visitor.post('/api/public/calls/CONV-2026-A/applications', {
      applicant: input,
      consent: { accepted: false, version: CONSENT_VERSION },
    });
    expect(noConsent.statusCode).toBe(400);
    const oldConsent = await visitor.post('/api/public/calls/CONV-2026-A/applications', {
      applicant: input,
      consent: { accepted: true, version: 'old' },
    });
    expect(oldConsent.json().error.code).toBe('consent_outdated');

    const ok = await visitor.post('/api/public/calls/CONV-2026-A/applications', {
      applicant: input,
      consent,
    });
    expect(ok.statusCode).toBe(201);
    const code = ok.json().confirmationCode as string;
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const [stored] = await ctx.db
      .select()
      .from(applicants)
      .where(eq(applicants.confirmationCode, code));
    expect(stored).toMatchObject({
      channel: 'public',
      consentVersion: CONSENT_VERSION,
      registeredBy: null,
    });

    const status = await visitor.post('/api/public/applications/status', {
      code: code.toLowerCase(),
      documentNumber: input.owner.documentNumber.replace(/(\d{2})(\d{3})/, '$1.$2.'),
    });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({
      confirmationCode: code,
      state: 'eligible',
      missingDocuments: [],
    });
    const wrong = await visitor.post('/api/public/applications/status', {
      code,
      documentNumber: '99999999',
    });
    expect(wrong.statusCode).toBe(404);

    const before = (await ctx.db.select().from(applicants)).length;
    const bot = await visitor.post('/api/public/calls/CONV-2026-A/applications', {
      applicant: applicantInput(),
      consent,
      website: 'http://spam.example',
    });
    expect(bot.statusCode).toBe(201);
    expect((await ctx.db.select().from(applicants)).length).toBe(before);
  });

  it('registers in the field with an explanation of eligibility', async () => {
    const young = applicantInput({
      owner: { birthDate: '2015-01-01' },
      business: { startedOn: new Date().toISOString().slice(0, 10) },
    });
    const res = await fac.post(`${base()}/${callId}/applicants`, young);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.verdict).toBe('not_eligible');
    const byKind = Object.fromEntries(
      body.eligibility.map((e: { criterion: { kind: string }; outcome: string }) => [
        e.criterion.kind,
        e.outcome,
      ]),
    );
    expect(byKind).toEqual({
      lives_in_call_territory: 'met',
      business_min_months: 'not_met',
      not_previous_beneficiary: 'met',
      min_age: 'not_met',
    });
    expect(body.priorityGroups).toEqual(
      expect.arrayContaining(['head_of_household_mother', 'women']),
    );
    expect(body.priorityScore).toBe(30);

    const elsewhere = await fac.post(
      `${base()}/${callId}/applicants`,
      applicantInput({ owner: { municipalityCode: '05001' } }),
    );
    expect(elsewhere.json().eligibility[0]).toMatchObject({ outcome: 'not_met' });
  });

  it('blocks a repeated document, flags a shared phone, a similar person and a former beneficiary', async () => {
    const first = applicantInput({
      owner: { firstNames: 'María Fernanda', lastNames: 'Gómez Ruiz', address: 'Calle 45 # 23-18' },
    });
    const a = (await fac.post(`${base()}/${callId}/applicants`, first)).json();
    expect(a.flags).toEqual([]);

    const sameDoc = (
      await fac.post(
        `${base()}/${callId}/applicants`,
        applicantInput({ owner: { documentNumber: first.owner.documentNumber } }),
      )
    ).json();
    expect(sameDoc.blocked).toBe(true);
    expect(sameDoc.flags).toEqual([
      expect.objectContaining({ kind: 'same_document', otherApplicantId: a.id, status: 'open' }),
    ]);

    const samePhone = (
      await fac.post(
        `${base()}/${callId}/applicants`,
        applicantInput({ owner: { phone: first.owner.phone } }),
      )
    ).json();
    expect(samePhone.blocked).toBe(false);
    expect(samePhone.flags.map((f: { kind: string }) => f.kind)).toEqual(['same_phone']);

    const similar = (
      await fac.post(
        `${base()}/${callId}/applicants`,
        applicantInput({
          owner: {
            firstNames: 'Maria Fernanda',
            lastNames: 'Gomez Ruiz',
            address: 'CL 45 No. 23 - 18',
          },
        }),
      )
    ).json();
    expect(similar.flags.map((f: { kind: string }) => f.kind)).toContain(
      'similar_name_and_address',
    );

    // A former beneficiary of the organization: an owner with a case in the program.
    const former = await createCase(ctx.db, {
      organizationId: w.orgA.id,
      programId: w.programP.id,
    });
    const [owner] = await ctx.db
      .select()
      .from(owners)
      .where(eq(owners.businessId, former.business.id));
    const again = (
      await fac.post(
        `${base()}/${callId}/applicants`,
        applicantInput({ owner: { documentNumber: owner!.documentNumber } }),
      )
    ).json();
    expect(again.flags.map((f: { kind: string }) => f.kind)).toContain('previous_beneficiary');
    expect(again.verdict).toBe('not_eligible');
    expect(
      again.eligibility.find(
        (e: { criterion: { kind: string } }) => e.criterion.kind === 'not_previous_beneficiary',
      ).outcome,
    ).toBe('not_met');
  });

  it('lists applicants by scope and logs reads of personal data', async () => {
    const mine = (await fac.get(`${base()}/${callId}/applicants?pageSize=200`)).json();
    expect(mine.items.every((a: { channel: string }) => a.channel === 'field')).toBe(true);
    const all = (await coord.get(`${base()}/${callId}/applicants?pageSize=200`)).json();
    expect(all.total).toBe(mine.total + 1);
    const flagged = (await coord.get(`${base()}/${callId}/applicants?flagged=true`)).json();
    expect(flagged.items.length).toBeGreaterThanOrEqual(3);
    const cucuta = (await coord.get(`${base()}/${callId}/applicants?territory=54001`)).json();
    expect(cucuta.total).toBe(0);
    const publicOne = all.items.find((a: { channel: string }) => a.channel === 'public');
    expect((await fac.get(`${base()}/${callId}/applicants/${publicOne.id}`)).statusCode).toBe(404);
    const detail = await coord.get(`${base()}/${callId}/applicants/${publicOne.id}`);
    expect(detail.statusCode).toBe(200);
    const reads = await ctx.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.requestId, String(detail.headers['x-request-id'])));
    expect(reads.map((r) => r.action)).toEqual(['applicant.read']);
  });

  it('selects by priority score per territory, waitlists the rest, and makes cases', async () => {
    // Two more eligible applicants in Bucaramanga: a conflict victim (50 points) and a man (0 points).
    await fac.post(
      `${base()}/${callId}/applicants`,
      applicantInput({ owner: { conflictVictim: true } }),
    );
    await fac.post(
      `${base()}/${callId}/applicants`,
      applicantInput({ owner: { sex: 'M', firstNames: 'Jorge', headOfHouseholdMother: null } }),
    );
    const preview = (await coord.get(`${base()}/${callId}/selection?territory=68001`)).json();
    expect(preview.goal).toBe(2);
    expect(preview.selected).toHaveLength(2);
    expect(preview.selected[0].score).toBe(50);
    const scores = [...preview.selected, ...preview.waitlist].map(
      (r: { score: number }) => r.score,
    );
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(preview.counts.blocked).toBe(1);
    expect(preview.decided).toBe(false);

    const homeBefore = (await coord.get(`/api/programs/${w.programP.id}/home`)).json().totals
      .registered;
    const confirmed = await coord.post(`${base()}/${callId}/selection`, { territoryCode: '68001' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ decided: true, rulesVersion: 3 });
    const homeAfter = (await coord.get(`/api/programs/${w.programP.id}/home`)).json().totals
      .registered;
    expect(homeAfter).toBe(homeBefore + 2);
    expect(
      (await coord.post(`${base()}/${callId}/selection`, { territoryCode: '68001' })).statusCode,
    ).toBe(409);

    const waitlisted = (
      await coord.get(`${base()}/${callId}/applicants?selection=waitlisted&pageSize=200`)
    ).json();
    expect(waitlisted.total).toBe(preview.waitlist.length);
    const promoted = await coord.post(`${base()}/${callId}/selection/promote`, {
      territoryCode: '68001',
    });
    expect(promoted.statusCode).toBe(200);
    expect((await coord.get(`/api/programs/${w.programP.id}/home`)).json().totals.registered).toBe(
      homeAfter + 1,
    );
    expect((await coord.get(`${base()}/${callId}/selection?territory=11001`)).statusCode).toBe(400);
  });
});
