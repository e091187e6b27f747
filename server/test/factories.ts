import type { Role, ScopeType } from '../../shared/roles.ts';
import { uuidv7 } from '../db/columns.ts';
import { fromApplicantInput } from '../modules/registration/applicants.repo.ts';
import type { Executor } from '../db/client.ts';
import { memberships, organizations, users } from '../modules/auth/auth.table.ts';
import { hashPassword } from '../modules/auth/password.ts';
import { businesses, cases, owners } from '../modules/cases/cases.table.ts';
import { programCities, programLocalities, programs } from '../modules/programs/programs.table.ts';
import {
  applicantFlags,
  applicants,
  callRuleVersions,
  calls,
  callTerritories,
} from '../modules/registration/registration.table.ts';
import {
  DEFAULT_CALL_RULES,
  type TApplicantInput,
  type TCallRules,
} from '../../shared/schemas/registration.ts';

/** Test data is written straight into the tables: factories are fixtures, not features. */
export const TEST_PASSWORD = 'una clave de prueba larga';
let testHash: Promise<string> | undefined;
const passwordHash = () => (testHash ??= hashPassword(TEST_PASSWORD));

let counter = 0;
const next = () => ++counter;

export async function createOrganization(db: Executor, options: { name?: string } = {}) {
  const n = next();
  const [org] = await db
    .insert(organizations)
    .values({ name: options.name ?? `Organización ${n}`, slug: `org-${n}-${uuidv7().slice(-6)}` })
    .returning();
  return org!;
}

export async function createProgram(
  db: Executor,
  options: {
    organizationId: string;
    code?: string;
    cities?: Array<{ municipalityCode: string; goal?: number | null }>;
    localities?: Array<{ localityCode: string; goal: number }>;
  },
) {
  const n = next();
  const [program] = await db
    .insert(programs)
    .values({
      organizationId: options.organizationId,
      code: options.code ?? `PRG-${n}`,
      name: `Programa ${n}`,
      cycleStart: '2026-07-27',
      cycleEnd: '2026-12-18',
    })
    .returning();
  const cities = options.cities ?? [{ municipalityCode: '68001', goal: 100 }];
  await db.insert(programCities).values(
    cities.map((c) => ({
      programId: program!.id,
      municipalityCode: c.municipalityCode,
      goal: c.goal ?? null,
    })),
  );
  if (options.localities?.length) {
    await db
      .insert(programLocalities)
      .values(options.localities.map((l) => ({ ...l, programId: program!.id })));
  }
  return program!;
}

export async function createUser(
  db: Executor,
  options: {
    organizationId: string;
    email?: string;
    name?: string;
    isAdmin?: boolean;
    disabled?: boolean;
    locale?: 'es' | 'en';
  },
) {
  const n = next();
  const [user] = await db
    .insert(users)
    .values({
      organizationId: options.organizationId,
      email: options.email ?? `user${n}@example.test`,
      name: options.name ?? `Usuario ${n}`,
      passwordHash: await passwordHash(),
      isAdmin: options.isAdmin ?? false,
      locale: options.locale ?? 'es',
      disabledAt: options.disabled ? new Date() : null,
    })
    .returning();
  return user!;
}

export async function addMembership(
  db: Executor,
  options: {
    userId: string;
    programId: string;
    role: Role;
    scopeType?: ScopeType;
    cities?: string[];
    localities?: string[];
  },
) {
  const scopeType =
    options.scopeType ??
    (options.cities || options.localities
      ? 'territory'
      : ['facilitator', 'mentor', 'owner'].includes(options.role)
        ? 'own'
        : 'program');
  await db.insert(memberships).values({
    userId: options.userId,
    programId: options.programId,
    role: options.role,
    scopeType,
    scopeCities: options.cities ?? [],
    scopeLocalities: options.localities ?? [],
  });
}

