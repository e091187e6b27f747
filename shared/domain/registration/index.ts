export {
  normalizeAddress,
  normalizeDocumentNumber,
  normalizePhone,
  normalizeText,
  parseFlexibleDate,
  parseYesNo,
} from './normalize.ts';
export type { YesNoAnswer } from './normalize.ts';
export {
  DEFAULT_ADDRESS_THRESHOLD,
  DEFAULT_NAME_THRESHOLD,
  addressSimilarity,
  findSimilarPairs,
  jaroWinkler,
  nameSimilarity,
} from './similarity.ts';
export type {
  FindSimilarPairsOptions,
  PersonName,
  SimilarPair,
  SimilarPairReason,
  SimilarityItem,
} from './similarity.ts';
export { evaluateEligibility } from './eligibility.ts';
export type {
  ApplicantDocument,
  CriterionDetail,
  CriterionResult,
  DocumentStatus,
  EligibilityResult,
  EligibilityVerdict,
  EvaluateEligibilityOptions,
} from './eligibility.ts';
export {
  OVER_AGE,
  YOUTH_MAX_AGE,
  YOUTH_MIN_AGE,
  priorityGroups,
  priorityScore,
} from './priority.ts';
export type { PriorityScore, PriorityScoreOptions } from './priority.ts';
export {
  TIE_BREAK_RULE,
  compareCandidates,
  promoteFromWaitlist,
  selectByTerritory,
} from './selection.ts';
export type {
  SelectByTerritoryOptions,
  SelectionCandidate,
  TerritorySelection,
  WaitlistPromotion,
} from './selection.ts';
