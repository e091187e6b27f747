/**
 * Priority groups (grupos priorizados) and the points they add in the selection.
 */
import { PRIORITY_GROUPS } from '../../schemas/registration.ts';
import type { PriorityGroup, TApplicantInput, TCallRules } from '../../schemas/registration.ts';
import { ageInYears, requireIsoDate } from './dates.ts';

export const YOUTH_MIN_AGE = 18;
export const YOUTH_MAX_AGE = 28;
/** over_55 means strictly older than 55 on the opening date. */
export const OVER_AGE = 55;

function belongs(group: PriorityGroup, applicant: TApplicantInput, age: number): boolean {
  const { owner, business } = applicant;
  // `=== true`: a null answer means "prefers not to answer", which must never earn or cost points.
  switch (group) {
    case 'head_of_household_mother':
      return owner.headOfHouseholdMother === true;
    case 'youth':
      return age >= YOUTH_MIN_AGE && age <= YOUTH_MAX_AGE;
    case 'over_55':
      return age > OVER_AGE;
    case 'disability':
      return owner.disability === true;
    case 'conflict_victim':
      return owner.conflictVictim === true;
    case 'ethnic_community':
      return owner.ethnicGroup !== null && owner.ethnicGroup !== 'ninguno';
    case 'green_business':
      return business.greenPractices;
    case 'cultural_creative':
      return business.culturalCreative;
    case 'women':
      return owner.sex === 'F';
  }
}

/**
 * The priority groups the applicant belongs to on `asOf` (ISO date: the call's opening date),
 * in the order of PRIORITY_GROUPS. Throws a RangeError if a date is not an ISO date.
 */
export function priorityGroups(applicant: TApplicantInput, asOf: string): PriorityGroup[] {
  const age = ageInYears(
    requireIsoDate(applicant.owner.birthDate, 'owner.birthDate'),
    requireIsoDate(asOf, 'asOf'),
  );
  return PRIORITY_GROUPS.filter((group) => belongs(group, applicant, age));
}

export type PriorityScoreOptions = {
  applicant: TApplicantInput;
  weights: TCallRules['priorityWeights'];
  asOf: string;
};

export type PriorityScore = {
  score: number;
  groups: PriorityGroup[];
  /** One line per group the applicant belongs to, 0 points when the call gives it no weight. */
  breakdown: Array<{ group: PriorityGroup; points: number }>;
};

/**
 * The sum of the call's weights over the applicant's groups: belonging to several groups adds
 * up, which is how the reference programs score. A group listed twice in the weights counts
 * once, with its first weight.
 */
export function priorityScore(options: PriorityScoreOptions): PriorityScore {
  const groups = priorityGroups(options.applicant, options.asOf);
  const points = new Map<PriorityGroup, number>();
  for (const weight of options.weights) {
    if (!points.has(weight.group)) points.set(weight.group, weight.points);
  }
  const breakdown = groups.map((group) => ({ group, points: points.get(group) ?? 0 }));
  const score = breakdown.reduce((sum, line) => sum + line.points, 0);
  return { score, groups, breakdown };
}
