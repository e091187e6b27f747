import { DEFAULT_STAGES, type Stage, type WithdrawalReason } from '../../../shared/cases.ts';
import type { Role, ScopeType } from '../../../shared/roles.ts';
import type {
  businesses,
  cases,
  memberships,
  organizations,
  owners,
  programCities,
  programLocalities,
  programs,
  users,
} from '../../db/schema.ts';
import {
  ACTIVITIES,
  FEMALE_COMPOUND_NAMES,
  FEMALE_FIRST_NAMES,
  MALE_COMPOUND_NAMES,
  MALE_FIRST_NAMES,
  REGIONAL_SURNAMES,
  SURNAMES,
  asciiSlug,
  businessName,
  streetAddress,
} from './demo.names.ts';
import {
  DEFAULT_ASSESSMENT_SETTINGS,
  DEFAULT_QUESTIONNAIRE,
} from '../../../shared/domain/assessment/standard.ts';
import { demoAssessmentWork, type DemoAssessmentWork } from './demo.assessment.ts';
import { demoEcosystemWork, type DemoEcosystem } from './demo.ecosystem.ts';
import { demoGrantsWork, trainedCases, type DemoGrants } from './demo.grants.ts';
import { demoTrainingWork, type DemoTraining } from './demo.training.ts';
import { DEFAULT_GRANT_SETTINGS } from '../../../shared/schemas/grants.ts';
import { demoCaseWork, type DemoCaseEvent, type DemoEncounter } from './demo.cases.ts';
import { createRng, demoId, type Rng } from './demo.random.ts';

type Insert<T extends { $inferInsert: object }> = Required<T['$inferInsert']>;
export type DemoOrganization = Insert<typeof organizations>;
export type DemoProgram = Insert<typeof programs>;
export type DemoProgramCity = Insert<typeof programCities>;
export type DemoProgramLocality = Insert<typeof programLocalities>;
/** The loader adds the password hash. */
export type DemoUser = Omit<Insert<typeof users>, 'passwordHash'>;
export type DemoMembership = Insert<typeof memberships>;
export type DemoBusiness = Insert<typeof businesses>;
export type DemoOwner = Insert<typeof owners>;
export type DemoCase = Insert<typeof cases>;

export interface DemoData {
  organization: DemoOrganization;
  programs: DemoProgram[];
  programCities: DemoProgramCity[];
  programLocalities: DemoProgramLocality[];
  users: DemoUser[];
  memberships: DemoMembership[];
  businesses: DemoBusiness[];
  owners: DemoOwner[];
  cases: DemoCase[];
  encounters: DemoEncounter[];
  caseEvents: DemoCaseEvent[];
  assessmentWork: DemoAssessmentWork;
  ecosystem: DemoEcosystem;
  training: DemoTraining;
  grants: DemoGrants;
}

export const DEMO_SEED = 2026;
export const DEMO_ORG_SLUG = 'demo';
export const DEMO_EMAIL_DOMAIN = 'demo.palanca.test';
/** The demo's "today": Wednesday of week 17 of PAM-2026-2; no generated timestamp is later. */
export const DEMO_AS_OF = '2026-11-18T22:00:00.000Z';

export interface DemoAccount {
  email: string;
  role: Role;
  description: string;
}

/** The sign-ins printed at start; all use the demo password. */
export const DEMO_SIGN_INS: readonly DemoAccount[] = [
  {
    email: `admin@${DEMO_EMAIL_DOMAIN}`,
    role: 'admin',
    description: 'Organization administrator; admin of every demo program',
  },
  {
    email: `coordinator@${DEMO_EMAIL_DOMAIN}`,
    role: 'coordinator',
    description: 'Program coordinator of the three demo programs',
  },
  {
    email: `supervisor@${DEMO_EMAIL_DOMAIN}`,
    role: 'supervisor',
    description: 'Supervisor of Bucaramanga and Cúcuta (PAM-2026-2)',
  },
  {
    email: `facilitator@${DEMO_EMAIL_DOMAIN}`,
    role: 'facilitator',
    description: 'Facilitator with 12 cases in Bucaramanga (PAM-2026-2)',
  },
  {
    email: `case-coordinator@${DEMO_EMAIL_DOMAIN}`,
    role: 'case_coordinator',
    description: 'Case coordinator of Bucaramanga (PAM-2026-2) and of Bogotá (CAP-BOG-2026)',
  },
  {
    email: `mentor@${DEMO_EMAIL_DOMAIN}`,
    role: 'mentor',
    description: 'Mentor of 5 cases in Bucaramanga (PAM-2026-2)',
  },
  {
    email: `researcher@${DEMO_EMAIL_DOMAIN}`,
    role: 'researcher',
    description: 'Researcher: aggregates and pseudonymized rows (PAM-2026-2)',
  },
  {
    email: `owner@${DEMO_EMAIL_DOMAIN}`,
    role: 'owner',
    description: 'Owner of a business in Bucaramanga (PAM-2026-2)',
  },
];

