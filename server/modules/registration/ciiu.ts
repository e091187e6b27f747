import fs from 'node:fs';
import { normalizeText } from '../../../shared/domain/registration/normalize.ts';

/** DANE's CIIU Rev. 4 A.C. classes (reference/ciiu-rev4-ac-clases.json, see reference/SOURCES.md). */
const CLASSES: Array<{ code: string; description: string; folded: string }> = Object.entries(
  JSON.parse(
    fs.readFileSync(
      new URL('../../../reference/ciiu-rev4-ac-clases.json', import.meta.url),
      'utf8',
    ),
  ) as Record<string, string>,
).map(([code, description]) => ({ code, description, folded: normalizeText(description) }));
const CODES = new Set(CLASSES.map((c) => c.code));

export function isKnownCiiu(code: string): boolean {
  return CODES.has(code);
}

/** Classes whose code starts with the query, or whose description holds every word of it. */
export function searchCiiu(query: string, limit: number) {
  const q = normalizeText(query);
  if (!q) return CLASSES.slice(0, limit).map(({ code, description }) => ({ code, description }));
  const words = q.split(' ');
  return CLASSES.filter((c) => c.code.startsWith(q) || words.every((w) => c.folded.includes(w)))
    .slice(0, limit)
    .map(({ code, description }) => ({ code, description }));
}
