import { cleanText } from '../../../../src/ingest/clean/cleanText';
import { splitParagraphs } from '../../../../src/ingest/clean/splitParagraphs';

describe('cleanText', () => {
  it('drops running headers, footers and cover lines of UN documents and joins the broken sentence', () => {
    const raw = [
      'S/RES/2396 (2017)',
      'Security Council Distr.: General 21 December 2017',
      'Resolution 2396 (2017)',
      'Adopted by the Security Council at its 8148th meeting, on 21 December 2017',
      'The Security Council, Reaffirming that failure to comply is one of',
      'S/RES/2396 (2017)',
      '17-23112 2 /13',
      'the factors contributing to radicalization,',
      'S/RES/2396 (2017)',
      '3/13 17 -23112',
      'Stressing that terrorism can only be defeated,',
    ].join('\n');
    expect(cleanText(raw)).toBe('The Security Council, Reaffirming that failure to comply is one of the factors contributing to radicalization, Stressing that terrorism can only be defeated,');
  });

  it('mends hyphenation across lines but keeps real compound hyphens', () => {
    expect(cleanText('to allow him and others associ-\nated with him')).toBe('to allow him and others associated with him');
    expect(cleanText('effective counter-\nterrorism measures')).toBe('effective counter-terrorism measures');
  });

  it('drops "Adopted at" lines, footnote blocks and footnote markers of the OCR texts', () => {
    const raw = 'The Security Council,\n\nHaving considered the report of 6 May,5 submitted in compliance,\n\nAdopted at the 40th meeting by 10 votes.\n\n4 Ibid., 33rd meeting, pp. 143-145 (document S/39).\n5 fbid., First Year.';
    expect(cleanText(raw)).toBe('The Security Council,\n\nHaving considered the report of 6 May, submitted in compliance,');
  });

  it('splits a run-on page text into preambular, operative and heading paragraphs', () => {
    const text = cleanText(
      'The Security Council, Reaffirming its resolution 1373 (2001), Stressing the need to act, Acting under Chapter VII of the Charter 1. Recalls its decision; Border Security and Information Sharing 2. Calls upon Member States to act; 3. Decides to remain seized of the matter.',
    );
    expect(splitParagraphs(text).map((p) => [p.kind, p.number, p.text])).toEqual([
      ['other', null, 'The Security Council,'],
      ['preambular', null, 'Reaffirming its resolution 1373 (2001),'],
      ['preambular', null, 'Stressing the need to act,'],
      ['preambular', null, 'Acting under Chapter VII of the Charter'],
      ['operative', 1, '1. Recalls its decision;'],
      ['other', null, 'Border Security and Information Sharing'],
      ['operative', 2, '2. Calls upon Member States to act;'],
      ['operative', 3, '3. Decides to remain seized of the matter.'],
    ]);
  });

  it('keeps sub-paragraphs inside their operative paragraph and unnumbered operative paragraphs of early texts', () => {
    const ps = splitParagraphs('The Security Council,\n\nNoting the report,\n\n1. Affirms the necessity\n\n(a) For guaranteeing freedom of navigation;\n\n2. Requests the Secretary-General to report.');
    expect(ps.map((p) => [p.ordinal, p.kind, p.number])).toEqual([
      [1, 'other', null],
      [2, 'preambular', null],
      [3, 'operative', 1],
      [4, 'operative', 2],
    ]);
    expect(ps[2]?.text).toBe('1. Affirms the necessity\n(a) For guaranteeing freedom of navigation;');
    const early = splitParagraphs('The Security Council,\n\nHaving considered the statement,\n\nResolves:\n\nTo defer further proceedings.');
    expect(early.map((p) => p.kind)).toEqual(['other', 'preambular', 'operative', 'operative']);
  });

  it('keeps the blocks a source marks as headings apart, and an "Annex" one after an unnumbered operative paragraph starts the annex', () => {
    // 1318: "Decides to adopt the attached declaration" then the declaration, whose "Reaffirms" would read as operative.
    const text = 'The Security Council,\n\nDecides to adopt the attached declaration.\n\nAnnex\n\nThe Security Council,\n\nReaffirms its commitment;';
    expect(splitParagraphs(text).map((p) => p.kind)).toEqual(['other', 'operative', 'other', 'other', 'operative']);
    expect(splitParagraphs(text, ['Annex']).map((p) => p.kind)).toEqual(['other', 'operative', 'other', 'other', 'other']);
    // A marked heading whatever its wording: "ICC referral" (1970) has a word in lower case.
    const marked = splitParagraphs('1. Requests States to cooperate;\n\nICC referral\n\n2. Decides to refer the situation;', ['ICC referral']);
    expect(marked.map((p) => [p.kind, p.number, p.text])).toEqual([
      ['operative', 1, '1. Requests States to cooperate;'],
      ['other', null, 'ICC referral'],
      ['operative', 2, '2. Decides to refer the situation;'],
    ]);
    expect(splitParagraphs('1. Requests States to cooperate;\n\nICC referral\n\n2. Decides to refer the situation;')[0]?.text).toBe('1. Requests States to cooperate;\nICC referral');
  });
});
