/**
 * A positive term of a Lucene query, as far as highlighting needs it. `field` is null when the term
 * searches both title and text.
 */
export interface SearchTerm {
  kind: 'word' | 'wildcard' | 'fuzzy' | 'phrase';
  /** the word, the wildcard pattern, or the phrase's words joined by spaces (lower-case) */
  value: string;
  field: 'title' | 'text' | null;
  /** fuzzy terms: the largest edit distance (Lucene's default is 2) */
  maxEdits?: number;
}
