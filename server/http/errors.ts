import { ERROR_STATUS, type ErrorCode, type FieldError } from '../../shared/errors.ts';

/** The one error type services throw; the error handler maps it to HTTP. */
/** A field error; `message` may be left empty and is then translated from `validation.<code>`. */
export interface AppFieldError extends FieldError {
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields?: AppFieldError[];
  readonly params?: Record<string, string | number>;
  readonly retryAfterSeconds?: number;

  constructor(
    code: ErrorCode,
    options: {
      message?: string;
      fields?: AppFieldError[];
      params?: Record<string, string | number>;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(options.message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    if (options.fields) this.fields = options.fields;
    if (options.params) this.params = options.params;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');

/** A 400 for domain checks that schemas cannot express (unknown municipality …). */
export function invalidFields(
  fields: Array<{ path: string; code: string; params?: Record<string, string | number> }>,
) {
  return new AppError('validation_failed', {
    fields: fields.map((f) => ({
      path: f.path,
      code: f.code,
      message: '',
      ...(f.params ? { params: f.params } : {}),
    })),
  });
}
