import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALL_RULES } from '../../schemas/registration.ts';
import type { TApplicantInput, TCallRules, TCriterion } from '../../schemas/registration.ts';
import { evaluateEligibility } from './eligibility.ts';
import type { ApplicantDocument, EvaluateEligibilityOptions } from './eligibility.ts';

const applicant = (
  owner: Partial<TApplicantInput['owner']> = {},
  business: Partial<TApplicantInput['business']> = {},
): TApplicantInput => ({
  owner: {
    documentType: 'CC',
    documentNumber: '1098765432',
    firstNames: 'María Fernanda',
    lastNames: 'Gómez Ruiz',
    sex: 'F',
    birthDate: '1990-06-15',
    phone: '3001234567',
    email: null,
    address: 'Calle 45 # 23-18',
    municipalityCode: '11001',
    localityCode: '11001-08',
    headOfHouseholdMother: null,
    disability: null,
    conflictVictim: null,
    ethnicGroup: null,
    ...owner,
  },
  business: {
    name: 'Panadería La Espiga',
    ciiuCode: '1081',
    startedOn: '2023-01-10',
    hasPremises: true,
    hasRut: true,
    hasChamberRegistration: false,
    workersTotal: 2,
    workersWomen: 1,
    monthlySales: 3_000_000,
    greenPractices: false,
    culturalCreative: false,
    ...business,
  },
});

const verifiedDocs: ApplicantDocument[] = [
  { kind: 'id_document', status: 'verified' },
  { kind: 'utility_bill', status: 'verified' },
];

const evaluate = (overrides: Partial<EvaluateEligibilityOptions> = {}) =>
  evaluateEligibility({
    applicant: applicant(),
    rules: DEFAULT_CALL_RULES,
    territoryCodes: ['11001-08', '11001-19'],
    asOf: '2025-02-01',
    previousBeneficiary: false,
    documents: verifiedDocs,
    ...overrides,
  });

const only = (criterion: TCriterion, requiredDocuments: TCallRules['requiredDocuments'] = []) => ({
  ...DEFAULT_CALL_RULES,
  criteria: [criterion],
  requiredDocuments,
});

