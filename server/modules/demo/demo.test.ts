import { count, eq, ne } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { applicants } from '../registration/registration.table.ts';
import { generateDemoApplicants } from './demo.call.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, DEFAULT_WITHDRAWAL_REASONS } from '../../../shared/cases.ts';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import {
  auditEvents,
  businesses,
  cases,
  departments,
  localities,
  memberships,
  municipalities,
  organizations,
  owners,
  programs,
  users,
} from '../../db/schema.ts';
import { checkAnswers } from '../../../shared/domain/assessment/scoring.ts';
import { DEFAULT_QUESTIONNAIRE } from '../../../shared/domain/assessment/standard.ts';
import { verifyPassword } from '../auth/password.ts';
import { loadTerritories, titleCaseEs } from '../programs/territories.repo.ts';
import {
  DEMO_AS_OF,
  DEMO_SEED,
  DEMO_SIGN_INS,
  generateDemo,
  type DemoData,
} from './demo.generate.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, loadDemo } from './demo.repo.ts';
import { planTotal } from '../../../shared/domain/grants/rules.ts';
import { DEFAULT_GRANT_SETTINGS } from '../../../shared/schemas/grants.ts';
import { createRng, demoId } from './demo.random.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DAY_MS = 86_400_000;

const data = generateDemo();
const [pam, cap] = data.programs as [DemoData['programs'][number], DemoData['programs'][number]];

function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length / items.length;
}

function account(key: string) {
  const user = data.users.find((u) => u.email === `${key}@demo.palanca.test`);
  if (!user) throw new Error(`missing demo account ${key}`);
  return user;
}

function membershipsOf(userId: string) {
  return data.memberships.filter((m) => m.userId === userId);
}

describe('titleCaseEs', () => {
  it('title-cases DIVIPOLA names in Spanish', () => {
    expect(titleCaseEs('SAN JOSÉ DE CÚCUTA')).toBe('San José de Cúcuta');
    expect(titleCaseEs('BOGOTÁ. D.C.')).toBe('Bogotá, D.C.');
    expect(titleCaseEs('ARCHIPIÉLAGO DE SAN ANDRÉS. PROVIDENCIA Y SANTA CATALINA')).toBe(
      'Archipiélago de San Andrés, Providencia y Santa Catalina',
    );
    expect(titleCaseEs('EL CARMEN DE BOLÍVAR')).toBe('El Carmen de Bolívar');
    expect(titleCaseEs('VALLE DEL CAUCA')).toBe('Valle del Cauca');
    expect(titleCaseEs('LA JAGUA DE IBIRICO')).toBe('La Jagua de Ibirico');
    expect(titleCaseEs('PIENDAMÓ - TUNÍA')).toBe('Piendamó - Tunía');
  });
});

describe('demo random', () => {
  it('builds valid, repeatable UUIDv7 ids', () => {
    const a = demoId(createRng(1), Date.parse('2026-07-27T13:00:00Z'));
    expect(a).toMatch(UUID_V7);
    expect(a.slice(0, 13).replace('-', '')).toBe(
      Date.parse('2026-07-27T13:00:00Z').toString(16).padStart(12, '0'),
    );
    expect(demoId(createRng(1), 0)).toBe(demoId(createRng(1), 0));
    expect(demoId(createRng(2), 0)).not.toBe(demoId(createRng(1), 0));
  });
});

