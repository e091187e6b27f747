/** Every error the API can answer with; the message lives in the i18n files under `errors.<code>`. */
export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_json: 400,
  unauthenticated: 401,
  session_expired: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_invalid: 403,
  account_disabled: 403,
  not_found: 404,
  conflict: 409,
  call_closed: 409,
  consent_outdated: 400,
  import_rejected: 400,
  email_taken: 409,
  case_not_active: 409,
  caseload_over_recommended: 409,
  gate_unmet: 422,
  stage_skipped: 422,
  caseload_exceeded: 422,
  assessment_submitted: 409,
  plan_exists: 409,
  plan_has_follow_up: 409,
  case_locked: 409,
  no_diagnosis: 422,
  no_plan: 404,
  no_mentor: 409,
  mentor_full: 409,
  session_overlap: 409,
  grant_exceeded: 409,
  plan_approved: 409,
  plan_not_accepted: 409,
  approver_is_author: 409,
  no_grant: 409,
  grant_settled: 409,
  prerequisite_missing: 409,
  already_reversed: 409,
  receipts_missing: 409,
  no_disbursement: 409,
  no_policy: 409,
  session_full: 409,
  track_not_completed: 409,
  module_in_use: 409,
  attendance_recorded: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  account_locked: 423,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  /** Dotted path of the field (`cities.0.goal`), empty for the whole payload. */
  path: string;
  code: string;
  message: string;
}

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    fields?: FieldError[];
    /** The values the message was built from, when there are any. */
    params?: Record<string, string | number>;
    requestId?: string;
    retryAfterSeconds?: number;
  };
}
