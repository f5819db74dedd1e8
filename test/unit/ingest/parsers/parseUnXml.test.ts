import fs from 'node:fs';
import path from 'node:path';
import { cleanText } from '../../../../src/ingest/clean/cleanText';
import { splitParagraphs } from '../../../../src/ingest/clean/splitParagraphs';
import { detectFile } from '../../../../src/ingest/detect/detectInputs';
import { parseUnXml } from '../../../../src/ingest/parsers/parseUnXml';

const dir = path.join(__dirname, '../../../fixtures/ingest/unxml');
const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

describe('parseUnXml (UN Akoma Ntoso)', () => {
  it('takes the metadata, roll call and hyperlinks of an English file', () => {
    const { records, skipped } = parseUnXml(read('S_RES_1784_excerpt.xml'), 'S_RES_1784_excerpt.xml');
    expect(skipped).toEqual([]);
    const res = records.find((r) => r.kind === 'resolution');
    if (res?.kind !== 'resolution') throw new Error('no resolution record');
    expect(res.resolution).toMatchObject({
      number: 1784,
      source: 'unxml',
      symbol: 'S/RES/1784 (2007)',
      date: '2007-10-31',
      year: 2007,
      meeting: 'S/PV.5774',
      agenda: 'Reports of the Secretary-General on the Sudan',
      title: 'Security Council resolution 1784 (2007) [on extension of the mandate of the UN Mission in the Sudan (UNMIS)]',
      subjects: ['UN Mission in Sudan', 'PEACEKEEPING OPERATIONS'],
      draft: 'S/2007/642',
      sponsors: ['Belgium', 'France', 'Italy', 'United States of America'],
      adoptionNote: 'Adopted 14-0-1, 5774th meeting',
      chapterVIIMarkup: true,
      textSource: 'xml',
    });
    expect(res.resolution.members).toEqual([
      { code: 'BEL', vote: 'yes', voteSource: 'unxml' },
      { code: 'USA', vote: 'yes', voteSource: 'unxml' },
      { code: 'RUS', vote: 'abstain', voteSource: 'unxml' },
    ]);
    expect(records.filter((r) => r.kind === 'citation').map((r) => (r.kind === 'citation' ? [r.citation.to, r.citation.source] : null))).toEqual([[1612, 'unxml_hyperlink']]);
  });

  it('builds the text from the document structure: preamble, numbered paragraphs (across an empty <p>), points with their paragraph', () => {
    const res = parseUnXml(read('S_RES_1784_excerpt.xml'), 'f').records[0];
    if (res?.kind !== 'resolution') throw new Error('no resolution record');
    const ps = splitParagraphs(cleanText(res.resolution.rawText ?? '', 'xml'));
    expect(ps.map((p) => [p.kind, p.number, p.text])).toEqual([
      ['other', null, 'The Security Council,'],
      ['preambular', null, 'Recalling also its resolutions 1674 (2006) and 1612 (2005) on children & armed conflict,'],
      ['operative', 1, '1. Decides to extend the mandate of UNMIS until 30 April 2008;'],
      ['operative', 2, '2. Requests the Secretary-General to include:\n(a) an assessment of progress; and\n(b) an assessment of the mandate;'],
      ['operative', 3, '3. Decides to remain actively seized of the matter.'],
    ]);
  });

  it('lets the document structure split the text: footnotes left out, headings alone, nothing glued to the last operative paragraph', () => {
    const { records } = parseUnXml(read('S_RES_structure_hard_cases.xml'), 'f');
    const res = records[0];
    if (res?.kind !== 'resolution') throw new Error('no resolution record');
    const { rawText, headings } = res.resolution;
    // authorialNote text is in no paragraph (1540: a note inside preambular 1; 2107: two notes inside one paragraph) ...
    expect(rawText).not.toMatch(/Definitions for the purpose|S\/2013\/323|distinct from a recommendation/);
    // ... but a hyperlink inside a note still gives its citation.
    expect(records.flatMap((r) => (r.kind === 'citation' ? [r.citation.to] : []))).toEqual([1267, 1730]);
    expect(headings).toEqual(['Current situation', 'A', 'Measures', 'Review and maintenance of the Consolidated List', 'Monitoring of the ceasefire', 'Disarmament, demobilization and reintegration', 'B', 'Reaffirming the legal basis of the mandate,', 'Annex to resolution 1735 (2006)', 'Annex II', 'I']);
    const ps = splitParagraphs(cleanText(rawText ?? '', 'xml'), headings);
    expect(ps.map((p) => [p.kind, p.number, p.text])).toEqual([
      ['other', null, 'The Security Council,'],
      ['preambular', null, 'Affirming that proliferation of such weapons, as well as their means of delivery, constitutes a threat to international peace and security,'],
      // <block name="subheading"> in the preamble (2363).
      ['other', null, 'Current situation'],
      ['preambular', null, 'Welcoming the report of the Secretary-General of 17 June 2013 (S/2013/357) and the letters of the State of Kuwait and of the Republic of Iraq to the Secretary-General,'],
      ['preambular', null, 'Acting under Chapter VII of the Charter of the United Nations,'],
      // A section's number is a part heading; its crossHeading before any operative paragraph is preambular (1295).
      ['other', null, 'A'],
      ['preambular', null, 'Determining that the situation constitutes a threat to international peace and security in the region,'],
      // A subheading opening the mainBody, and one between operative paragraphs whose wording is no "heading" (1735, 1822).
      ['other', null, 'Measures'],
      ['operative', 1, '1. Calls upon States to redouble their efforts to implement the measures of resolution 1267 (1999);'],
      ['other', null, 'Review and maintenance of the Consolidated List'],
      // Subheadings between the points of an operative paragraph stay in it, as its points do (1528).
      ['operative', 2, '2. Decides that the mandate of the Team shall be the following:\nMonitoring of the ceasefire\n(a) To observe and monitor the ceasefire,\nDisarmament, demobilization and reintegration\n(b) To assist in disarmament;'],
      // After an operative paragraph, a section's crossHeading is set apart, not run into the paragraph before it (1305).
      ['other', null, 'B'],
      ['other', null, 'Reaffirming the legal basis of the mandate,'],
      ['operative', 3, '3. Decides to remain actively seized of the matter.'],
      // The annex heading after the closing paragraph is a paragraph of its own, and so is every annex block (1526).
      ['other', null, 'Annex to resolution 1735 (2006)'],
      ['other', null, 'In accordance with paragraph 2 of this resolution, the Team shall have the following responsibilities:'],
      ['other', null, '– To collate, assess, monitor and report;'],
      // An annex in attachments (1353), with a part number alone in its paragraph (1318).
      ['other', null, 'Annex II'],
      ['other', null, 'I'],
      ['other', null, 'Pledges to uphold the Purposes and Principles of the Charter;'],
    ]);
  });

  it("takes the adoption step's date where the adoption FRBRdate is the placeholder 0001-01-01 (1287–1295 of the Pre-2020 archive)", () => {
    const xml = read('S_RES_1784_excerpt.xml').replace(/<FRBRdate date="[^"]*" name="adoption"/, '<FRBRdate date="0001-01-01" name="adoption"');
    expect(xml).toContain('0001-01-01');
    const res = parseUnXml(xml, 'f').records[0];
    if (res?.kind !== 'resolution') throw new Error('no resolution record');
    expect([res.resolution.date, res.resolution.year, res.resolution.symbol]).toEqual(['2007-10-31', 2007, 'S/RES/1784 (2007)']);
  });

  it('skips a broken file (a duplicated attribute, as in the 2021 German file of 2575) and a non-AKN file, with the reason', () => {
    expect(parseUnXml(read('S_RES_2575_G_duplicated_attribute.xml'), 'g.xml')).toEqual({
      records: [],
      skipped: [{ file: 'g.xml', line: 0, reason: expect.stringMatching(/^broken XML: duplicated attribute "refersTo" on <step>/) }],
    });
    expect(parseUnXml(read('not_akn.xml'), 'n.xml').skipped[0]?.reason).toBe('not an Akoma Ntoso document');
    expect(parseUnXml('<akomaNtoso><statement></akomaNtoso>', 'u.xml').skipped[0]?.reason).toMatch(/^broken XML: <\/akomaNtoso> closes <statement>/);
  });

  it('is detected by content; archives by name', () => {
    expect(detectFile(path.join(dir, 'S_RES_1784_excerpt.xml'))).toBe('unxml');
    expect(detectFile(path.join(dir, 'not_akn.xml'))).toBeNull();
  });
});
