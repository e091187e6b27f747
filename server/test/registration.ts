import type { TApplicantInput, TCallBody } from '../../shared/schemas/registration.ts';

const DAY = 24 * 3600 * 1000;
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/** A call open today in Bucaramanga (goal 2) and Cúcuta (goal 1), without required documents. */
export function callBody(overrides: Partial<TCallBody> = {}): TCallBody {
  return {
    code: 'CONV-2026-A',
    name: 'Convocatoria de prueba',
    opensOn: isoDay(-10),
    closesOn: isoDay(30),
    territories: [
      { territoryCode: '68001', goal: 2 },
      { territoryCode: '54001', goal: 1 },
    ],
    rules: {
      criteria: [
        { kind: 'lives_in_call_territory' },
        { kind: 'business_min_months', months: 6 },
        { kind: 'not_previous_beneficiary' },
        { kind: 'min_age', years: 18 },
      ],
      priorityWeights: [
        { group: 'head_of_household_mother', points: 20 },
        { group: 'conflict_victim', points: 20 },
        { group: 'women', points: 10 },
      ],
      requiredDocuments: [],
      targetFactor: 1.6,
    },
    ...overrides,
  };
}

let seq = 0;
/** A realistic applicant from Bucaramanga; every call gives a new document number and phone. */
export function applicantInput(
  overrides: {
    owner?: Partial<TApplicantInput['owner']>;
    business?: Partial<TApplicantInput['business']>;
  } = {},
): TApplicantInput {
  seq++;
  return {
    owner: {
      documentType: 'CC',
      documentNumber: String(63_000_000 + seq),
      firstNames: 'Claudia Patricia',
      lastNames: `Rueda ${['Ardila', 'Serrano', 'Gómez', 'Castro', 'Núñez', 'Pinzón'][seq % 6]} ${seq}`,
      sex: 'F',
      birthDate: '1984-05-12',
      phone: `31${String(50_000_000 + seq).padStart(8, '0')}`,
      email: null,
      address: `Calle ${30 + seq} # 27-${10 + seq}`,
      municipalityCode: '68001',
      localityCode: null,
      headOfHouseholdMother: true,
      disability: null,
      conflictVictim: false,
      ethnicGroup: null,
      ...overrides.owner,
    },
    business: {
      name: 'Panadería La Espiga',
      ciiuCode: '1081',
      startedOn: '2019-03-01',
      hasPremises: true,
      hasRut: true,
      hasChamberRegistration: false,
      workersTotal: 3,
      workersWomen: 2,
      monthlySales: 4_500_000,
      greenPractices: false,
      culturalCreative: false,
      ...overrides.business,
    },
  };
}
