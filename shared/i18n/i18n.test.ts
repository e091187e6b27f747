import { describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../errors.ts';
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import { pickLocale, translate, configuredName } from './index.ts';

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('i18n', () => {
  it('has the same keys in Spanish and English', () => {
    expect(keys(en).sort()).toEqual(keys(es).sort());
  });

  it('has a message for every error code', () => {
    for (const code of Object.keys(ERROR_STATUS)) {
      expect(translate('es', `errors.${code}`)).not.toBe(`errors.${code}`);
      expect(translate('en', `errors.${code}`)).not.toBe(`errors.${code}`);
    }
  });

  it('fills placeholders and falls back to the key when nothing matches', () => {
    expect(translate('es', 'errors.account_locked', { minutes: 12 })).toContain('12 minutos');
    expect(translate('en', 'errors.account_locked', { minutes: 3 })).toContain('3 minutes');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  it('picks the first supported language of Accept-Language', () => {
    expect(pickLocale(undefined)).toBe('es');
    expect(pickLocale('en-US,en;q=0.9')).toBe('en');
    expect(pickLocale('fr-FR, es-CO;q=0.8')).toBe('es');
    expect(pickLocale('de', 'en')).toBe('en');
  });
});

describe('configuredName', () => {
  it('prefers the configured name, then the default translation, then the id', () => {
    expect(configuredName('es', 'Mi etapa', 'cases.stages', 'first_encounter')).toBe('Mi etapa');
    expect(configuredName('en', '', 'cases.stages', 'first_encounter')).not.toBe('first_encounter');
    expect(configuredName('es', undefined, 'cases.stages', 'made_up_stage')).toBe('made_up_stage');
  });
});
