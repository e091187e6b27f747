import { hasMessage, translate } from '../../shared/i18n/index.ts';
import type { TLocale } from '../../shared/schemas/auth.ts';

interface IssueLike {
  code: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Turns a Zod issue (as fastify-type-provider-zod hands it over) into a message in the user's language. */
export function validationMessage(locale: TLocale, issue: IssueLike): string {
  const p = issue.params ?? {};
  // A refinement's message is a key of the validation catalog (`password_too_short` …).
  if (issue.message && hasMessage(`validation.${issue.message}`)) {
    return translate(locale, `validation.${issue.message}`, toParams(p));
  }
  switch (issue.code) {
    case 'invalid_type':
      return translate(
        locale,
        /received undefined/.test(issue.message ?? '')
          ? 'validation.required'
          : 'validation.invalid_type',
      );
    case 'too_small':
    case 'too_big': {
      const origin = p.origin === 'string' || p.origin === 'array' ? p.origin : 'number';
      return translate(locale, `validation.${issue.code}_${origin}`, toParams(p));
    }
    case 'invalid_format': {
      const format = typeof p.format === 'string' ? p.format : '';
      if (format === 'email') return translate(locale, 'validation.invalid_email');
      if (format === 'uuid') return translate(locale, 'validation.invalid_uuid');
      if (format === 'date' || format === 'datetime')
        return translate(locale, 'validation.invalid_date');
      return translate(locale, 'validation.invalid_format');
    }
    case 'invalid_value':
      return translate(locale, 'validation.invalid_value');
    case 'unrecognized_keys':
      return translate(locale, 'validation.unrecognized_keys', {
        keys: Array.isArray(p.keys) ? p.keys.join(', ') : '',
      });
    default:
      return translate(locale, 'validation.invalid');
  }
}

function toParams(p: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p)) {
    if (typeof v === 'string' || typeof v === 'number') out[k] = v;
    else if (typeof v === 'bigint') out[k] = Number(v);
  }
  return out;
}