describe('generateDemo', () => {
  it('is deterministic for a seed and differs for another seed', () => {
    expect(generateDemo(2026)).toEqual(data);
    const other = generateDemo(7);
    expect(other.organization.id).not.toBe(data.organization.id);
    expect(other.owners.slice(0, 50)).not.toEqual(data.owners.slice(0, 50));
  });

  it('builds the two programs with their goals', () => {
    expect(pam).toMatchObject({
      code: 'PAM-2026-2',
      cycleStart: '2026-07-27',
      cycleEnd: '2026-12-18',
    });
    expect(cap).toMatchObject({
      code: 'CAP-BOG-2026',
      cycleStart: '2026-03-02',
      cycleEnd: '2026-12-15',
    });
    const pamCities = data.programCities.filter((c) => c.programId === pam.id);
    expect(pamCities.map((c) => c.municipalityCode).sort()).toEqual(
      [
        '68001',
        '08001',
        '54001',
        '13001',
        '23001',
        '73001',
        '41001',
        '19001',
        '66001',
        '50001',
      ].sort(),
    );
    expect(pamCities.reduce((sum, c) => sum + (c.goal ?? 0), 0)).toBe(5500);
    expect(data.programCities.filter((c) => c.programId === cap.id)).toEqual([
      { programId: cap.id, municipalityCode: '11001', goal: null },
    ]);
    expect(data.programLocalities).toHaveLength(20);
  });

  it('registers about 6,000 businesses in PAM and about 400 in Bogotá, within each goal range', () => {
    const pamCases = data.cases.filter((c) => c.programId === pam.id);
    const capCases = data.cases.filter((c) => c.programId === cap.id);
    expect(pamCases.length).toBeGreaterThanOrEqual(5800);
    expect(pamCases.length).toBeLessThanOrEqual(6600);
    expect(capCases.length).toBeGreaterThanOrEqual(340);
    expect(capCases.length).toBeLessThanOrEqual(460);
    for (const city of data.programCities.filter((c) => c.programId === pam.id)) {
      const registered = pamCases.filter(
        (c) => c.municipalityCode === city.municipalityCode,
      ).length;
      expect(registered / (city.goal ?? 1)).toBeGreaterThanOrEqual(0.95);
      expect(registered / (city.goal ?? 1)).toBeLessThanOrEqual(1.25);
    }
    for (const locality of data.programLocalities) {
      expect(capCases.some((c) => c.localityCode === locality.localityCode)).toBe(true);
    }
    expect(data.businesses).toHaveLength(data.cases.length);
    expect(data.owners).toHaveLength(data.businesses.length);
  });

  it('keeps withdrawals and women shares realistic', () => {
    const withdrawn = share(data.cases, (c) => c.status === 'withdrawn');
    expect(withdrawn).toBeGreaterThanOrEqual(0.1);
    expect(withdrawn).toBeLessThanOrEqual(0.16);
    const women = share(data.owners, (o) => o.sex === 'F');
    expect(women).toBeGreaterThanOrEqual(0.55);
    expect(women).toBeLessThanOrEqual(0.65);
    const reasons = new Map<string, number>();
    for (const c of data.cases) {
      if (c.withdrawalReason)
        reasons.set(c.withdrawalReason, (reasons.get(c.withdrawalReason) ?? 0) + 1);
    }
    const [first, second] = [...reasons.entries()].sort((a, b) => b[1] - a[1]);
    expect([first?.[0], second?.[0]].sort()).toEqual(['not_contactable', 'not_interested']);
  });

  it('keeps every case consistent with its business, stage and dates', () => {
    const byId = new Map(data.businesses.map((b) => [b.id, b]));
    const asOf = Date.parse(DEMO_AS_OF);
    const cycleStart = new Map(
      data.programs.map((p) => [p.id, Date.parse(`${p.cycleStart}T00:00:00Z`)]),
    );
    const stages: readonly string[] = DEFAULT_STAGES;
    const reasons: readonly string[] = DEFAULT_WITHDRAWAL_REASONS;
    for (const c of data.cases) {
      const business = byId.get(c.businessId);
      expect(business).toBeDefined();
      expect(c.municipalityCode).toBe(business?.municipalityCode);
      expect(c.localityCode).toBe(business?.localityCode);
      expect(stages).toContain(c.stage);
      const registered = c.registeredAt.getTime();
      const start = cycleStart.get(c.programId) ?? 0;
      expect(registered).toBeGreaterThanOrEqual(start);
      expect(registered).toBeLessThan(start + 28 * DAY_MS + DAY_MS);
      expect(c.updatedAt.getTime()).toBeLessThanOrEqual(asOf);
      if (c.status === 'withdrawn') {
        expect(reasons).toContain(c.withdrawalReason);
        expect(c.withdrawnAt?.getTime()).toBeGreaterThan(registered);
        expect(c.withdrawnAt?.getTime()).toBeLessThanOrEqual(asOf);
        expect(c.stage).not.toBe('completed');
      } else {
        expect(c.withdrawnAt).toBeNull();
        expect(c.withdrawalReason).toBeNull();
      }
      expect(c.status === 'completed').toBe(c.stage === 'completed');
      expect(c.completedAt !== null).toBe(c.status === 'completed');
      expect(c.facilitatorId).not.toBeNull();
      expect(c.supervisorId).not.toBeNull();
      if (c.mentorId)
        expect(stages.indexOf(c.stage)).toBeGreaterThanOrEqual(stages.indexOf('plan_designed'));
    }
    const bogota = data.businesses.filter((b) => b.municipalityCode === '11001');
    expect(bogota.every((b) => /^11001-\d\d$/.test(b.localityCode ?? ''))).toBe(true);
    expect(
      data.businesses
        .filter((b) => b.municipalityCode !== '11001')
        .every((b) => b.localityCode === null),
    ).toBe(true);
  });

  it('assesses, diagnoses and plans the cases as their stages require', () => {
    const work = data.assessmentWork;
    const stages: readonly string[] = DEFAULT_STAGES;
    const submitted = new Map(
      work.assessments.filter((a) => a.status === 'submitted').map((a) => [a.caseId, a]),
    );
    const drafts = work.assessments.filter((a) => a.status === 'draft');
    const plansByCase = new Map(work.plans.map((p) => [p.caseId, p]));
    const activitiesByPlan = new Map<string, typeof work.activities>();
    for (const a of work.activities)
      activitiesByPlan.set(a.planId, [...(activitiesByPlan.get(a.planId) ?? []), a]);
    const asOf = DEMO_AS_OF.slice(0, 10);
    for (const c of data.cases) {
      const k = stages.indexOf(c.stage);
      const assessment = submitted.get(c.id);
      // Every answer set is one a facilitator could have submitted.
      if (assessment)
        expect(checkAnswers(DEFAULT_QUESTIONNAIRE, assessment.answers, 'submit')).toEqual([]);
      expect(!!assessment).toBe(k >= stages.indexOf('waiting_plan'));
      expect(c.overallLevel !== null).toBe(!!assessment);
      const plan = plansByCase.get(c.id);
      expect(!!plan).toBe(k >= stages.indexOf('plan_designed'));
      expect(c.planState).toBe(plan ? (plan.presentedOn ? 'presented' : 'designed') : null);
      expect(!!plan?.presentedOn).toBe(k >= stages.indexOf('follow_up'));
      if (c.status === 'completed') expect(c.planCompleted).toBe(true);
      for (const a of plan ? activitiesByPlan.get(plan.id!)! : []) {
        if (a.status === 'scheduled') continue;
        expect(a.recordedOn! >= plan!.startsOn).toBe(true);
        expect(a.recordedOn! <= asOf).toBe(true);
      }
    }
    for (const d of drafts)
      expect(checkAnswers(DEFAULT_QUESTIONNAIRE, d.answers, 'draft')).toEqual([]);
    // Like the reference program: most active cases past the encounters are diagnosed, and many
    // levels need a mentor; about half of the due activities are recorded.
    expect(drafts.length).toBeGreaterThan(100);
    const mentors = share(
      data.cases.filter((c) => c.overallLevel),
      (c) => c.needsMentor,
    );
    expect(mentors).toBeGreaterThan(0.3);
    expect(mentors).toBeLessThan(0.8);
    const recorded = share(work.activities, (a) => a.status !== 'scheduled');
    expect(recorded).toBeGreaterThan(0.2);
    expect(recorded).toBeLessThan(0.8);
  });

  it('gives owners unique, realistic identities', () => {
    const documents = data.owners.map((o) => o.documentNumber);
    expect(new Set(documents).size).toBe(documents.length);
    expect(documents.every((d) => /^[1-9]\d{6,9}$/.test(d))).toBe(true);
    expect(new Set(data.owners.map((o) => o.documentType))).toEqual(new Set(['CC', 'CE', 'PPT']));
    expect(share(data.owners, (o) => o.documentType === 'CC')).toBeGreaterThan(0.9);
    expect(data.owners.every((o) => /^3(0\d|1\d|2[0-4]|5[01])\d{7}$/.test(o.phone ?? ''))).toBe(
      true,
    );
    const emails = data.owners.flatMap((o) => (o.email ? [o.email] : []));
    expect(emails.length / data.owners.length).toBeGreaterThan(0.4);
    expect(emails.length / data.owners.length).toBeLessThan(0.6);
    expect(emails.every((e) => /^[a-z0-9.]+@example\.(com|org)$/.test(e))).toBe(true);
    expect(data.owners.every((o) => o.lastNames.split(' ').length >= 2)).toBe(true);
    expect(
      data.owners.every(
        (o) => (o.birthDate ?? '') >= '1960-01-01' && (o.birthDate ?? '') <= '2004-12-31',
      ),
    ).toBe(true);
    expect(
      data.businesses.every(
        (b) => (b.startedOn ?? '') >= '2008-01-01' && (b.startedOn ?? '') <= '2025-12-31',
      ),
    ).toBe(true);
    expect(share(data.owners, (o) => o.conflictVictim === null)).toBeGreaterThan(0);
    const ids = [
      ...data.businesses.map((b) => b.id),
      ...data.owners.map((o) => o.id),
      ...data.cases.map((c) => c.id),
      ...data.users.map((u) => u.id),
    ];
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives CAP-BOG-2026 grants that respect the cap, the approver rule and the ledger', () => {
    const g = data.grants;
    const cap = DEFAULT_GRANT_SETTINGS.capMinor;
    const itemsOf = (planId: string) => g.items.filter((i) => i.planId === planId);
    for (const plan of g.plans) {
      expect(planTotal(itemsOf(plan.id!))).toBeLessThanOrEqual(cap);
      if (plan.status === 'approved') expect(plan.approvedBy).not.toBe(plan.builtBy);
    }
    expect(g.grants).toHaveLength(g.plans.filter((p) => p.status === 'approved').length);
    for (const grant of g.grants) {
      const paid = g.ledger
        .filter((e) => e.grantId === grant.id)
        .reduce((sum, e) => sum + e.amountMinor, 0);
      expect(paid).toBeLessThanOrEqual(grant.approvedMinor);
      if (paid > 0) expect(g.policies.some((p) => p.caseId === grant.caseId)).toBe(true);
    }
    // The policy is the bottleneck: some approved grants still wait for it.
    expect(g.policies.length).toBeLessThan(g.grants.length);
    expect(g.ledger.length).toBeGreaterThan(50);
  });

  it('creates the staff with one PAM membership each', () => {
    const emails = data.users.map((u) => u.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((e) => e === e.toLowerCase() && e.endsWith('@demo.palanca.test'))).toBe(
      true,
    );
    const pamRoles = new Map<string, number>();
    for (const m of data.memberships.filter((m) => m.programId === pam.id)) {
      pamRoles.set(m.role, (pamRoles.get(m.role) ?? 0) + 1);
    }
    expect(pamRoles.get('facilitator')).toBeGreaterThanOrEqual(480);
    expect(pamRoles.get('facilitator')).toBeLessThanOrEqual(560);
    expect(pamRoles.get('supervisor')).toBe(21);
    expect(pamRoles.get('case_coordinator')).toBe(10);
    expect(pamRoles.get('mentor')).toBe(101);
    for (const user of data.users) {
      expect(membershipsOf(user.id).some((m) => m.programId === pam.id)).toBe(true);
    }
    const capMembers = data.memberships.filter((m) => m.programId === cap.id);
    expect(
      capMembers
        .filter((m) => m.role === 'supervisor')
        .every((m) => m.scopeType === 'territory' && m.scopeLocalities.length > 0),
    ).toBe(true);
    expect(capMembers.filter((m) => m.role === 'facilitator').length).toBeGreaterThanOrEqual(10);
  });

  it('has the 8 demo sign-ins with their roles and scopes', () => {
    expect(DEMO_ACCOUNTS.map((a) => a.email)).toEqual(DEMO_SIGN_INS.map((a) => a.email));
    expect(DEMO_ACCOUNTS).toHaveLength(8);
    const admin = account('admin');
    expect(admin.isAdmin).toBe(true);
    for (const key of ['admin', 'coordinator']) {
      const ms = membershipsOf(account(key).id);
      expect(ms.map((m) => m.programId).sort()).toEqual([pam.id, cap.id].sort());
      expect(ms.every((m) => m.role === key && m.scopeType === 'program')).toBe(true);
    }
    const expectOnly = (key: string, role: string, scopeType: string, cities: string[] = []) => {
      expect(membershipsOf(account(key).id)).toEqual([
        expect.objectContaining({
          programId: pam.id,
          role,
          scopeType,
          scopeCities: cities,
          scopeLocalities: [],
        }),
      ]);
    };
    expectOnly('supervisor', 'supervisor', 'territory', ['68001', '54001']);
    expectOnly('facilitator', 'facilitator', 'own');
    expectOnly('mentor', 'mentor', 'own');
    expectOnly('researcher', 'researcher', 'program');
    expect(membershipsOf(account('case-coordinator').id)).toEqual([
      expect.objectContaining({
        programId: pam.id,
        role: 'case_coordinator',
        scopeCities: ['68001'],
      }),
      expect.objectContaining({
        programId: cap.id,
        role: 'case_coordinator',
        scopeCities: ['11001'],
      }),
    ]);
    expectOnly('owner', 'owner', 'own');

    const facilitatorCases = data.cases.filter(
      (c) => c.facilitatorId === account('facilitator').id,
    );
    expect(facilitatorCases.length).toBeGreaterThanOrEqual(11);
    expect(facilitatorCases.length).toBeLessThanOrEqual(13);
    expect(
      facilitatorCases.every((c) => c.municipalityCode === '68001' && c.programId === pam.id),
    ).toBe(true);
    const mentorCases = data.cases.filter((c) => c.mentorId === account('mentor').id);
    expect(mentorCases).toHaveLength(5);

    const ownerUser = account('owner');
    const linked = data.owners.filter((o) => o.userId === ownerUser.id);
    expect(linked).toHaveLength(1);
    expect(ownerUser.name).toBe(`${linked[0]?.firstNames} ${linked[0]?.lastNames}`);
    expect(data.businesses.find((b) => b.id === linked[0]?.businessId)?.municipalityCode).toBe(
      '68001',
    );
  });
});

