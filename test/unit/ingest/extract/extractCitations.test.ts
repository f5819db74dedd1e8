import { cleanText } from '../../../../src/ingest/clean/cleanText';
import { splitParagraphs } from '../../../../src/ingest/clean/splitParagraphs';
import { extractCitations, type Catalogue } from '../../../../src/ingest/extract/extractCitations';

/** Known years of the resolutions these sentences cite (from the UN record). */
const YEARS: Record<number, number> = {
  1267: 1999, 1325: 2000, 1373: 2001, 1566: 2004, 1624: 2005, 1989: 2011, 2178: 2014, 2253: 2015, 2322: 2016,
  2354: 2017, 2379: 2017, 2388: 2017, 2396: 2017, 242: 1967, 338: 1973, 2367: 2017, 2664: 2022, 2282: 2016, 3: 1946,
};
const known: Catalogue = (n) => (n in YEARS ? { year: YEARS[n] ?? null } : undefined);

function cites(text: string, number = 2400, year = 2018) {
  return extractCitations({ number, year, paragraphs: splitParagraphs(cleanText(text)), known });
}
const targets = (text: string, number?: number, year?: number) => cites(text, number, year).cites.map((c) => c.to).sort((a, b) => a - b);

describe('extractCitations on real sentences', () => {
  it('finds a single dated reference: "resolution 2178 (2014)"', () => {
    expect(targets('Recalling its resolution 2178 (2014) and the definition of foreign terrorist fighters,')).toEqual([2178]);
  });

  it('finds every item of a list with commas and "and"', () => {
    expect(targets('Reaffirming its resolutions 1267 (1999), 1989 (2011) and 2253 (2015),')).toEqual([1267, 1989, 2253]);
    expect(targets('Recalling resolutions 1267 (1999) and 1989 (2011),')).toEqual([1267, 1989]);
    expect(targets('pursuant to resolutions 1267 (1999), 1989 (2011), and 2253 (2015), and also urges ICAO')).toEqual([1267, 1989, 2253]);
  });

  it('keeps going when a comma is missing between dated items, as in the 2396 page', () => {
    expect(targets('Reaffirming its resolutions 1373 (2001), 1566 (2004) 1624 (2005), 2322 (2016) 2354 (2017) and its relevant presidential statements,')).toEqual([
      1373, 1566, 1624, 2322, 2354,
    ]);
  });

  it('accepts a singular "resolution" followed by a list: "resolution 1267 (1999), 1989 (2011) and 2253 (2015)"', () => {
    expect(targets('43. Directs the Committee established pursuant to resolution 1267 (1999), 1989 (2011) and 2253 (2015) and the Monitoring Team')).toEqual([1267, 1989, 2253]);
  });

  it('finds references without a year, whatever the case of "Resolution"', () => {
    expect(targets('Recalling Resolution 2178 and the definition of foreign terrorist fighters,')).toEqual([2178]);
    expect(targets('and recalling its invitation in paragraph 29 of resolution 2388 to the Secretary-General,')).toEqual([2388]);
  });

  it('does not take words after a bare number as another item', () => {
    expect(targets('Recalling resolution 2178 and the definition,')).toEqual([2178]);
    expect(targets('Recalling resolutions 2178 and 2253 on foreign terrorist fighters,')).toEqual([2178, 2253]);
  });

  it('finds "paragraph 2 of resolution 2379 (2017)" and records the paragraph of the first mention', () => {
    const r = cites('The Security Council,\n\nTaking note of the letter,\n\nReaffirming its request in paragraph 2 of resolution 2379 (2017), to establish an investigative team,');
    expect(r.cites).toEqual([expect.objectContaining({ to: 2379, verb: 'reaffirms', paragraph: 'pp 2', mentions: 1 })]);
    expect(r.cites[0]?.context).toContain('paragraph 2 of resolution 2379 (2017)');
  });

  it('reads dated references after words that follow the keyword, and standing alone', () => {
    expect(targets('Recalling also its resolutions on Countering Terrorism including 2178 (2014), 2253 (2015) and 2354 (2017) and the Statement')).toEqual([2178, 2253, 2354]);
    expect(targets('the situation between Iraq and Kuwait, and the values set forth in 2367 (2017),')).toEqual([2367]);
  });

  it('counts mentions and keeps the verb and paragraph of the first one', () => {
    const text = 'The Security Council,\n\nRecalling its resolution 1373 (2001),\n\n1. Decides, in furtherance of resolution 1373 (2001), that States shall act;\n\n2. Urges States to implement resolution 1373;';
    const [c] = cites(text).cites;
    expect(c).toMatchObject({ to: 1373, verb: 'recalls', paragraph: 'pp 1', mentions: 3 });
  });

  it('uses operative numbers and normalised verbs for operative paragraphs', () => {
    const text = 'The Security Council,\n\nNoting the report,\n\n1. Further decides that the measures of resolution 1267 (1999) shall apply;\n\n2. Takes note of resolution 1989 (2011);';
    const got = cites(text).cites.map((c) => [c.to, c.verb, c.paragraph]);
    expect(got).toEqual([
      [1267, 'decides', 'op 1'],
      [1989, 'takes note', 'op 2'],
    ]);
  });

  describe('rejections', () => {
    it('rejects General Assembly resolutions in both notations', () => {
      const r = cites('Recalling General Assembly resolution 60/180 and A/RES/60/288 on the Global Counter-Terrorism Strategy,');
      expect(r.cites).toEqual([]);
    });

    it('rejects other bodies, before or after the number', () => {
      expect(targets('Recalling Human Rights Council resolution 1325 (2000) on the matter,')).toEqual([]);
      expect(targets('Recalling ECOSOC resolution 1989 (2011),')).toEqual([]);
      expect(targets('Recalling resolution 1325 (2000) of the General Assembly,')).toEqual([]);
      expect(targets('Recalling General Assembly resolution 242 (XXII) and 338 (XXVIII),')).toEqual([]);
      const r = cites('Recalling General Assembly resolution 1325 (2000),');
      expect(r.rejected).toEqual([expect.objectContaining({ number: 1325, reason: 'another body’s resolution' })]);
    });

    it('keeps Security Council resolutions named next to a General Assembly one', () => {
      expect(targets('Recalling General Assembly and Security Council resolutions 70/262 and 2282 (2016) of 27 April 2016,')).toEqual([2282]);
      expect(targets('Recalling General Assembly resolution 60/180 and its resolution 1325 (2000),')).toEqual([1325]);
    });

    it('rejects a year that does not match the cited resolution', () => {
      const r = cites('Reiterates its resolutions 2253 (2015), 2178 (2106),');
      expect(r.cites.map((c) => c.to)).toEqual([2253]);
      expect(r.rejected).toEqual([expect.objectContaining({ number: 2178, year: 2106, reason: 'year 2106 does not match 2178 (2014)' })]);
    });

    it('rejects self-citations and resolutions newer than the citing one', () => {
      const r = cites('Decides that the Panel established pursuant to resolution 2396 (2017) and resolution 2664 shall continue;', 2396, 2017);
      expect(r.cites).toEqual([]);
      expect(r.rejected.map((x) => x.reason).sort()).toEqual(['newer than the citing resolution', 'self-citation']);
    });

    it('rejects numbers no resolution has, and dated numbers that are treaty volumes', () => {
      expect(targets('Recalling resolution 9999 (2017),')).toEqual([]);
      expect(targets('United Nations, Treaty Series, vol. 1267 (1999), No. 5475,')).toEqual([]);
    });
  });
});