describe('evaluateEligibility', () => {
  it('finds an applicant who meets every default criterion eligible', () => {
    const result = evaluate();
    expect(result.verdict).toBe('eligible');
    expect(result.criteria.map((c) => [c.criterion.kind, c.outcome])).toEqual([
      ['lives_in_call_territory', 'met'],
      ['business_min_months', 'met'],
      ['not_previous_beneficiary', 'met'],
      ['documents_verified', 'met'],
      ['min_age', 'met'],
    ]);
  });

  it('gives the numbers behind each outcome', () => {
    const result = evaluate({ applicant: applicant({}, { startedOn: '2024-09-20' }) });
    expect(result.verdict).toBe('not_eligible');
    expect(result.criteria[1]).toEqual({
      criterion: { kind: 'business_min_months', months: 6 },
      outcome: 'not_met',
      detail: { months: 4, required: 6 },
    });
    expect(result.criteria[4]?.detail).toEqual({ age: 34, required: 18 });
  });

  describe('lives_in_call_territory', () => {
    const rules = only({ kind: 'lives_in_call_territory' });
    const outcome = (owner: Partial<TApplicantInput['owner']>, territoryCodes: string[]) =>
      evaluate({ applicant: applicant(owner), rules, territoryCodes }).criteria[0]?.outcome;

    it('matches the locality, or the municipality for cities without localities', () => {
      expect(outcome({}, ['11001-08'])).toBe('met');
      expect(outcome({}, ['11001-19'])).toBe('not_met');
      expect(outcome({}, ['11001'])).toBe('met');
      expect(outcome({ municipalityCode: '68001', localityCode: null }, ['68001'])).toBe('met');
      expect(outcome({ municipalityCode: '68001', localityCode: null }, ['05001'])).toBe('not_met');
    });

    it("asks for the locality when the call is by localities of the owner's city", () => {
      expect(outcome({ localityCode: null }, ['11001-08'])).toBe('missing_data');
      expect(outcome({ localityCode: null }, ['05001'])).toBe('not_met');
    });
  });

  describe('business_min_months', () => {
    const months = (startedOn: string, asOf: string, required = 6) =>
      evaluate({
        applicant: applicant({}, { startedOn }),
        rules: only({ kind: 'business_min_months', months: required }),
        asOf,
      }).criteria[0];

    it('counts whole months', () => {
      expect(months('2024-08-01', '2025-02-01')).toMatchObject({
        outcome: 'met',
        detail: { months: 6 },
      });
      expect(months('2024-08-02', '2025-02-01')).toMatchObject({
        outcome: 'not_met',
        detail: { months: 5 },
      });
      expect(months('2024-08-31', '2025-02-28')?.detail.months).toBe(6); // end of a short month
      expect(months('2024-08-31', '2025-02-27')?.detail.months).toBe(5);
      expect(months('2025-02-01', '2025-02-01', 0)).toMatchObject({
        outcome: 'met',
        detail: { months: 0 },
      });
    });

    it('does not count a business that starts after the opening', () => {
      expect(months('2025-05-10', '2025-02-01', 0)).toMatchObject({
        outcome: 'not_met',
        detail: { months: -3 },
      });
    });
  });

  it('needs to know whether the applicant was a beneficiary before', () => {
    const rules = only({ kind: 'not_previous_beneficiary' });
    expect(evaluate({ rules, previousBeneficiary: false }).verdict).toBe('eligible');
    expect(evaluate({ rules, previousBeneficiary: true }).verdict).toBe('not_eligible');
    const unknown = evaluate({ rules, previousBeneficiary: null });
    expect(unknown.verdict).toBe('pending');
    expect(unknown.criteria[0]?.outcome).toBe('missing_data');
  });

  describe('documents_verified', () => {
    const rules = only({ kind: 'documents_verified' }, ['id_document', 'utility_bill', 'rut']);
    const check = (documents: ApplicantDocument[]) => evaluate({ rules, documents }).criteria[0];

    it('is met when every required kind has a verified document', () => {
      expect(
        check([
          ...verifiedDocs,
          { kind: 'rut', status: 'rejected' },
          { kind: 'rut', status: 'verified' },
        ]),
      ).toMatchObject({ outcome: 'met', detail: { required: 3, verified: 3, missing: '' } });
    });

    it('is not met when a required kind has only rejected documents', () => {
      expect(check([...verifiedDocs, { kind: 'rut', status: 'rejected' }])).toMatchObject({
        outcome: 'not_met',
        detail: { rejected: 'rut', verified: 2 },
      });
    });

    it('lacks data while a kind is missing or awaits verification', () => {
      expect(
        check([
          { kind: 'id_document', status: 'pending' },
          { kind: 'rut', status: 'rejected' },
          { kind: 'rut', status: 'pending' },
        ]),
      ).toEqual({
        criterion: { kind: 'documents_verified' },
        outcome: 'missing_data',
        detail: {
          required: 3,
          verified: 0,
          rejected: '',
          pending: 'id_document,rut',
          missing: 'utility_bill',
        },
      });
    });

    it('is met when the call requires no documents', () => {
      expect(evaluate({ rules: only({ kind: 'documents_verified' }), documents: [] }).verdict).toBe(
        'eligible',
      );
    });
  });

  describe('ages', () => {
    const age = (criterion: TCriterion, birthDate: string, asOf: string) =>
      evaluate({ applicant: applicant({ birthDate }), rules: only(criterion), asOf }).criteria[0];

    it('counts exact birthdays', () => {
      expect(age({ kind: 'min_age', years: 18 }, '2007-02-01', '2025-02-01')).toMatchObject({
        outcome: 'met',
        detail: { age: 18 },
      });
      expect(age({ kind: 'min_age', years: 18 }, '2007-02-02', '2025-02-01')).toMatchObject({
        outcome: 'not_met',
        detail: { age: 17 },
      });
      expect(age({ kind: 'max_age', years: 28 }, '1996-02-02', '2025-02-01')).toMatchObject({
        outcome: 'met',
        detail: { age: 28, limit: 28 },
      });
      expect(age({ kind: 'max_age', years: 28 }, '1996-02-01', '2025-02-01')).toMatchObject({
        outcome: 'not_met',
        detail: { age: 29 },
      });
    });

    it('makes someone born on 29 February a year older on 1 March of common years', () => {
      expect(age({ kind: 'min_age', years: 18 }, '2004-02-29', '2022-02-28')?.detail.age).toBe(17);
      expect(age({ kind: 'min_age', years: 18 }, '2004-02-29', '2022-03-01')?.detail.age).toBe(18);
      expect(age({ kind: 'min_age', years: 20 }, '2004-02-29', '2024-02-29')?.detail.age).toBe(20);
    });
  });

  it('applies business size limits inclusively', () => {
    const limit = (criterion: TCriterion) => evaluate({ rules: only(criterion) }).criteria[0];
    expect(limit({ kind: 'max_workers', workers: 2 })).toMatchObject({
      outcome: 'met',
      detail: { workers: 2, limit: 2 },
    });
    expect(limit({ kind: 'max_workers', workers: 1 })?.outcome).toBe('not_met');
    expect(limit({ kind: 'max_monthly_sales', pesos: 3_000_000 })).toMatchObject({
      outcome: 'met',
      detail: { pesos: 3_000_000 },
    });
    expect(limit({ kind: 'max_monthly_sales', pesos: 2_999_999 })?.outcome).toBe('not_met');
  });

  it('derives the verdict: any not met rejects, else any missing data waits', () => {
    const outcomes = fc.constantFrom(true, false, null);
    fc.assert(
      fc.property(outcomes, fc.boolean(), fc.boolean(), (previous, livesThere, oldEnough) => {
        const result = evaluate({
          previousBeneficiary: previous,
          territoryCodes: livesThere ? ['11001-08'] : ['05001'],
          applicant: applicant({ birthDate: oldEnough ? '1990-01-01' : '2010-01-01' }),
        });
        const kinds = result.criteria.map((c) => c.outcome);
        const expected = kinds.includes('not_met')
          ? 'not_eligible'
          : kinds.includes('missing_data')
            ? 'pending'
            : 'eligible';
        expect(result.verdict).toBe(expected);
        expect(result.verdict === 'eligible').toBe(previous === false && livesThere && oldEnough);
      }),
    );
  });

  it('evaluates no criteria as eligible and rejects a malformed opening date', () => {
    expect(evaluate({ rules: { ...DEFAULT_CALL_RULES, criteria: [] } })).toEqual({
      verdict: 'eligible',
      criteria: [],
    });
    expect(() => evaluate({ asOf: '01/02/2025' })).toThrow(RangeError);
  });
});