const SIGN_IN_NAMES: Readonly<Record<string, string>> = {
  admin: 'Carlos Alberto Mantilla Ríos',
  coordinator: 'Claudia Patricia Rojas Villamizar',
  supervisor: 'Jorge Enrique Pabón Quintero',
  facilitator: 'Valentina Durán Castellanos',
  mentor: 'Andrés Felipe Gómez Serrano',
  researcher: 'Natalia Andrea Suárez Pinzón',
};

interface CityPlan {
  code: string;
  goal: number;
  /** Registered businesses per place of the goal; bigger cities over-register more. */
  ratio: number;
  withdrawal: number;
  migrants: number;
  conflictVictim: number;
  ethnicShare: number;
  ethnicGroups: ReadonlyArray<readonly [string, number]>;
  /** First digits of 10-digit cédulas issued in the region. */
  idPrefixes: readonly string[];
}

/** PAM-2026-2: goals add up to 5,500. */
const PAM_CITIES: readonly CityPlan[] = [
  {
    code: '68001',
    goal: 650,
    ratio: 1.14,
    withdrawal: 0.12,
    migrants: 0.06,
    conflictVictim: 0.1,
    ethnicShare: 0.03,
    ethnicGroups: [
      ['afrocolombiano', 60],
      ['indigena', 20],
      ['rom', 20],
    ],
    idPrefixes: ['1095', '1098', '1102'],
  },
  {
    code: '08001',
    goal: 800,
    ratio: 1.18,
    withdrawal: 0.14,
    migrants: 0.06,
    conflictVictim: 0.08,
    ethnicShare: 0.1,
    ethnicGroups: [
      ['afrocolombiano', 82],
      ['indigena', 10],
      ['palenquero', 4],
      ['raizal', 2],
      ['rom', 2],
    ],
    idPrefixes: ['1042', '1043', '1140'],
  },
  {
    code: '54001',
    goal: 650,
    ratio: 1.12,
    withdrawal: 0.15,
    migrants: 0.14,
    conflictVictim: 0.18,
    ethnicShare: 0.04,
    ethnicGroups: [
      ['afrocolombiano', 50],
      ['indigena', 30],
      ['rom', 20],
    ],
    idPrefixes: ['1090', '1093', '1094'],
  },
  {
    code: '13001',
    goal: 700,
    ratio: 1.15,
    withdrawal: 0.14,
    migrants: 0.04,
    conflictVictim: 0.12,
    ethnicShare: 0.2,
    ethnicGroups: [
      ['afrocolombiano', 78],
      ['palenquero', 15],
      ['indigena', 5],
      ['raizal', 2],
    ],
    idPrefixes: ['1047', '1050', '1143'],
  },
  {
    code: '23001',
    goal: 450,
    ratio: 1.0,
    withdrawal: 0.13,
    migrants: 0.02,
    conflictVictim: 0.2,
    ethnicShare: 0.12,
    ethnicGroups: [
      ['indigena', 50],
      ['afrocolombiano', 50],
    ],
    idPrefixes: ['1063', '1066', '1067'],
  },
  {
    code: '73001',
    goal: 500,
    ratio: 1.06,
    withdrawal: 0.12,
    migrants: 0.02,
    conflictVictim: 0.12,
    ethnicShare: 0.04,
    ethnicGroups: [
      ['indigena', 60],
      ['afrocolombiano', 40],
    ],
    idPrefixes: ['1105', '1106', '1110'],
  },
  {
    code: '41001',
    goal: 400,
    ratio: 0.98,
    withdrawal: 0.11,
    migrants: 0.02,
    conflictVictim: 0.14,
    ethnicShare: 0.04,
    ethnicGroups: [
      ['indigena', 60],
      ['afrocolombiano', 40],
    ],
    idPrefixes: ['1075', '1080', '1081'],
  },
  {
    code: '19001',
    goal: 400,
    ratio: 0.97,
    withdrawal: 0.12,
    migrants: 0.02,
    conflictVictim: 0.18,
    ethnicShare: 0.14,
    ethnicGroups: [
      ['indigena', 75],
      ['afrocolombiano', 25],
    ],
    idPrefixes: ['1058', '1059', '1061'],
  },
  {
    code: '66001',
    goal: 450,
    ratio: 1.04,
    withdrawal: 0.12,
    migrants: 0.03,
    conflictVictim: 0.08,
    ethnicShare: 0.05,
    ethnicGroups: [
      ['afrocolombiano', 55],
      ['indigena', 45],
    ],
    idPrefixes: ['1087', '1088', '1093'],
  },
  {
    code: '50001',
    goal: 500,
    ratio: 1.05,
    withdrawal: 0.13,
    migrants: 0.03,
    conflictVictim: 0.16,
    ethnicShare: 0.04,
    ethnicGroups: [
      ['afrocolombiano', 50],
      ['indigena', 50],
    ],
    idPrefixes: ['1121', '1122', '1123'],
  },
];

const BOGOTA: CityPlan = {
  code: '11001',
  goal: 0,
  ratio: 1.6,
  withdrawal: 0.13,
  migrants: 0.05,
  conflictVictim: 0.1,
  ethnicShare: 0.05,
  ethnicGroups: [
    ['afrocolombiano', 60],
    ['indigena', 30],
    ['rom', 5],
    ['raizal', 5],
  ],
  idPrefixes: ['1000', '1010', '1012', '1014', '1019', '1022', '1024', '1030', '1031', '1033'],
};

