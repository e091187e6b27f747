import { describe, expect, it } from 'vitest';
import { DEFAULT_CALL_RULES, PRIORITY_GROUPS } from '../../schemas/registration.ts';
import type { TApplicantInput } from '../../schemas/registration.ts';
import { priorityGroups, priorityScore } from './priority.ts';

const applicant = (
  owner: Partial<TApplicantInput['owner']> = {},
  business: Partial<TApplicantInput['business']> = {},
): TApplicantInput => ({
  owner: {
    documentType: 'CC',
    documentNumber: '80123456',
    firstNames: 'Luis Alberto',
    lastNames: 'Pérez',
    sex: 'M',
    birthDate: '1985-06-15',
    phone: '3001234567',
    email: null,
    address: 'Carrera 7 # 12-30',
    municipalityCode: '68001',
    localityCode: null,
    headOfHouseholdMother: null,
    disability: null,
    conflictVictim: null,
    ethnicGroup: null,
    ...owner,
  },
  business: {
    name: 'Taller El Pistón',
    ciiuCode: '4520',
    startedOn: '2020-01-01',
    hasPremises: true,
    hasRut: false,
    hasChamberRegistration: false,
    workersTotal: 1,
    workersWomen: 0,
    monthlySales: 2_000_000,
    greenPractices: false,
    culturalCreative: false,
    ...business,
  },
});

const asOf = '2025-02-01';

describe('priorityGroups', () => {
  it('finds none for an applicant in no group, and never counts a null answer', () => {
    expect(priorityGroups(applicant(), asOf)).toEqual([]);
  });

  it('finds each group from its own answer', () => {
    expect(priorityGroups(applicant({ headOfHouseholdMother: true, sex: 'F' }), asOf)).toEqual([
      'head_of_household_mother',
      'women',
    ]);
    expect(priorityGroups(applicant({ disability: true }), asOf)).toEqual(['disability']);
    expect(priorityGroups(applicant({ conflictVictim: true }), asOf)).toEqual(['conflict_victim']);
    expect(priorityGroups(applicant({ ethnicGroup: 'raizal' }), asOf)).toEqual([
      'ethnic_community',
    ]);
    expect(priorityGroups(applicant({}, { greenPractices: true }), asOf)).toEqual([
      'green_business',
    ]);
    expect(priorityGroups(applicant({}, { culturalCreative: true }), asOf)).toEqual([
      'cultural_creative',
    ]);
  });

  it('does not count explicit no answers', () => {
    const no = applicant({
      headOfHouseholdMother: false,
      disability: false,
      conflictVictim: false,
      ethnicGroup: 'ninguno',
      sex: 'X',
    });
    expect(priorityGroups(no, asOf)).toEqual([]);
  });

  it('counts youth from 18 to 28 and over_55 from 56, on exact birthdays', () => {
    const groupsAt = (birthDate: string) => priorityGroups(applicant({ birthDate }), asOf);
    expect(groupsAt('2007-02-02')).toEqual([]); // 17
    expect(groupsAt('2007-02-01')).toEqual(['youth']); // 18 today
    expect(groupsAt('1996-02-02')).toEqual(['youth']); // 28
    expect(groupsAt('1996-02-01')).toEqual([]); // 29 today
    expect(groupsAt('1969-02-02')).toEqual([]); // 55
    expect(groupsAt('1969-02-01')).toEqual(['over_55']); // 56 today
  });

  it('lists groups in the order of PRIORITY_GROUPS', () => {
    const everything = applicant(
      {
        headOfHouseholdMother: true,
        disability: true,
        conflictVictim: true,
        ethnicGroup: 'indigena',
        sex: 'F',
        birthDate: '2000-01-01',
      },
      { greenPractices: true, culturalCreative: true },
    );
    expect(priorityGroups(everything, asOf)).toEqual(
      PRIORITY_GROUPS.filter((g) => g !== 'over_55'),
    );
  });
});

describe('priorityScore', () => {
  it('adds the weights of every group the applicant belongs to', () => {
    const result = priorityScore({
      applicant: applicant({ sex: 'F', headOfHouseholdMother: true, birthDate: '2000-01-01' }),
      weights: DEFAULT_CALL_RULES.priorityWeights,
      asOf,
    });
    expect(result).toEqual({
      score: 40,
      groups: ['head_of_household_mother', 'youth', 'women'],
      breakdown: [
        { group: 'head_of_household_mother', points: 20 },
        { group: 'youth', points: 10 },
        { group: 'women', points: 10 },
      ],
    });
  });

  it('gives 0 points to a group without weight and counts a repeated weight once', () => {
    const result = priorityScore({
      applicant: applicant({ disability: true }, { greenPractices: true }),
      weights: [
        { group: 'green_business', points: 5 },
        { group: 'green_business', points: 50 },
      ],
      asOf,
    });
    expect(result.score).toBe(5);
    expect(result.breakdown).toEqual([
      { group: 'disability', points: 0 },
      { group: 'green_business', points: 5 },
    ]);
  });
});
