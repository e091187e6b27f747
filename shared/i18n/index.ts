import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import type { TLocale } from '../schemas/auth.ts';

export const MESSAGES = { es, en } as const;

type Params = Record<string, string | number>;

function lookup(tree: unknown, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Picks the first supported language of an Accept-Language header. */
export function pickLocale(header: string | undefined, fallback: TLocale = 'es'): TLocale {
  if (!header) return fallback;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (tag === 'es' || tag === 'en') return tag;
  }
  return fallback;
}

/** Looks a key up (Spanish as the fallback) and fills `{{name}}` placeholders. */
export function translate(locale: TLocale, key: string, params: Params = {}): string {
  const template = lookup(MESSAGES[locale], key) ?? lookup(MESSAGES.es, key) ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function hasMessage(key: string): boolean {
  return lookup(MESSAGES.es, key) !== undefined;
}

/**
 * A configured thing's name (a stage, a reason, a lever): the name the program gave it, else the
 * translation of a default one (`<key>.<id>`), else its id.
 */
export function configuredName(
  locale: TLocale,
  configured: string | undefined,
  key: string,
  id: string,
): string {
  if (configured) return configured;
  return hasMessage(`${key}.${id}`) ? translate(locale, `${key}.${id}`) : id;
}
