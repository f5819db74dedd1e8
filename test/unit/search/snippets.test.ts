import { cutSnippet } from '../../../src/search/snippets';

describe('cutSnippet', () => {
  it('keeps short text whole', () => {
    expect(cutSnippet('short text', [{ start: 0, end: 5 }], 100)).toEqual({ text: 'short text', highlights: [{ start: 0, end: 5 }] });
  });
  it('cuts long text around the first highlight at word boundaries and shifts the highlights', () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    const start = words.indexOf('w120');
    const cut = cutSnippet(words, [{ start, end: start + 4 }], 120);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(122);
    expect(cut.highlights).toHaveLength(1);
    expect(cut.text.slice(cut.highlights[0]!.start, cut.highlights[0]!.end)).toBe('w120');
  });
});
