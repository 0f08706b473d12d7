/**
 * What full-text search (Pagefind) is asked, from the lookup's leftover terms. A word most entries use ("error" in
 * a catalog of errors, "during" in a generated one) tells no page from another, yet Pagefind scores every page that
 * has it: at 50,000 codes one such word took a query from about 90 ms to 240 ms (docs/scale.md). Such words are
 * left out, unless every term is one, when the rarest is kept so that the search still happens.
 */

/** Share of the catalog's entries above which a word is too common to search for. */
const COMMON_SHARE = 0.3;

/**
 * `common` is the catalog's word → entry count table (`commonWords`, shipped in the lookup manifest) and `entries`
 * the catalog's size; words missing from the table are rare.
 */
export function fullTextTerms(terms: readonly string[], common: Record<string, number>, entries: number): string[] {
  const share = (w: string) => (common[w] ?? 0) / Math.max(1, entries);
  const kept = terms.filter((w) => share(w) <= COMMON_SHARE);
  if (kept.length || !terms.length) return kept;
  return [[...terms].sort((a, b) => share(a) - share(b))[0]!];
}
