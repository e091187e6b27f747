import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en.json';
import es from '../../../shared/i18n/es.json';

function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') out.set(path, value);
      else for (const [k, v] of leaves(value, path)) out.set(k, v);
    }
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('ui messages', () => {
  const esUi = leaves(es.ui, 'ui');
  const enUi = leaves(en.ui, 'ui');

  it('has the same keys in Spanish and English', () => {
    expect([...enUi.keys()].sort()).toEqual([...esUi.keys()].sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of esUi)
      expect(placeholders(enUi.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('has no empty message', () => {
    for (const [key, text] of [...esUi, ...enUi]) expect(text.trim(), key).not.toBe('');
  });
});
