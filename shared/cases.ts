/** Default stages of a case (issue 4 makes them configurable per program). */
export const DEFAULT_STAGES = [
  'first_encounter',
  'second_encounter',
  'third_encounter',
  'waiting_plan',
  'plan_designed',
  'follow_up',
  'completed',
] as const;
export type Stage = (typeof DEFAULT_STAGES)[number];

export const CASE_STATUSES = ['active', 'withdrawn', 'completed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Default reasons for a withdrawal (retiro), as in the reference program. */
export const DEFAULT_WITHDRAWAL_REASONS = [
  'not_contactable',
  'not_interested',
  'survey_too_long',
  'distrust_data',
  'distrust_program',
  'business_closed',
  'closed_or_changed_owner',
  'phone_not_owner',
  'owner_moved',
  'duplicate_record',
  'no_reason',
] as const;
export type WithdrawalReason = (typeof DEFAULT_WITHDRAWAL_REASONS)[number];
