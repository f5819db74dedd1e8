import type { SearchTerm } from './SearchTerm';

const escape = (word: string) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');

/**
 * The Lucene query that picks snippet paragraphs: any positive term that searches the text, OR-ed, so a
 * paragraph qualifies when it holds one of the words that made its resolution match. Null when no term
 * searches the text (e.g. `title:` only): such hits get a title snippet.
 */
export function paragraphQuery(terms: SearchTerm[]): string | null {
  const parts = terms
    .filter((t) => t.field !== 'title')
    .map((t) => {
      switch (t.kind) {
        case 'phrase':
          return `"${t.value}"`;
        case 'fuzzy':
          return `${escape(t.value)}~${t.maxEdits ?? 2}`;
        case 'wildcard':
          return t.value.replace(/[+\-&|!(){}[\]^"~:\\/]/g, '\\$&');
        default:
          return escape(t.value);
      }
    });
  return parts.length > 0 ? [...new Set(parts)].join(' OR ') : null;
}
