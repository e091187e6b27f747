/**
 * The indicator catalog: every figure the program reports has a stable key, the OECD-DAC
 * criterion it evidences, and whether it follows the as-of date. Titles and definitions
 * (numerator, denominator, filters) are in the i18n files under `reports.indicators.<key>`.
 * Adding a figure: a key here, its texts, and its compute function in the reports module.
 */
export const CRITERIA = [
  'relevance',
  'effectiveness',
  'efficiency',
  'impact',
  'sustainability',
] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface IndicatorMeta {
  criterion: Criterion;
  /** as_of: follows the chosen date; current: the present state whatever the date. */
  basis: 'as_of' | 'current';
}

export const INDICATORS = {
  'registration.weekly': { criterion: 'effectiveness', basis: 'as_of' },
  'registration.goal': { criterion: 'relevance', basis: 'as_of' },
  'cases.status': { criterion: 'effectiveness', basis: 'as_of' },
  'cases.withdrawals': { criterion: 'efficiency', basis: 'as_of' },
  'cases.stages': { criterion: 'efficiency', basis: 'as_of' },
  'people.by_sex': { criterion: 'relevance', basis: 'as_of' },
  'people.by_priority_group': { criterion: 'relevance', basis: 'as_of' },
  'assessment.diagnoses': { criterion: 'efficiency', basis: 'as_of' },
  'assessment.levels': { criterion: 'relevance', basis: 'as_of' },
  'plans.designed': { criterion: 'effectiveness', basis: 'as_of' },
  'activities.by_city': { criterion: 'effectiveness', basis: 'as_of' },
  'activities.by_lever': { criterion: 'effectiveness', basis: 'as_of' },
  'mentors.coverage': { criterion: 'efficiency', basis: 'current' },
  'services.by_city': { criterion: 'sustainability', basis: 'current' },
  'services.uncovered': { criterion: 'sustainability', basis: 'current' },
  'grants.by_place': { criterion: 'impact', basis: 'as_of' },
  'training.completion': { criterion: 'impact', basis: 'as_of' },
} as const satisfies Record<string, IndicatorMeta>;

export type IndicatorKey = keyof typeof INDICATORS;
export const INDICATOR_KEYS = Object.keys(INDICATORS) as [IndicatorKey, ...IndicatorKey[]];

/** The figures that evidence one criterion, in catalog order. */
export function indicatorsOf(criterion: Criterion): IndicatorKey[] {
  return INDICATOR_KEYS.filter((k) => INDICATORS[k].criterion === criterion);
}
