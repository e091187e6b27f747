/** Folds a text for lenient comparison: no accents, lower case, letters and digits only. */
export function foldText(raw: string): string {
  // The fast path skips Unicode normalization for plain ASCII, which is most cells.
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(raw) ? raw : raw.normalize('NFD');
  return ascii.toLowerCase().replace(/[^a-z0-9]/g, '');
}