/**
 * CAP-BOG-2026 goals per locality. They add up to 250 so that the ~400 registered applicants are
 * the 50–70 % over-registration the city's programs plan for.
 */
const BOGOTA_LOCALITY_GOALS: ReadonlyArray<readonly [string, number]> = [
  ['01', 12],
  ['02', 6],
  ['03', 8],
  ['04', 16],
  ['05', 16],
  ['06', 10],
  ['07', 20],
  ['08', 24],
  ['09', 12],
  ['10', 20],
  ['11', 22],
  ['12', 8],
  ['13', 6],
  ['14', 8],
  ['15', 6],
  ['16', 10],
  ['17', 4],
  ['18', 16],
  ['19', 22],
  ['20', 4],
];

/** Zones of CAP-BOG-2026, one supervisor each. */
const BOGOTA_ZONES: ReadonlyArray<readonly string[]> = [
  ['01', '02', '11', '12', '13'],
  ['03', '14', '15', '16', '17'],
  ['06', '07', '08', '09', '10'],
  ['04', '05', '18', '19', '20'],
];

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Colombia is UTC−5 all year. */
const COLOMBIA_OFFSET_MS = 5 * HOUR_MS;
const CASES_PER_FACILITATOR = 12;
const MENTORS_PER_CITY = 10;
const MENTOR_SHARE = 0.35;

/** Typical days from registration until a case reaches each stage. */
const STAGE_DAYS = [0, 9, 20, 31, 42, 56, 84] as const;

/** Stage funnel of the cases still in the program. */
const PAM_FUNNEL = [8, 7, 8, 10, 22, 30, 15] as const;
/** CAP-BOG-2026 is in its 38th week, so its cases are further along. */
const CAP_FUNNEL = [3, 4, 5, 8, 15, 35, 30] as const;

const WITHDRAWAL_REASONS: ReadonlyArray<readonly [WithdrawalReason, number]> = [
  ['not_contactable', 28],
  ['not_interested', 22],
  ['survey_too_long', 11],
  ['distrust_data', 9],
  ['phone_not_owner', 8],
  ['distrust_program', 5],
  ['owner_moved', 5],
  ['business_closed', 4],
  ['closed_or_changed_owner', 3],
  ['no_reason', 3],
  ['duplicate_record', 2],
];

/** Stage reached before withdrawing, by reason: contact problems surface at once, closures later. */
function withdrawalStageWeights(reason: WithdrawalReason): readonly number[] {
  switch (reason) {
    case 'not_contactable':
    case 'phone_not_owner':
    case 'duplicate_record':
      return [80, 14, 6, 0, 0, 0];
    case 'survey_too_long':
    case 'distrust_data':
      return [38, 34, 22, 6, 0, 0];
    case 'not_interested':
    case 'distrust_program':
    case 'no_reason':
      return [40, 24, 16, 10, 6, 4];
    case 'business_closed':
    case 'closed_or_changed_owner':
    case 'owner_moved':
      return [18, 18, 18, 16, 16, 14];
  }
}

const MALE_DOC_PREFIXES = [
  '10',
  '12',
  '13',
  '14',
  '16',
  '17',
  '19',
  '71',
  '72',
  '73',
  '77',
  '79',
  '80',
  '85',
  '88',
  '91',
  '93',
  '98',
];
const FEMALE_DOC_PREFIXES = [
  '27',
  '28',
  '30',
  '32',
  '36',
  '37',
  '39',
  '41',
  '42',
  '43',
  '49',
  '51',
  '52',
  '55',
  '57',
  '60',
  '63',
  '65',
  '66',
];
const PHONE_PREFIXES = [...Array.from({ length: 25 }, (_, i) => String(300 + i)), '350', '351'];

interface Person {
  firstNames: string;
  lastNames: string;
}

export function personName(rng: Rng, sex: 'F' | 'M', cityCode: string): Person {
  const firstNames =
    sex === 'F'
      ? rng.chance(0.4)
        ? rng.pick(FEMALE_COMPOUND_NAMES)
        : rng.pick(FEMALE_FIRST_NAMES)
      : rng.chance(0.4)
        ? rng.pick(MALE_COMPOUND_NAMES)
        : rng.pick(MALE_FIRST_NAMES);
  const regional = REGIONAL_SURNAMES[cityCode] ?? [];
  const surname = () =>
    regional.length > 0 && rng.chance(0.3) ? rng.pick(regional) : rng.pick(SURNAMES);
  const first = surname();
  let second = surname();
  while (second === first) second = surname();
  return { firstNames, lastNames: `${first} ${second}` };
}

function fullName(person: Person): string {
  return `${person.firstNames} ${person.lastNames}`;
}

function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map((x) => Math.max(1, Math.floor(x)));
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; counts.reduce((a, b) => a + b, 0) < total; k++) {
    const i = (order[k % order.length] as readonly [number, number])[1];
    counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}