describe('loadDemo', () => {
  it('loads everything in PGlite, idempotent territories, all or nothing', async () => {
    const database = await openDatabase({});
    try {
      await migrateDatabase(database);
      const { db } = database;
      const rows = async (table: PgTable) => {
        const [row] = await db.select({ n: count() }).from(table);
        return row?.n ?? 0;
      };
      const territoryCounts = async () => ({
        departments: await rows(departments),
        municipalities: await rows(municipalities),
        localities: await rows(localities),
      });

      expect(await isDatabaseEmpty(db)).toBe(true);
      const expected = { departments: 33, municipalities: 1122, localities: 20 };
      expect(await loadTerritories(db)).toEqual(expected);
      expect(await loadTerritories(db)).toEqual(expected);
      expect(await territoryCounts()).toEqual(expected);
      const [bogota] = await db
        .select()
        .from(municipalities)
        .where(eq(municipalities.code, '11001'));
      expect(bogota).toEqual({
        code: '11001',
        departmentCode: '11',
        name: 'Bogotá, D.C.',
        kind: 'municipio',
      });
      const [candelaria] = await db
        .select()
        .from(localities)
        .where(eq(localities.code, '11001-17'));
      expect(candelaria).toEqual({
        code: '11001-17',
        municipalityCode: '11001',
        number: '17',
        name: 'La Candelaria',
      });

      const result = await loadDemo({ db });
      expect(result).toEqual({
        organizationId: data.organization.id,
        programIds: [...data.programs.map((p) => p.id), expect.any(String)],
        businesses: data.businesses.length,
        cases: data.cases.length,
        users: data.users.length,
      });
      expect(await isDatabaseEmpty(db)).toBe(false);
      expect(await territoryCounts()).toEqual(expected);
      expect(await rows(organizations)).toBe(1);
      // The two running programs plus the next cycle, whose call is open.
      expect(await rows(programs)).toBe(3);
      expect(await rows(users)).toBe(data.users.length);
      expect(await rows(memberships)).toBe(data.memberships.length + 5);
      const generated = generateDemoApplicants(DEMO_SEED);
      expect(await rows(applicants)).toBe(generated.applicants.length);
      expect(generated.applicants.length).toBeGreaterThan(600);
      const again = generateDemoApplicants(DEMO_SEED);
      expect(Array.from({ length: 5 }, () => again.makeId())).toEqual(
        Array.from({ length: 5 }, () => generated.makeId()),
      );
      expect(again.applicants).toEqual(generated.applicants);
      const verdicts = await db
        .select({ verdict: applicants.verdict, n: count() })
        .from(applicants)
        .groupBy(applicants.verdict);
      expect(verdicts.find((v) => v.verdict === 'not_eligible')?.n).toBeGreaterThan(10);
      expect(await rows(businesses)).toBe(data.businesses.length);
      expect(await rows(owners)).toBe(data.owners.length);
      expect(await rows(cases)).toBe(data.cases.length);

      const mismatched = await db
        .select({ n: count() })
        .from(cases)
        .innerJoin(businesses, eq(businesses.id, cases.businessId))
        .where(ne(cases.municipalityCode, businesses.municipalityCode));
      expect(mismatched).toEqual([{ n: 0 }]);
      const [audit] = await db.select().from(auditEvents);
      expect(audit).toMatchObject({
        action: 'demo.load',
        entityType: 'organization',
        entityId: data.organization.id,
        actorId: null,
      });
      expect(audit?.after).toMatchObject({
        businesses: data.businesses.length,
        cases: data.cases.length,
      });
      const [admin] = await db
        .select()
        .from(users)
        .where(eq(users.email, 'admin@demo.palanca.test'));
      expect(await verifyPassword(DEMO_PASSWORD, admin?.passwordHash ?? '')).toBe(true);

      await expect(loadDemo({ db })).rejects.toThrow(/already exists/);
      expect(await rows(cases)).toBe(data.cases.length);
      expect(await rows(auditEvents)).toBe(1);
    } finally {
      await database.close();
    }
  }, 180_000);
});
