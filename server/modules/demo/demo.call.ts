import {
  DEFAULT_CALL_RULES,
  type TApplicantInput,
  type TCallRules,
} from '../../../shared/schemas/registration.ts';
import { ACTIVITIES, businessName, streetAddress } from './demo.names.ts';
import { personName } from './demo.generate.ts';
import { createRng, demoId, type Rng } from './demo.random.ts';

/** The next cycle's call, open around the demo's "today" (2026-11-18), in the same ten cities. */
export const DEMO_CALL = {
  programCode: 'PAM-2027-1',
  programName: 'Programa de Acompañamiento a Micronegocios 2027-1',
  cycleStart: '2027-02-01',
  cycleEnd: '2027-06-25',
  code: 'PAM-2027-1',
  name: 'Convocatoria de micronegocios 2027-1',
  opensOn: '2026-11-03',
  closesOn: '2027-01-29',
  /** Goals (places) per city: a smaller cycle than 2026-2. */
  goals: {
    '68001': 60,
    '08001': 70,
    '54001': 55,
    '13001': 60,
    '23001': 40,
    '73001': 45,
    '41001': 35,
    '19001': 35,
    '66001': 40,
    '50001': 45,
  } as Record<string, number>,
};

/** Documents are asked for but checked by people; eligibility does not wait for them in the demo. */
export const DEMO_CALL_RULES: TCallRules = {
  ...DEFAULT_CALL_RULES,
  criteria: DEFAULT_CALL_RULES.criteria.filter((c) => c.kind !== 'documents_verified'),
};

const BASE_TIME = Date.parse('2026-11-03T13:00:00Z');
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export interface DemoApplicant {
  input: TApplicantInput;
  channel: 'public' | 'field';
  submittedAt: Date;
}

/** About 1.3 applicants per place so far (the call is half-way), some of them ineligible. */
export function generateDemoApplicants(seed: number): {
  applicants: DemoApplicant[];
  makeId: () => string;
  makeCode: () => string;
} {
  const rng: Rng = createRng(seed).fork('call-2027-1');
  const ids = rng.fork('ids');
  let tick = 0;
  const makeId = () => demoId(ids, BASE_TIME + tick++);
  const codes = rng.fork('codes');
  const makeCode = () => {
    const part = () =>
      Array.from({ length: 4 }, () => CODE_ALPHABET[codes.int(0, CODE_ALPHABET.length - 1)]).join(
        '',
      );
    return `${part()}-${part()}`;
  };
  const applicants: DemoApplicant[] = [];
  let document = 1_001_234_567;
  for (const [city, goal] of Object.entries(DEMO_CALL.goals)) {
    const count = Math.round(goal * (1.1 + rng.next() * 0.4));
    for (let i = 0; i < count; i++) {
      const sex: 'F' | 'M' = rng.chance(0.62) ? 'F' : 'M';
      const person = personName(rng, sex, city);
      const activity = rng.weightedPick(ACTIVITIES.map((a) => [a, a.weight] as const));
      document += rng.int(1_000, 90_000);
      const workersTotal = rng.weightedPick([
        [1, 40],
        [2, 30],
        [3, 15],
        [4, 10],
        [6, 5],
      ] as const);
      // A few too young, a few businesses too new: the explanation has something to show.
      const birthYear = rng.chance(0.03) ? 2010 : rng.int(1962, 2004);
      const started = rng.chance(0.06)
        ? rng.date('2026-07-01', '2026-10-31')
        : rng.date('2008-01-01', '2025-12-31');
      applicants.push({
        channel: rng.chance(0.7) ? 'public' : 'field',
        submittedAt: new Date(BASE_TIME + rng.int(0, 15 * 24 * 3600) * 1000),
        input: {
          owner: {
            documentType: rng.chance(0.04) ? 'PPT' : 'CC',
            documentNumber: String(document),
            firstNames: person.firstNames,
            lastNames: person.lastNames,
            sex,
            birthDate: `${birthYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
            phone: `3${rng.pick(['00', '01', '10', '12', '14', '15', '17', '20', '22', '50'])}${String(rng.int(1_000_000, 9_999_999))}`,
            email: null,
            address: streetAddress(rng),
            municipalityCode: city,
            localityCode: null,
            headOfHouseholdMother: sex === 'F' ? rng.chance(0.32) : null,
            disability: rng.chance(0.9) ? rng.chance(0.04) : null,
            conflictVictim: rng.chance(0.85) ? rng.chance(0.14) : null,
            ethnicGroup: rng.chance(0.8)
              ? rng.chance(0.1)
                ? rng.pick(['afrocolombiano', 'indigena', 'raizal', 'palenquero', 'rom'] as const)
                : 'ninguno'
              : null,
          },
          business: {
            name: businessName(rng, activity, { ...person, sex }),
            ciiuCode: activity.ciiuCode,
            startedOn: started,
            hasPremises: rng.chance(0.55),
            hasRut: rng.chance(0.45),
            hasChamberRegistration: rng.chance(0.25),
            workersTotal,
            workersWomen: Math.min(workersTotal, rng.int(0, workersTotal)),
            monthlySales: rng.int(6, 180) * 50_000,
            greenPractices: rng.chance(0.1),
            culturalCreative: rng.chance(0.07),
          },
        },
      });
    }
  }
  // As in real calls: a few people register twice, share a phone, or are typed twice with small changes.
  for (let i = 40; i < applicants.length; i += 97) {
    const earlier = applicants[i - rng.int(1, 30)]!.input.owner;
    const owner = applicants[i]!.input.owner;
    const kind = rng.pick(['document', 'phone', 'phone', 'similar'] as const);
    if (kind === 'document') owner.documentNumber = earlier.documentNumber;
    else if (kind === 'phone') owner.phone = earlier.phone;
    else {
      owner.firstNames = earlier.firstNames;
      owner.lastNames = earlier.lastNames.split(' ')[0] ?? earlier.lastNames;
      owner.address = earlier.address.replace('Calle', 'Cl').replace('Carrera', 'Cra');
      owner.municipalityCode = earlier.municipalityCode;
    }
  }
  return { applicants, makeId, makeCode };
}
