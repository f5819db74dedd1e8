import { highlight, scanWords, WORD } from '../../../src/search/highlighting';
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

describe('scanWords', () => {
  const scanned = (text: string) => {
    const found: string[] = [];
    scanWords(text, (start, end) => found.push(`${start}:${text.slice(start, end)}`));
    return found;
  };
  const matched = (text: string) => [...text.matchAll(WORD)].map((m) => `${m.index}:${m[0]}`);

  it('finds the words WORD matches: apostrophes, digits, accents, surrogate pairs', () => {
    const text = "The Council's d’Ivoire o'clock'9 x' 1990s résolution İstanbul 𝐀𝐁 𝟎1 x²y \ud800a é́ end'";
    expect(scanned(text)).toEqual(matched(text));
    expect(scanned(text)).toContain("4:Council's");
  });

  it('agrees with WORD on every code point of the Basic Multilingual Plane, before and after their classes are kept', () => {
    // Each code point beside a letter and a space, so every class decides a word's start, inside and end.
    let text = '';
    for (let cp = 128; cp < 0x10000; cp += 1) if (cp < 0xd800 || cp > 0xdfff) text += `a${String.fromCharCode(cp)}b ${String.fromCharCode(cp)} `;
    const expected = matched(text);
    expect(scanned(text)).toEqual(expected);
    expect(scanned(text)).toEqual(expected);
  });

  it('agrees with WORD on random text over a tricky alphabet (seeded)', () => {
    const alphabet = ['a', 'Z', '7', ' ', "'", '’', '-', '.', 'é', 'İ', 'ß', '²', '\u0301', '𝐀', '𝟎', '\ud800', '\udc00', 'ω', '中'];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 2000; n += 1) {
      const text = Array.from({ length: next() % 24 }, () => alphabet[next() % alphabet.length]).join('');
      expect(scanned(text)).toEqual(matched(text));
    }
  });
});
