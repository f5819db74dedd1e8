import { highlight } from '../../../src/search/highlighting';
import { extractTerms } from '../../../src/search/luceneQuery';

describe('highlight', () => {
  const text = 'Reaffirming that terrorism, and terrorists returning from conflict zones, threaten peace; the Foreign Terrorist Fighters return.';
  const marked = (t: string, q: string, field: 'title' | 'text' = 'text') => highlight(t, extractTerms(q), field).map((h) => t.slice(h.start, h.end));

  it('marks light-stemmed variants of a word', () => {
    expect(marked(text, 'terrorist')).toEqual(['terrorists', 'Terrorist']);
    expect(marked(text, 'returns')).toEqual(['returning', 'return']);
  });
  it('marks a phrase as one range, wildcards and fuzzy terms word by word', () => {
    expect(marked(text, '"foreign terrorist fighters"')).toEqual(['Foreign Terrorist Fighters']);
    expect(marked(text, 'threat*')).toEqual(['threaten']);
    expect(marked(text, 'peacc~1')).toEqual(['peace']);
  });
  it('leaves out terms for the other field, and merges overlaps', () => {
    expect(marked(text, 'title:peace')).toEqual([]);
    expect(marked(text, '"foreign terrorist" OR terrorist')).toEqual(['terrorists', 'Foreign Terrorist']);
  });
});