interface Unique {
  documents: Set<string>;
  phones: Set<string>;
  emails: Set<string>;
}

interface Registration {
  business: DemoBusiness;
  owner: DemoOwner;
  caseRow: DemoCase;
  stageIndex: number;
}

interface ProgramContext {
  programId: string;
  organizationId: string;
  cycleStartMs: number;
  funnel: readonly number[];
}

/** Builds the whole demo as plain rows; the same seed always gives the same rows. */
export function generateDemo(seed: number = DEMO_SEED): DemoData {
  const rng = createRng(seed);
  const ids = rng.fork('ids');
  const asOfMs = Date.parse(DEMO_AS_OF);
  const unique: Unique = { documents: new Set(), phones: new Set(), emails: new Set() };

  const orgCreated = new Date('2026-01-20T14:00:00Z');
  const organization: DemoOrganization = {
    id: demoId(ids, orgCreated.getTime()),
    name: 'Universidad Demo — Observatorio de Micronegocios',
    slug: DEMO_ORG_SLUG,
    createdAt: orgCreated,
  };
  const capCreated = new Date('2026-02-02T15:00:00Z');
  const pamCreated = new Date('2026-06-15T15:00:00Z');
  const pam: DemoProgram = {
    id: demoId(ids, pamCreated.getTime()),
    organizationId: organization.id,
    code: 'PAM-2026-2',
    name: 'Programa de Acompañamiento a Micronegocios 2026-2',
    cycleStart: '2026-07-27',
    cycleEnd: '2026-12-18',
    caseSettings: null,
    assessmentSettings: null,
    grantSettings: null,
    createdAt: pamCreated,
    updatedAt: pamCreated,
  };
  const cap: DemoProgram = {
    id: demoId(ids, capCreated.getTime()),
    organizationId: organization.id,
    code: 'CAP-BOG-2026',
    name: 'Capitalización Empresarial Bogotá 2026',
    cycleStart: '2026-03-02',
    cycleEnd: '2026-12-15',
    caseSettings: null,
    assessmentSettings: null,
    grantSettings: null,
    createdAt: capCreated,
    updatedAt: capCreated,
  };
  const programCityRows: DemoProgramCity[] = [
    ...PAM_CITIES.map((c) => ({ programId: pam.id, municipalityCode: c.code, goal: c.goal })),
    { programId: cap.id, municipalityCode: BOGOTA.code, goal: null },
  ];
  const programLocalityRows: DemoProgramLocality[] = BOGOTA_LOCALITY_GOALS.map(
    ([number, goal]) => ({
      programId: cap.id,
      localityCode: `${BOGOTA.code}-${number}`,
      goal,
    }),
  );

  // Registrations: businesses, owners and cases, city by city.
  const pamContext: ProgramContext = {
    programId: pam.id,
    organizationId: organization.id,
    cycleStartMs: Date.parse(`${pam.cycleStart}T00:00:00Z`),
    funnel: PAM_FUNNEL,
  };
  const capContext: ProgramContext = {
    programId: cap.id,
    organizationId: organization.id,
    cycleStartMs: Date.parse(`${cap.cycleStart}T00:00:00Z`),
    funnel: CAP_FUNNEL,
  };
  const pamByCity = new Map<string, Registration[]>();
  for (const city of PAM_CITIES) {
    const cityRng = rng.fork(`city:${city.code}`);
    const count = Math.round(city.goal * city.ratio * (0.98 + cityRng.next() * 0.04));
    const list: Registration[] = [];
    for (let i = 0; i < count; i++) {
      list.push(register(cityRng, ids, unique, pamContext, city, undefined, asOfMs));
    }
    pamByCity.set(city.code, list);
  }
  const capByLocality = new Map<string, Registration[]>();
  for (const [number, goal] of BOGOTA_LOCALITY_GOALS) {
    const localityRng = rng.fork(`locality:${number}`);
    const count = Math.round(goal * (1.45 + localityRng.next() * 0.3));
    const list: Registration[] = [];
    for (let i = 0; i < count; i++) {
      list.push(register(localityRng, ids, unique, capContext, BOGOTA, number, asOfMs));
    }
    capByLocality.set(number, list);
  }

  // Staff.
  const staffRng = rng.fork('staff');
  const userRows: DemoUser[] = [];
  const membershipRows: DemoMembership[] = [];
  const adminCreated = orgCreated.getTime() + HOUR_MS;
  const staffCreated = Date.parse('2026-07-13T14:00:00Z');
  const pamMembershipAt = new Date('2026-07-20T14:00:00Z');
  const capMembershipAt = new Date('2026-02-16T14:00:00Z');
  let userSeq = 0;
  const addUser = (email: string, name: string, baseMs: number, isAdmin = false): DemoUser => {
    const created = new Date(baseMs + userSeq++ * 60_000);
    const user: DemoUser = {
      id: demoId(ids, created.getTime()),
      organizationId: organization.id,
      email: email.toLowerCase(),
      name,
      locale: 'es',
      isAdmin,
      disabledAt: null,
      createdAt: created,
      updatedAt: created,
    };
    userRows.push(user);
    return user;
  };
  const addMembership = (
    user: DemoUser,
    program: DemoProgram,
    role: Role,
    scopeType: ScopeType,
    scope: { cities?: string[]; localities?: string[] } = {},
  ) => {
    const at = program === pam ? pamMembershipAt : capMembershipAt;
    membershipRows.push({
      userId: user.id,
      programId: program.id,
      role,
      scopeType,
      scopeCities: scope.cities ?? [],
      scopeLocalities: scope.localities ?? [],
      createdAt: at,
      updatedAt: at,
    });
  };
  const signIn = (key: string, name: string, baseMs: number, isAdmin = false) =>
    addUser(`${key}@${DEMO_EMAIL_DOMAIN}`, name, baseMs, isAdmin);

  const admin = signIn('admin', SIGN_IN_NAMES.admin ?? 'Admin', adminCreated, true);
  const coordinator = signIn(
    'coordinator',
    SIGN_IN_NAMES.coordinator ?? 'Coordinator',
    adminCreated,
  );
  const supervisorAccount = signIn(
    'supervisor',
    SIGN_IN_NAMES.supervisor ?? 'Supervisor',
    staffCreated,
  );
  const facilitatorAccount = signIn(
    'facilitator',
    SIGN_IN_NAMES.facilitator ?? 'Facilitator',
    staffCreated,
  );
  const mentorAccount = signIn('mentor', SIGN_IN_NAMES.mentor ?? 'Mentor', staffCreated);
  const researcher = signIn('researcher', SIGN_IN_NAMES.researcher ?? 'Researcher', staffCreated);
  // Renamed below after the owner whose business it is.
  const ownerAccount = signIn('owner', 'Owner', staffCreated);

  for (const program of [pam, cap]) {
    addMembership(admin, program, 'admin', 'program');
    addMembership(coordinator, program, 'coordinator', 'program');
  }
  addMembership(supervisorAccount, pam, 'supervisor', 'territory', { cities: ['68001', '54001'] });
  addMembership(facilitatorAccount, pam, 'facilitator', 'own');
  addMembership(mentorAccount, pam, 'mentor', 'own');
  addMembership(researcher, pam, 'researcher', 'program');
  addMembership(ownerAccount, pam, 'owner', 'own');

  const staffName = (cityCode: string) =>
    fullName(personName(staffRng, staffRng.chance(0.58) ? 'F' : 'M', cityCode));

  const facilitatorsByCity = new Map<string, DemoUser[]>();
  let facilitatorNumber = 0;
  for (const city of PAM_CITIES) {
    const total = Math.ceil((pamByCity.get(city.code)?.length ?? 0) / CASES_PER_FACILITATOR);
    const list: DemoUser[] = city.code === '68001' ? [facilitatorAccount] : [];
    while (list.length < total) {
      const user = addUser(
        `facilitador.${++facilitatorNumber}@${DEMO_EMAIL_DOMAIN}`,
        staffName(city.code),
        staffCreated,
      );
      addMembership(user, pam, 'facilitator', 'own');
      list.push(user);
    }
    facilitatorsByCity.set(city.code, list);
  }
  const supervisorsByCity = new Map<string, DemoUser[]>();
  let supervisorNumber = 0;
  for (const city of PAM_CITIES) {
    const list: DemoUser[] = ['68001', '54001'].includes(city.code) ? [supervisorAccount] : [];
    for (let k = 0; k < 2; k++) {
      const user = addUser(
        `supervisor.${++supervisorNumber}@${DEMO_EMAIL_DOMAIN}`,
        staffName(city.code),
        staffCreated,
      );
      addMembership(user, pam, 'supervisor', 'territory', { cities: [city.code] });
      list.push(user);
    }
    supervisorsByCity.set(city.code, list);
  }
  const caseCoordinatorByCity = new Map<string, DemoUser>();
  PAM_CITIES.forEach((city, index) => {
    const user = addUser(
      city.code === '68001'
        ? `case-coordinator@${DEMO_EMAIL_DOMAIN}`
        : `coordinador.${index + 1}@${DEMO_EMAIL_DOMAIN}`,
      staffName(city.code),
      staffCreated,
    );
    addMembership(user, pam, 'case_coordinator', 'territory', { cities: [city.code] });
    caseCoordinatorByCity.set(city.code, user);
  });
  const mentorsByCity = new Map<string, DemoUser[]>();
  let mentorNumber = 0;
  for (const city of PAM_CITIES) {
    const list: DemoUser[] = [];
    for (let k = 0; k < MENTORS_PER_CITY; k++) {
      const user = addUser(
        `mentor.${++mentorNumber}@${DEMO_EMAIL_DOMAIN}`,
        staffName(city.code),
        staffCreated,
      );
      addMembership(user, pam, 'mentor', 'own');
      list.push(user);
    }
    mentorsByCity.set(city.code, list);
  }

  // PAM-2026-2 assignments: ~12 cases per facilitator, each facilitator under one supervisor.
  const assignRng = rng.fork('assign');
  for (const city of PAM_CITIES) {
    const registrations = pamByCity.get(city.code) ?? [];
    const facilitators = facilitatorsByCity.get(city.code) ?? [];
    const supervisors = supervisorsByCity.get(city.code) ?? [];
    const mentors = mentorsByCity.get(city.code) ?? [];
    const caseCoordinator = caseCoordinatorByCity.get(city.code);
    assignRng.shuffle(registrations).forEach((registration, index) => {
      const facilitatorIndex = index % facilitators.length;
      const row = registration.caseRow;
      row.facilitatorId = facilitators[facilitatorIndex]?.id ?? null;
      row.supervisorId = supervisors[facilitatorIndex % supervisors.length]?.id ?? null;
      row.caseCoordinatorId = caseCoordinator?.id ?? null;
      if (registration.stageIndex >= 4 && assignRng.chance(MENTOR_SHARE)) {
        row.mentorId = assignRng.pick(mentors).id;
      }
    });
  }

  // The demo sign-ins' own cases, taken from the facilitator account's Bucaramanga cases.
  const bucaramanga = [...(pamByCity.get('68001') ?? [])].sort(
    (a, b) => a.caseRow.registeredAt.getTime() - b.caseRow.registeredAt.getTime(),
  );
  const isPlanned = (r: Registration) =>
    r.caseRow.status === 'active' &&
    (r.caseRow.stage === 'plan_designed' || r.caseRow.stage === 'follow_up');
  const facilitatorCases = bucaramanga.filter(
    (r) => r.caseRow.facilitatorId === facilitatorAccount.id,
  );
  const mentored = [
    ...facilitatorCases.filter(isPlanned).slice(0, 2),
    ...assignRng.shuffle(
      bucaramanga.filter((r) => isPlanned(r) && r.caseRow.facilitatorId !== facilitatorAccount.id),
    ),
  ].slice(0, 5);
  for (const registration of mentored) registration.caseRow.mentorId = mentorAccount.id;

  const ownerCase =
    facilitatorCases.find(
      (r) =>
        r.caseRow.stage === 'follow_up' &&
        r.caseRow.status === 'active' &&
        r.owner.documentType === 'CC',
    ) ??
    facilitatorCases.find((r) => r.caseRow.status === 'active') ??
    bucaramanga.find((r) => r.caseRow.status === 'active');
  if (!ownerCase) throw new Error('demo: no active Bucaramanga case for the owner account');
  ownerCase.owner.userId = ownerAccount.id;
  ownerAccount.name = `${ownerCase.owner.firstNames} ${ownerCase.owner.lastNames}`;

  // CAP-BOG-2026 staff: some PAM staff also work in Bogotá, by zone of localities.
  const pamFacilitators = PAM_CITIES.flatMap((c) =>
    (facilitatorsByCity.get(c.code) ?? []).slice(-2),
  );
  const capSupervisors = PAM_CITIES.slice(0, BOGOTA_ZONES.length).map(
    (c) => (supervisorsByCity.get(c.code) ?? []).at(-1) as DemoUser,
  );
  const capMentors = PAM_CITIES.map((c) => (mentorsByCity.get(c.code) ?? []).at(-1) as DemoUser);
  const capCaseCoordinator = caseCoordinatorByCity.get('68001') as DemoUser;
  addMembership(capCaseCoordinator, cap, 'case_coordinator', 'territory', {
    cities: [BOGOTA.code],
  });
  for (const mentor of capMentors) addMembership(mentor, cap, 'mentor', 'own');
  const zoneSizes = BOGOTA_ZONES.map((zone) =>
    zone.reduce((sum, number) => sum + (capByLocality.get(number)?.length ?? 0), 0),
  );
  const facilitatorsPerZone = apportion(pamFacilitators.length, zoneSizes);
  let nextFacilitator = 0;
  BOGOTA_ZONES.forEach((zone, zoneIndex) => {
    const localityCodes = zone.map((number) => `${BOGOTA.code}-${number}`);
    const supervisor = capSupervisors[zoneIndex] as DemoUser;
    addMembership(supervisor, cap, 'supervisor', 'territory', { localities: localityCodes });
    const zoneFacilitators = pamFacilitators.slice(
      nextFacilitator,
      nextFacilitator + (facilitatorsPerZone[zoneIndex] ?? 1),
    );
    nextFacilitator += zoneFacilitators.length;
    for (const facilitator of zoneFacilitators)
      addMembership(facilitator, cap, 'facilitator', 'own');
    const registrations = zone.flatMap((number) => capByLocality.get(number) ?? []);
    registrations.forEach((registration, index) => {
      const row = registration.caseRow;
      row.facilitatorId = zoneFacilitators[index % zoneFacilitators.length]?.id ?? null;
      row.supervisorId = supervisor.id;
      row.caseCoordinatorId = capCaseCoordinator.id;
      if (registration.stageIndex >= 4 && assignRng.chance(MENTOR_SHARE)) {
        row.mentorId = assignRng.pick(capMentors).id;
      }
    });
  });

  const all = [...[...pamByCity.values()].flat(), ...[...capByLocality.values()].flat()];
  const work = demoCaseWork({
    seed,
    asOf: DEMO_AS_OF,
    cases: all.map((r) => r.caseRow),
    businesses: all.map((r) => r.business),
    owners: all.map((r) => r.owner),
  });
  const assessmentWork = demoAssessmentWork({
    seed,
    asOf: DEMO_AS_OF,
    cases: all.map((r) => r.caseRow),
    definition: DEFAULT_QUESTIONNAIRE,
    settings: DEFAULT_ASSESSMENT_SETTINGS,
  });
  const ecosystem = demoEcosystemWork({
    seed,
    asOf: DEMO_AS_OF,
    programId: pam.id,
    other: { programId: cap.id, cities: [BOGOTA.code], mentors: capMentors },
    cities: PAM_CITIES.map((c) => c.code),
    mentorsByCity,
    mentorAccount,
    caseCoordinatorByCity,
    cases: all.map((r) => r.caseRow),
    plans: assessmentWork.plans,
    activities: assessmentWork.activities,
  });
  // CAP-BOG-2026: training capsules before the grants; a grant is disbursed only after the track.
  const training = demoTrainingWork({
    seed,
    asOf: DEMO_AS_OF,
    programId: cap.id,
    cases: all.map((r) => r.caseRow),
  });
  const track = training.tracks[0]!;
  cap.grantSettings = { ...DEFAULT_GRANT_SETTINGS, trainingTrackId: track.id! };
  const grants = demoGrantsWork({
    seed,
    asOf: DEMO_AS_OF,
    programId: cap.id,
    cases: all.map((r) => r.caseRow),
    approverId: capCaseCoordinator.id,
    trained: trainedCases(training),
  });
  return {
    organization,
    programs: [pam, cap],
    programCities: programCityRows,
    programLocalities: programLocalityRows,
    users: userRows,
    memberships: membershipRows,
    businesses: all.map((r) => r.business),
    owners: all.map((r) => r.owner),
    cases: all.map((r) => r.caseRow),
    encounters: work.encounters,
    caseEvents: work.events,
    assessmentWork,
    ecosystem,
    training,
    grants,
  };
}

