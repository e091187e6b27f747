import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode, FieldError } from '../../shared/errors.ts';
import { ERROR_STATUS } from '../../shared/errors.ts';
import { hasMessage, translate } from '../../shared/i18n/index.ts';
import { AppError } from './errors.ts';
import { validationMessage } from './validation-messages.ts';

function body(
  req: FastifyRequest,
  code: ErrorCode,
  extra: Partial<ErrorBody['error']> = {},
  params: Record<string, string | number> = {},
) {
  return {
    error: {
      code,
      message: translate(req.locale, `errors.${code}`, params),
      requestId: String(req.id),
      // What the message says, for clients that build their own (the stage a move skipped …).
      ...(Object.keys(params).length > 0 ? { params } : {}),
      ...extra,
    },
  } satisfies ErrorBody;
}

function send(reply: FastifyReply, code: ErrorCode, payload: ErrorBody) {
  return reply.status(ERROR_STATUS[code]).type('application/json; charset=utf-8').send(payload);
}

/** Maps Fastify's own client errors (bad JSON, too large …) to our codes. */
function fastifyClientErrorCode(err: FastifyError): ErrorCode | null {
  switch (err.statusCode) {
    case 400:
      return 'invalid_json';
    case 404:
      return 'not_found';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'rate_limited';
    case undefined:
    default:
      return null;
  }
}

/** The one place where errors become HTTP answers. Unknown errors leak nothing. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: FieldError[] = err.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        // A refinement or a pattern names its problem in its message (`condition_cycle`,
        // `month_format`): that is the code.
        code: v.message && hasMessage(`validation.${v.message}`) ? v.message : v.keyword,
        message: validationMessage(req.locale, {
          code: v.keyword,
          message: v.message ?? '',
          params: v.params,
        }),
      }));
      return send(reply, 'validation_failed', body(req, 'validation_failed', { fields }));
    }
    if (err instanceof AppError) {
      const extra: Partial<ErrorBody['error']> = {};
      if (err.fields) {
        extra.fields = err.fields.map((f) => ({
          path: f.path,
          code: f.code,
          // A code with a dot is a full key (`spreadsheet.zip_bomb`); others are validation messages.
          message:
            f.message ||
            translate(req.locale, f.code.includes('.') ? f.code : `validation.${f.code}`, f.params),
        }));
      }
      if (err.retryAfterSeconds !== undefined) {
        extra.retryAfterSeconds = err.retryAfterSeconds;
        void reply.header('retry-after', String(err.retryAfterSeconds));
      }
      if (err.status >= 500) req.log.error({ err }, 'application error');
      return send(reply, err.code, body(req, err.code, extra, err.params));
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = fastifyClientErrorCode(err) ?? 'invalid_json';
      req.log.info({ code: err.code, status }, err.message);
      return send(reply, code, body(req, code));
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, 'internal', body(req, 'internal'));
  });

  app.setNotFoundHandler((req, reply) => send(reply, 'not_found', body(req, 'not_found')));
}
