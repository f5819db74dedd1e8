import type { ResolversTypes } from '../../generated/graphql';
import { SNIPPET_CHARS } from '../../limits';
import type { SnippetParagraph } from '../../../loaders/snippetParagraphs';
import { dbEnums } from '../../../loaders/dbEnums';
import { paragraphRef } from '../../../loaders/paragraphRef';
import { cutSnippet } from './cutSnippet';
import { highlight } from './highlight';
import type { SearchTerm } from './SearchTerm';

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
