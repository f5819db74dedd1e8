/** Snippets: the part of a title or paragraph around its first marked word, with the words marked. */
import { SNIPPET_CHARS } from '../limits';
import { highlighter, type Highlight, type Highlighter, type SearchTerm } from './highlighting';

const ELLIPSIS = '…';

/**
 * Keeps about `maxChars` of `text` around its first highlight, cut at word boundaries and marked with "…",
 * and shifts the highlights to the cut text (dropping those outside it).
 */
export function cutSnippet(text: string, highlights: Highlight[], maxChars: number): { text: string; highlights: Highlight[] } {
  if (text.length <= maxChars) return { text, highlights };
  const first = highlights[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(maxChars / 4));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + maxChars);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start + maxChars / 2 ? space : end;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const kept = highlights.filter((h) => h.start >= start && h.end <= end).map((h) => ({ start: h.start + shift, end: h.end + shift }));
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, highlights: kept };
}

/**
 * The highlighters of a query's terms, per field. A search hands the same `terms` array to every hit of its
 * page, so the snippets of one request share one highlighter (and its word cache); the entry goes when the
 * request's terms do.
 */
const highlighters = new WeakMap<SearchTerm[], { title?: Highlighter; text?: Highlighter }>();

function highlighterFor(terms: SearchTerm[], field: 'title' | 'text'): Highlighter {
  let byField = highlighters.get(terms);
  if (!byField) highlighters.set(terms, (byField = {}));
  return (byField[field] ??= highlighter(terms, field));
}

/** The snippet of `text` (a title or a paragraph, as `field` says): about SNIPPET_CHARS around its first marked term. */
export function snippetOf(text: string, terms: SearchTerm[], field: 'title' | 'text'): { text: string; highlights: Highlight[] } {
  return cutSnippet(text, highlighterFor(terms, field)(text), SNIPPET_CHARS);
}
