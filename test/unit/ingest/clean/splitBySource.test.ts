import fs from 'node:fs';
import path from 'node:path';
import { cleanText, type TextSource } from '../../../../src/ingest/clean/cleanText';
import { splitParagraphs } from '../../../../src/ingest/clean/splitParagraphs';
import { chapterVIIFromText } from '../../../../src/ingest/extract/chapterVII';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../../fixtures/ingest/texts', name), 'utf8');
const split = (name: string, source: TextSource) => splitParagraphs(cleanText(fixture(name), source)).map((p) => [p.kind, p.number, p.text.slice(0, 41)]);

describe('cleaning and splitting, per text source', () => {
  it('PDF text: drops the cover lines, breaks one paragraph per line, joins a line broken inside a paragraph', () => {
    expect(split('pdf-1005-excerpt.txt', 'pdf')).toEqual([
      ['other', null, 'The Security Council,'],
      ['preambular', null, 'Recalling its previous resolutions 918 (1'],
      ['preambular', null, 'Noting with concern that unexploded landm'],
      ['preambular', null, 'Acting under Chapter VII of the Charter o'],
      ['operative', null, 'Decides that, notwithstanding the restric'],
    ]);
    const text = cleanText(fixture('pdf-1005-excerpt.txt'), 'pdf');
    expect(text).not.toMatch(/UNITED NATIONS|Distr\.|RESOLUTION 1005|^S$/m);
    expect(text).toContain('substantial hazard to the population of Rwanda, and an impediment to the rapid');
  });

  it('PDF text: sub-paragraphs (a), (b) stay with their unnumbered operative paragraph', () => {
    const ps = splitParagraphs(cleanText(fixture('pdf-0921-excerpt.txt'), 'pdf'));
    expect(ps.map((p) => p.kind)).toEqual(['other', 'preambular', 'operative']);
    expect(ps[2]?.text).toMatch(/^Decides:\n\(a\) To call upon .*\n\(b\) To renew/s);
  });

  it('PDF text: the refworld heading goes, and an operative verb run on after the preamble is cut off', () => {
    expect(split('pdf-0963-excerpt.txt', 'pdf')).toEqual([
      ['other', null, 'The Security Council,'],
      ['preambular', null, 'Having examined the application of the Re'],
      ['operative', null, 'Recommends to the General Assembly that t'],
    ]);
  });

  it('OCR text: footnote marker and footnote, symbol line and a broken "Adopted" line go', () => {
    const ps = splitParagraphs(cleanText(fixture('ocr-0150-excerpt.txt'), 'ocr'));
    expect(ps.map((p) => [p.kind, p.text])).toEqual([
      ['other', 'The Security Council,'],
      ['preambular', 'Having examined the application of the Republic of the Ivory Coast,'],
      ['operative', 'Recommends to the General Assembly that the Republic of the Ivory Coast be admitted to membership in the United Nations.'],
    ]);
  });

  it('OCR text: "The Security Council Resolves:" opens the operative part and each "That ..." clause is one paragraph', () => {
    expect(split('ocr-0015-excerpt.txt', 'ocr').map(([kind, , text]) => [kind, text])).toEqual([
      ['preambular', 'Whereas there have been presented to the '],
      ['operative', 'The Security Council Resolves:'],
      ['operative', 'That the Security Council under Article 3'],
      ['operative', 'That the Commission be composed of a repr'],
    ]);
  });

  it('XML text: numbered points of a paragraph ending in ":" stay in it; after "remain seized" the annex is kept apart', () => {
    const ps = splitParagraphs(cleanText(fixture('xml-2416-excerpt.txt'), 'xml'));
    expect(ps.filter((p) => p.kind === 'operative').map((p) => p.number)).toEqual([1, 2, 3]);
    expect(ps.find((p) => p.number === 2)?.text).toMatch(/progress on:\n1\. Resolution of the final status of Abyei;\n2\. Implementation/);
    expect(ps.find((p) => p.text === 'Reporting')?.kind).toBe('other');
    const annex = ps.slice(ps.findIndex((p) => p.text === 'Procedures'));
    expect(annex.map((p) => [p.kind, p.number])).toEqual([
      ['other', null],
      ['other', null],
      ['other', null],
    ]);
  });
});

describe('chapterVIIFromText', () => {
  it('reads "Acting under Chapter VII" and its variants as true', () => {
    expect(chapterVIIFromText(cleanText(fixture('pdf-1005-excerpt.txt'), 'pdf'))).toBe(true);
    expect(chapterVIIFromText('1. Decides, acting under Chapter VII of the Charter, that all States shall')).toBe(true);
    expect(chapterVIIFromText('Acting also under Chapter VII of the Charter,')).toBe(true);
    expect(chapterVIIFromText('Acting in accordance with Articles 39 and 41 of the United Nations Charter,')).toBe(true);
    expect(chapterVIIFromText('Acting wider Chapter VII of the Charter,')).toBe(true);
  });

  it('a mere mention of Chapter VII, or Chapter VIII, is false; no text is null', () => {
    expect(chapterVIIFromText('the situation could be reconsidered with a view to action under Chapter VII of the Charter')).toBe(false);
    expect(chapterVIIFromText('Acting under Chapter VIII of the Charter,')).toBe(false);
    expect(chapterVIIFromText(cleanText(fixture('pdf-0963-excerpt.txt'), 'pdf'))).toBe(false);
    expect(chapterVIIFromText(null)).toBeNull();
    expect(chapterVIIFromText('  ')).toBeNull();
  });
});