/** One business, its owner and its case in a program. */
function register(
  rng: Rng,
  ids: Rng,
  unique: Unique,
  program: ProgramContext,
  city: CityPlan,
  localityNumber: string | undefined,
  asOfMs: number,
): Registration {
  // Registration: the first 4 weeks of the cycle, most of it early, never on Sunday.
  let day = Math.floor(28 * rng.next() ** 1.6);
  if (new Date(program.cycleStartMs + day * DAY_MS).getUTCDay() === 0) day -= 1;
  const registeredMs =
    program.cycleStartMs +
    day * DAY_MS +
    COLOMBIA_OFFSET_MS +
    rng.int(8 * 60, 17 * 60 + 59) * 60_000 +
    rng.int(0, 59) * 1000;
  const registeredAt = new Date(registeredMs);

  // Owner.
  const sexRoll = rng.next();
  const sex: 'F' | 'M' | 'X' = sexRoll < 0.6 ? 'F' : sexRoll < 0.997 ? 'M' : 'X';
  const person = personName(rng, sex === 'X' ? rng.pick(['F', 'M'] as const) : sex, city.code);
  const birthYear = 1960 + Math.floor(((rng.next() + rng.next()) / 2) * 45);
  const birthDate = rng.date(`${birthYear}-01-01`, `${birthYear}-12-31`);
  const migrant = rng.chance(city.migrants);
  const documentType = migrant ? (rng.chance(0.75) ? 'PPT' : 'CE') : 'CC';
  const documentNumber = uniqueValue(unique.documents, () => {
    if (documentType !== 'CC') return String(rng.int(1_000_000, 7_999_999));
    if (birthYear >= 1985)
      return rng.pick(city.idPrefixes) + String(rng.int(0, 999_999)).padStart(6, '0');
    const prefixes = sex === 'F' ? FEMALE_DOC_PREFIXES : MALE_DOC_PREFIXES;
    return rng.pick(prefixes) + String(rng.int(0, 999_999)).padStart(6, '0');
  });
  const phone = uniqueValue(
    unique.phones,
    () => rng.pick(PHONE_PREFIXES) + String(rng.int(0, 9_999_999)).padStart(7, '0'),
  );
  const firstName = asciiSlug(person.firstNames.split(' ')[0] ?? person.firstNames);
  const firstSurname = asciiSlug(
    person.lastNames.startsWith('De la ')
      ? person.lastNames.slice(0, 9)
      : (person.lastNames.split(' ')[0] ?? ''),
  );
  const email = rng.chance(0.5)
    ? uniqueValue(unique.emails, () => {
        const local = rng.weightedPick([
          [`${firstName}.${firstSurname}`, 4],
          [`${firstName}${firstSurname}${String(birthYear).slice(2)}`, 3],
          [`${firstName}.${firstSurname}${rng.int(1, 99)}`, 3],
        ] as const);
        return `${local}@${rng.pick(['example.com', 'example.org'])}`;
      })
    : null;
  const answered = <T>(nullShare: number, value: () => T): T | null =>
    rng.chance(nullShare) ? null : value();
  const ethnicGroup = answered(0.06, () =>
    rng.chance(city.ethnicShare) ? rng.weightedPick(city.ethnicGroups) : 'ninguno',
  );
  const owner: DemoOwner = {
    businessId: '',
    id: demoId(ids, registeredMs),
    firstNames: person.firstNames,
    lastNames: person.lastNames,
    documentType,
    documentNumber,
    sex,
    birthDate,
    phone,
    email,
    headOfHousehold: answered(0.05, () => rng.chance(sex === 'F' ? 0.3 : 0.04)),
    disability: answered(0.04, () => rng.chance(0.04)),
    conflictVictim: answered(0.08, () => rng.chance(city.conflictVictim)),
    ethnicGroup,
    userId: null,
    createdAt: registeredAt,
    updatedAt: registeredAt,
  };

  // Business: the activity leans on the owner's sex, as it does in the field.
  const activity = rng.weightedPick(
    ACTIVITIES.map(
      (a) =>
        [
          a,
          a.weight * (sex === 'F' ? a.femaleShare : sex === 'M' ? 1 - a.femaleShare : 0.5),
        ] as const,
    ),
  );
  const startYear = Math.max(2008, birthYear + 18, 2025 - Math.floor(17 * rng.next() ** 1.7));
  const business: DemoBusiness = {
    id: demoId(ids, registeredMs),
    organizationId: program.organizationId,
    name: businessName(rng, activity, { ...person, sex }),
    ciiuCode: activity.ciiuCode,
    municipalityCode: city.code,
    localityCode: localityNumber ? `${city.code}-${localityNumber}` : null,
    address: streetAddress(rng, localityNumber),
    startedOn: rng.date(`${startYear}-01-01`, `${startYear}-12-31`),
    createdAt: registeredAt,
    updatedAt: registeredAt,
  };
  owner.businessId = business.id;

  // Case: withdrawn cases keep the stage they reached; the others follow the funnel.
  const withdrawn = rng.chance(city.withdrawal);
  let stageIndex: number;
  let reason: WithdrawalReason | null = null;
  if (withdrawn) {
    reason = rng.weightedPick(WITHDRAWAL_REASONS);
    stageIndex = rng.weightedPick(withdrawalStageWeights(reason).map((w, i) => [i, w] as const));
  } else {
    stageIndex = rng.weightedPick(program.funnel.map((w, i) => [i, w] as const));
  }
  const stage = DEFAULT_STAGES[stageIndex] as Stage;
  const latest = asOfMs - HOUR_MS;
  const reachedMs = Math.min(
    latest,
    registeredMs +
      ((STAGE_DAYS[stageIndex] ?? 0) + rng.int(0, 10)) * DAY_MS +
      rng.int(0, 8 * 60) * 60_000,
  );
  let withdrawnAt: Date | null = null;
  let completedAt: Date | null = null;
  let status: 'active' | 'withdrawn' | 'completed' = 'active';
  let updatedMs = reachedMs;
  if (withdrawn) {
    status = 'withdrawn';
    updatedMs = Math.min(latest, reachedMs + rng.int(1, 14) * DAY_MS);
    withdrawnAt = new Date(updatedMs);
  } else if (stage === 'completed') {
    status = 'completed';
    const earliest = Math.min(latest, registeredMs + 84 * DAY_MS);
    updatedMs = earliest + Math.floor(rng.next() * (latest - earliest));
    completedAt = new Date(updatedMs);
  }
  const caseRow: DemoCase = {
    businessId: business.id,
    id: demoId(ids, registeredMs),
    programId: program.programId,
    stage,
    status,
    facilitatorId: null,
    supervisorId: null,
    caseCoordinatorId: null,
    mentorId: null,
    municipalityCode: business.municipalityCode,
    localityCode: business.localityCode,
    // Names, groups and the work on the case are filled by `demoCaseWork` once staff is assigned.
    businessName: '',
    ownerName: '',
    priorityGroups: [],
    registeredAt,
    stageEnteredAt: registeredAt,
    encounterCount: 0,
    encountersInStage: 0,
    lastEncounterOn: null,
    nextStep: null,
    nextStepDueOn: null,
    withdrawnAt,
    withdrawalReason: reason,
    withdrawalNote: null,
    completedAt,
    // Filled by the demo's assessments and plans.
    overallLevel: null,
    needsMentor: false,
    planState: null,
    planCompleted: false,
    version: 1,
    createdAt: registeredAt,
    updatedAt: new Date(updatedMs),
  };
  return { business, owner, caseRow, stageIndex };
}

function uniqueValue(used: Set<string>, make: () => string): string {
  for (;;) {
    const value = make();
    if (!used.has(value)) {
      used.add(value);
      return value;
    }
  }
}

export interface DemoSummary {
  programs: number;
  users: number;
  memberships: number;
  businesses: number;
  owners: number;
  cases: number;
}

export function summarizeDemo(data: DemoData): DemoSummary {
  return {
    programs: data.programs.length,
    users: data.users.length,
    memberships: data.memberships.length,
    businesses: data.businesses.length,
    owners: data.owners.length,
    cases: data.cases.length,
  };
}
