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