export async function createCase(
  db: Executor,
  options: {
    organizationId: string;
    programId: string;
    municipalityCode?: string;
    localityCode?: string | null;
    facilitatorId?: string | null;
    supervisorId?: string | null;
    mentorId?: string | null;
    ownerUserId?: string | null;
    status?: 'active' | 'withdrawn' | 'completed';
    stage?: string;
  },
) {
  const n = next();
  const municipalityCode = options.municipalityCode ?? '68001';
  const [business] = await db
    .insert(businesses)
    .values({
      organizationId: options.organizationId,
      name: `Negocio ${n}`,
      municipalityCode,
      localityCode: options.localityCode ?? null,
    })
    .returning();
  await db.insert(owners).values({
    businessId: business!.id,
    firstNames: 'Ana',
    lastNames: `Pérez ${n}`,
    documentType: 'CC',
    documentNumber: String(10_000_000 + n),
    sex: 'F',
    phone: `310${String(1_000_000 + n).padStart(7, '0')}`,
    userId: options.ownerUserId ?? null,
  });
  const status = options.status ?? 'active';
  const [row] = await db
    .insert(cases)
    .values({
      businessId: business!.id,
      programId: options.programId,
      stage: options.stage ?? (status === 'completed' ? 'completed' : 'first_encounter'),
      status,
      businessName: `Negocio ${n}`,
      ownerName: `Ana Pérez ${n}`,
      facilitatorId: options.facilitatorId ?? null,
      supervisorId: options.supervisorId ?? null,
      mentorId: options.mentorId ?? null,
      municipalityCode,
      localityCode: options.localityCode ?? null,
      registeredAt: new Date('2026-08-01T12:00:00Z'),
      ...(status === 'withdrawn'
        ? { withdrawnAt: new Date('2026-09-01T12:00:00Z'), withdrawalReason: 'not_interested' }
        : {}),
    })
    .returning();
  return { business: business!, case: row! };
}

/** A call with rules version 1, open around today. */
export async function createCall(
  db: Executor,
  options: {
    programId: string;
    code?: string;
    territories?: Array<{ territoryCode: string; goal: number }>;
    rules?: TCallRules;
  },
) {
  const n = next();
  const [call] = await db
    .insert(calls)
    .values({
      programId: options.programId,
      code: options.code ?? `CALL-${n}`,
      name: `Convocatoria ${n}`,
      opensOn: '2026-01-01',
      closesOn: '2099-12-31',
    })
    .returning();
  await db.insert(callRuleVersions).values({
    callId: call!.id,
    version: 1,
    rules: options.rules ?? {
      ...DEFAULT_CALL_RULES,
      criteria: [{ kind: 'lives_in_call_territory' }],
      requiredDocuments: [],
    },
  });
  await db.insert(callTerritories).values(
    (options.territories ?? [{ territoryCode: '68001', goal: 1 }]).map((t) => ({
      ...t,
      callId: call!.id,
    })),
  );
  return call!;
}

/** An eligible applicant written straight into the table. */
export async function createApplicant(
  db: Executor,
  options: {
    call: { id: string; programId: string };
    organizationId: string;
    municipalityCode?: string;
    registeredBy?: string | null;
    score?: number;
  },
) {
  const n = next();
  const municipalityCode = options.municipalityCode ?? '68001';
  const data: TApplicantInput = {
    owner: {
      documentType: 'CC',
      documentNumber: String(70_000_000 + n),
      firstNames: 'Rosa',
      lastNames: `Díaz ${n}`,
      sex: 'F',
      birthDate: '1980-01-01',
      phone: `320${String(1_000_000 + n).padStart(7, '0')}`,
      email: null,
      address: `Carrera ${n} # 1-1`,
      municipalityCode,
      localityCode: null,
      headOfHouseholdMother: null,
      disability: null,
      conflictVictim: null,
      ethnicGroup: null,
    },
    business: {
      name: `Tienda ${n}`,
      ciiuCode: '4711',
      startedOn: '2018-01-01',
      hasPremises: true,
      hasRut: false,
      hasChamberRegistration: false,
      workersTotal: 1,
      workersWomen: 1,
      monthlySales: 2_000_000,
      greenPractices: false,
      culturalCreative: false,
    },
  };
  const [row] = await db
    .insert(applicants)
    .values({
      businessId: uuidv7(),
      callId: options.call.id,
      programId: options.call.programId,
      organizationId: options.organizationId,
      confirmationCode: `T${String(n).padStart(3, '0')}-${String(n).padStart(4, '0')}`.slice(0, 9),
      channel: 'field',
      registeredBy: options.registeredBy ?? null,
      ...fromApplicantInput(data),
      fullName: `diaz ${n} rosa`,
      territoryCode: municipalityCode,
      consentVersion: 'test',
      consentAt: new Date(),
      submittedAt: new Date(Date.now() - 1000 * (1000 - n)),
      verdict: 'eligible',
      rulesVersion: 1,
      priorityScore: options.score ?? 10,
    })
    .returning();
  return row!;
}

/** An open duplicate warning on an applicant. */
export async function createFlag(
  db: Executor,
  applicant: { id: string; businessId: string },
  kind: string,
) {
  const [row] = await db
    .insert(applicantFlags)
    .values({ businessId: applicant.businessId, applicantId: applicant.id, kind })
    .returning();
  return row!;
}
