import { normaliseVerb } from '../../../../src/ingest/extract/normaliseVerb';

describe('normaliseVerb', () => {
  it.each([
    ['Reaffirming its resolutions 1267 (1999)', 'reaffirms'],
    ['Recalling Resolution 2178', 'recalls'],
    ['Decides that Member States shall', 'decides'],
    ['12. Decides that Member States shall', 'decides'],
    ['Taking note of the letter', 'takes note'],
    ['Takes note of the report', 'takes note'],
    ['4. Further calls upon Member States', 'calls upon'],
    ['Calling upon all parties', 'calls upon'],
    ['Bearing in mind its primary responsibility', 'bears in mind'],
    ['Having considered the report', 'has considered'],
    ['Expressing grave concern that', 'expresses grave concern'],
    ['Stressing the need', 'stresses'],
    ['Noting with concern', 'notes'],
    ['Emphasizing that terrorism', 'emphasizes'],
    ['Deeply concerned by', 'is concerned'],
    ['Mindful of its primary responsibility', 'is mindful'],
    ['Acting under Chapter VII of the Charter', 'acts under'],
    ['To request the Government', 'requests'],
    ['The Security Council, Recalling', 'recalls'],
  ])('%s -> %s', (text, verb) => {
    expect(normaliseVerb(text)).toBe(verb);
  });

  it('returns null when the paragraph opens with no verb', () => {
    expect(normaliseVerb('Border Security and Information Sharing')).toBeNull();
    expect(normaliseVerb('')).toBeNull();
  });
});
