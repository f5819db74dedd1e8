import type { Highlight, ResolversTypes } from '../../generated/graphql';
import { SNIPPET_CHARS } from '../../limits';
import type { SnippetParagraph } from '../../../loaders/search';
import { dbEnums } from '../../../loaders/dbEnums';
import { paragraphRef } from '../../../loaders/paragraphRef';
import type { SearchTerm } from '../../../loaders/search';
import { highlight } from './textMatching';

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

/** Paragraph snippets with marked words; a title snippet when no paragraph matched. */
export function toSnippets(paragraphs: SnippetParagraph[], title: string | null, terms: SearchTerm[]): Array<ResolversTypes['Snippet']> {
  if (paragraphs.length === 0) {
    const text = title ?? '';
    return [{ ref: 'title', kind: 'TITLE', paragraphId: null, number: null, ...cutSnippet(text, highlight(text, terms, 'title'), SNIPPET_CHARS) }];
  }
  return paragraphs.map((p) => {
    const kind = dbEnums.paragraphKindFromDb(p.kind);
    return {
      ref: paragraphRef(kind, p.preambular, p.number, p.ordinal),
      kind,
      paragraphId: p.id,
      number: p.number,
      ...cutSnippet(p.text, highlight(p.text, terms, 'text'), SNIPPET_CHARS),
    };
  });
}
