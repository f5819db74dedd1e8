/**
 * Preference order of citation sources: our extractor on the cleaned text, then the page's lists,
 * then the dataset's sources, best first. Unknown dataset names rank after these, by name.
 */
export const CITATION_SOURCE_ORDER = [
  'text',
  'page',
  'unxml_hyperlink',
  'unxml_hyperlink(German file)',
  'unxml_hyperlink(French file)',
  'regex_on_unxml',
  'regex_on_cr-unsc_gold',
  'uniteideas_arcs_2015',
] as const;

/** Preference order of vote sources: the Library's roll call, the UN XML, then derived values. */
export const VOTE_SOURCE_ORDER = ['dhl', 'unxml', 'derived_text', 'partial_text', 'derived_unanimous', 'page'] as const;

export function sortSources(sources: Iterable<string>): string[] {
  const rank = (s: string) => {
    const i = (CITATION_SOURCE_ORDER as readonly string[]).indexOf(s);
    return i < 0 ? CITATION_SOURCE_ORDER.length : i;
  };
  return [...new Set(sources)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
