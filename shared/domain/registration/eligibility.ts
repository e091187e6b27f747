/**
 * Eligibility of an applicant against the criteria of a call. Every criterion gets an outcome
 * and the numbers behind it, so that the UI can say "4 of 6 months" and a reviewer can see why.
 */
import type {
  CriterionOutcome,
  DocumentKind,
  TApplicantInput,
  TCallRules,
  TCriterion,
} from '../../schemas/registration.ts';
import { ageInYears, requireIsoDate, wholeMonthsBetween } from './dates.ts';
import type { CalendarDate } from './dates.ts';

export type EligibilityVerdict = 'eligible' | 'not_eligible' | 'pending';

export type DocumentStatus = 'pending' | 'verified' | 'rejected';

export type ApplicantDocument = { kind: DocumentKind; status: DocumentStatus };

/**
 * The numbers behind an outcome: the applicant's value under the criterion's own name (`months`,
 * `age`, `workers`, `pesos`) with `required` for a minimum or `limit` for a maximum; document
 * kinds as comma-separated lists.
 */
export type CriterionDetail = Record<string, string | number>;

export type CriterionResult = {
  criterion: TCriterion;
  outcome: CriterionOutcome;
  detail: CriterionDetail;
};

export type EligibilityResult = { verdict: EligibilityVerdict; criteria: CriterionResult[] };

export type EvaluateEligibilityOptions = {
  applicant: TApplicantInput;
  rules: TCallRules;
  /** The call's territories: municipalities ('68001') or localities ('11001-08'). */
  territoryCodes: readonly string[];
  /** ISO date: the call's opening date, the day on which ages and months are counted. */
  asOf: string;
  /** null when nobody has checked the records of earlier programs yet. */
  previousBeneficiary: boolean | null;
  documents: readonly ApplicantDocument[];
};

type Context = Omit<EvaluateEligibilityOptions, 'asOf' | 'rules'> & {
  asOf: CalendarDate;
  requiredDocuments: readonly DocumentKind[];
};

function result(criterion: TCriterion, outcome: CriterionOutcome, detail: CriterionDetail) {
  return { criterion, outcome, detail };
}

function atMost(criterion: TCriterion, value: number, limit: number, name: string) {
  return result(criterion, value <= limit ? 'met' : 'not_met', { [name]: value, limit });
}

function livesInTerritory(criterion: TCriterion, context: Context): CriterionResult {
  const { municipalityCode, localityCode } = context.applicant.owner;
  const detail = { municipalityCode, localityCode: localityCode ?? '' };
  const codes = new Set(context.territoryCodes);
  if ((localityCode !== null && codes.has(localityCode)) || codes.has(municipalityCode)) {
    return result(criterion, 'met', detail);
  }
  // A Bogotá owner without a locality may live in one of the call's localities: ask, don't reject.
  const callHasLocalitiesOfTheCity = context.territoryCodes.some((code) =>
    code.startsWith(`${municipalityCode}-`),
  );
  const outcome = localityCode === null && callHasLocalitiesOfTheCity ? 'missing_data' : 'not_met';
  return result(criterion, outcome, detail);
}

function documentsVerified(criterion: TCriterion, context: Context): CriterionResult {
  const verified: DocumentKind[] = [];
  const rejected: DocumentKind[] = [];
  const pending: DocumentKind[] = [];
  const missing: DocumentKind[] = [];
  for (const kind of new Set(context.requiredDocuments)) {
    const statuses = context.documents.filter((d) => d.kind === kind).map((d) => d.status);
    if (statuses.includes('verified')) verified.push(kind);
    else if (statuses.includes('pending')) pending.push(kind);
    else if (statuses.length > 0) rejected.push(kind);
    else missing.push(kind);
  }
  const outcome: CriterionOutcome =
    rejected.length > 0
      ? 'not_met'
      : pending.length > 0 || missing.length > 0
        ? 'missing_data'
        : 'met';
  return result(criterion, outcome, {
    required: verified.length + rejected.length + pending.length + missing.length,
    verified: verified.length,
    rejected: rejected.join(','),
    pending: pending.join(','),
    missing: missing.join(','),
  });
}

function evaluateCriterion(criterion: TCriterion, context: Context): CriterionResult {
  const { owner, business } = context.applicant;
  switch (criterion.kind) {
    case 'lives_in_call_territory':
      return livesInTerritory(criterion, context);
    case 'business_min_months': {
      const startedOn = requireIsoDate(business.startedOn, 'business.startedOn');
      const months = wholeMonthsBetween(startedOn, context.asOf);
      const outcome = months >= criterion.months ? 'met' : 'not_met';
      return result(criterion, outcome, { months, required: criterion.months });
    }
    case 'not_previous_beneficiary': {
      const known = context.previousBeneficiary;
      if (known === null) return result(criterion, 'missing_data', {});
      return result(criterion, known ? 'not_met' : 'met', { previousBeneficiary: String(known) });
    }
    case 'documents_verified':
      return documentsVerified(criterion, context);
    case 'min_age': {
      const age = ageInYears(requireIsoDate(owner.birthDate, 'owner.birthDate'), context.asOf);
      return result(criterion, age >= criterion.years ? 'met' : 'not_met', {
        age,
        required: criterion.years,
      });
    }
    case 'max_age': {
      const age = ageInYears(requireIsoDate(owner.birthDate, 'owner.birthDate'), context.asOf);
      return atMost(criterion, age, criterion.years, 'age');
    }
    case 'max_workers':
      return atMost(criterion, business.workersTotal, criterion.workers, 'workers');
    case 'max_monthly_sales':
      return atMost(criterion, business.monthlySales, criterion.pesos, 'pesos');
  }
}

/**
 * Applies the call's criteria in their order. The verdict is not_eligible when any criterion is
 * not met, pending when none fails but some lack data (the owner or staff can still supply
 * it), eligible otherwise. Dates must be ISO dates; a malformed one throws a RangeError, since
 * the schemas have already validated what came from users.
 */
export function evaluateEligibility(options: EvaluateEligibilityOptions): EligibilityResult {
  const { rules, asOf, ...rest } = options;
  const context: Context = {
    ...rest,
    asOf: requireIsoDate(asOf, 'asOf'),
    requiredDocuments: rules.requiredDocuments,
  };
  const criteria = rules.criteria.map((criterion) => evaluateCriterion(criterion, context));
  const outcomes = new Set(criteria.map((c) => c.outcome));
  const verdict: EligibilityVerdict = outcomes.has('not_met')
    ? 'not_eligible'
    : outcomes.has('missing_data')
      ? 'pending'
      : 'eligible';
  return { verdict, criteria };
}
