import type { Paragraph } from '../../../../src/ingest/clean/Paragraph';
import type { MandateDoc } from '../../../../src/ingest/extract/missionsText';
import { extractSanctions, targetFromAgenda, targetFromTitle } from '../../../../src/ingest/extract/sanctions';

function doc(number: number, title: string | null, ...ops: string[]): MandateDoc {
  const paragraphs: Paragraph[] = ops.map((text, i) => ({ ordinal: i + 1, kind: 'operative' as const, number: i + 1, text: `${i + 1}. ${text}` }));
  return { number, date: null, title, agenda: null, paragraphs };
}

const ESTABLISH = 'Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the Security Council to oversee the measures imposed by paragraph 1;';

describe('extractSanctions', () => {
  const docs = [
    doc(
      1267,
      'Afghanistan',
      'Decides further that all States shall freeze funds and other financial resources of the Taliban;',
      'Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the Security Council to seek information on the measures imposed by paragraph 1;',
    ),
    doc(1333, null, 'Decides that all States shall prevent the direct or indirect supply of arms and related materiel to the Taliban, as overseen by the Committee established pursuant to resolution 1267 (1999) concerning Al-Qaida and the Taliban;'),
    doc(1390, null, 'Decides to extend the measures imposed by resolution 1267 (1999) until 30 January 2003;', 'Decides to lift the measures on flights;'),
    doc(1373, null, 'Decides that all States shall freeze without delay funds;', 'Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the Security Council to monitor implementation of this resolution;'),
  ];
  const out = extractSanctions(docs);

  it('keys a regime by the resolution that set up its committee, and skips committees that oversee no measures', () => {
    expect(out.regimes).toEqual([{ key: '1267', name: 'Committee established pursuant to resolution 1267', target: 'Al-Qaida and the Taliban' }]);
  });

  it('names the target of a regime as most texts word its committee, without the words a cut left dangling', () => {
    const establish = 'Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the Security Council to oversee the measures imposed by paragraph 1;';
    const { regimes } = extractSanctions([
      doc(1533, '[on the situation concerning the DRC]', 'Decides that all States shall prevent the supply of arms;', establish),
      doc(1596, null, 'Decides that the Committee established pursuant to resolution 1533 (2004) concerning the Democratic Republic of the Congo and the Group of Experts shall report;'),
      doc(1649, null, 'Requests the Committee established pursuant to resolution 1533 (2004) concerning the Democratic Republic of the Congo to update its list;'),
      doc(1698, null, 'Requests the Committee established pursuant to resolution 1533 (2004) concerning the Democratic Republic of the Congo, to report;'),
    ]);
    expect(regimes.map((r) => r.target)).toEqual(['the Democratic Republic of the Congo']);
  });

  it('without a "concerning …" wording, names the target from the setting resolution\'s agenda item, then its title', () => {
    const setter = (number: number, title: string, agenda: string): MandateDoc => ({ ...doc(number, title, 'Decides that all States shall prevent the supply of arms;', ESTABLISH), agenda });
    const { regimes } = extractSanctions([
      setter(985, 'UN Observer Mission In Liberia', 'Liberia'),
      setter(1298, 'Security Council resolution 1298 (2000) [on measures against the sale or supply to Eritrea and Ethiopia of arms]', 'The situation between Eritrea and Ethiopia'),
      setter(1737, 'Security Council resolution 1737 (2006) [on measures against the Islamic Republic of Iran in connection with its enrichment-related activities]', 'Non-proliferation'),
      setter(2140, 'Security Council resolution 2140 (2014) [on the situation in Yemen]', 'The situation in the Middle East'),
    ]);
    expect(regimes.map((r) => [r.key, r.target])).toEqual([
      ['985', 'Liberia'],
      ['1298', 'Eritrea and Ethiopia'],
      ['1737', 'the Islamic Republic of Iran'],
      ['2140', 'Yemen'],
    ]);
  });

  it('reads a place from an agenda item and a party from a title, and nothing from a theme', () => {
    expect(targetFromAgenda('The question concerning Haiti')).toBe('Haiti');
    expect(targetFromAgenda('Situation in Southern Rhodesia')).toBe('Southern Rhodesia');
    expect(targetFromAgenda('Items relating to the Libyan Arab Jamahiriya')).toBe('the Libyan Arab Jamahiriya');
    expect(targetFromAgenda("Non-proliferation/Democratic People's Republic of Korea")).toBe("Democratic People's Republic of Korea");
    expect(targetFromAgenda('Kosovo (Federal Republic of Yugoslavia)')).toBe('Kosovo (Federal Republic of Yugoslavia)');
    for (const theme of ['Non-proliferation', 'Threats to international peace and security caused by terrorist acts', 'Reports of the Secretary-General on the Sudan', 'The situation in the Middle East', 'Peace and security in Africa']) {
      expect(targetFromAgenda(theme)).toBeNull();
    }
    expect(targetFromAgenda(null)).toBeNull();
    expect(targetFromTitle('Security Council resolution 1988 (2011) [on establishment of a new Sanctions Committee concerning Individuals and Entities associated with the Taliban]')).toBe('the Taliban');
    expect(targetFromTitle('SECURITY COUNCIL RESOLUTION 864 (1993) [ON EXTENSION OF THE MANDATE OF UNAVEM II AND POSSIBLE ARMS AND OIL EMBARGO AGAINST UNITA]')).toBe('UNITA');
    // Whom the measures are against is not a place: no target from these.
    expect(targetFromTitle('Security Council resolution 2653 (2022) [on sanctions against individuals and entities threatening the peace of Haiti]')).toBeNull();
    expect(targetFromTitle('Security Council resolution 1343 (2001) [on the situation in Liberia]')).toBeNull();
  });

  it('links later resolutions by the committee or the resolution they name, with renewals to a date', () => {
    expect(out.edges.map((e) => [e.resolution, e.action, e.until, e.paragraph])).toEqual([
      [1267, 'ESTABLISHES', null, 'op 2'],
      [1333, 'MODIFIES', null, 'op 1'],
      [1390, 'RENEWS', '2003-01-30', 'op 1'],
      [1390, 'MODIFIES', null, 'op 2'],
    ]);
  });

  it('records the measures each resolution imposes, extends or lifts', () => {
    expect(out.measures.map((m) => [m.resolution, m.measure, m.action, m.paragraph])).toEqual([
      [1267, 'ASSET_FREEZE', 'IMPOSES', 'op 1'],
      [1333, 'ARMS_EMBARGO', 'IMPOSES', 'op 1'],
      [1390, 'OTHER', 'LIFTS', 'op 2'],
    ]);
  });
});
