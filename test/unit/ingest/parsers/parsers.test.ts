import fs from 'node:fs';
import path from 'node:path';
import { parseCitationsCsv } from '../../../../src/ingest/parsers/parseCitationsCsv';
import { parseCrUnscText } from '../../../../src/ingest/parsers/parseCrUnscText';
import { parseDhlVotes } from '../../../../src/ingest/parsers/parseDhlVotes';
import { parseMeetingsJsonl } from '../../../../src/ingest/parsers/parseMeetingsJsonl';
import { parseMembershipCsv } from '../../../../src/ingest/parsers/parseMembershipCsv';
import { parseResolutionsJsonl } from '../../../../src/ingest/parsers/parseResolutionsJsonl';
import { parseSitePage } from '../../../../src/ingest/parsers/parseSitePage';
import { mergeResolutions } from '../../../../src/ingest/merge/mergeResolutions';
import type { IngestRecord, ResolutionInput } from '../../../../src/ingest/model/IngestRecord';

const FIX = path.join(__dirname, '../../../fixtures/ingest');
const read = (rel: string) => fs.readFileSync(path.join(FIX, rel), 'utf8');
const resolution = (r: IngestRecord | undefined): ResolutionInput => {
  if (r?.kind !== 'resolution') throw new Error('not a resolution record');
  return r.resolution;
};

describe('parsers', () => {
  it('resolutions.jsonl: one record per line with member votes and their source', () => {
    const { records, skipped } = parseResolutionsJsonl(read('data/resolutions.jsonl'), 'resolutions.jsonl');
    expect(skipped).toEqual([]);
    expect(records).toHaveLength(6);
    const r = resolution(records[4]);
    expect(r).toMatchObject({ number: 2253, source: 'dataset', date: '2015-12-17', year: 2015, meeting: 'S/PV.7587', subjects: ['TERRORISM'] });
    expect(r.members?.[0]).toEqual({ code: 'CHN', name: 'China', permanent: true, vote: 'yes', voteSource: 'derived_unanimous' });
    expect(r.rawText).toContain('Recalling its resolutions 1267 (1999)');
    expect(resolution(records[0]).rawText).toBeUndefined();
  });

  it('resolutions.jsonl: bad JSON, impossible dates, a number that disagrees with its symbol are skipped with file:line', () => {
    const { records, skipped } = parseResolutionsJsonl(read('bad/resolutions.jsonl'), 'bad.jsonl');
    expect(records.map((r) => resolution(r).number)).toEqual([3001]);
    expect(skipped.map((s) => [s.line, s.reason.replace(/:.*$/s, '')])).toEqual([
      [2, 'impossible date "2030-02-30"'],
      [3, 'number 3003 disagrees with symbol "S/RES/3004 (2030)"'],
      [4, 'bad JSON'],
      [5, 'invalid record'],
    ]);
    expect(skipped.every((s) => s.file === 'bad.jsonl')).toBe(true);
  });

  it('dhl_votes.jsonl: maps member names to codes (China by date) and reports unknown names once', () => {
    const { records, skipped } = parseDhlVotes(read('data/dhl_votes.jsonl'), 'dhl.jsonl');
    expect(records).toHaveLength(6);
    const r2379 = resolution(records[5]);
    expect(r2379.members?.find((m) => m.code === 'RUS')).toEqual({ code: 'RUS', vote: 'abstain', voteSource: 'dhl' });
    expect(r2379.members?.some((m) => m.code === 'CHN')).toBe(true);
    expect(r2379.votes).toEqual({ yes: 6, no: 0, abstain: 1, nonVoting: 0 });
    expect(skipped).toEqual([{ file: 'dhl.jsonl', line: 6, reason: 'member name "ATLANTIS" has no code; its votes were skipped' }]);
    const early = parseDhlVotes('{"number": 1, "symbol": "S/RES/1 (1946)", "date": "1946-01-25", "votes": {"CHINA": "yes", "USSR": "not-voting"}}\n', 'x');
    expect(resolution(early.records[0]).members).toEqual([
      { code: 'TWN', vote: 'yes', voteSource: 'dhl' },
      { code: 'SUN', vote: 'non-voting', voteSource: 'dhl' },
    ]);
  });

  it('meetings.jsonl: keys VTC meetings without a record by date and topic', () => {
    const { records, skipped } = parseMeetingsJsonl(read('data/meetings.jsonl'), 'meetings.jsonl');
    expect(skipped).toEqual([]);
    expect(records).toHaveLength(8);
    const last = records[7];
    expect(last?.kind === 'meeting' && last.meeting).toEqual({ symbol: 'VTC 2020-03-30 Briefing [closed]', number: null, date: '2020-03-30', agenda: 'Briefing [closed]', outcome: null, resolutions: [] });
    const first = records[0];
    expect(first?.kind === 'meeting' && first.meeting.number).toBe(4051);
  });

  it('council_membership.csv and citations.csv: rows, quoted fields, bad rows', () => {
    const m = parseMembershipCsv(read('data/council_membership.csv'), 'm.csv');
    expect(m.skipped).toEqual([]);
    expect(m.records).toHaveLength(36);
    const c = parseCitationsCsv('from,to,verb,source,context\n2253,1267,Recalling,unxml_hyperlink,"Recalling its resolutions 1267 (1999), 1373 (2001)"\nx,1,,s,\n5,5,,s,\n', 'c.csv');
    expect(c.records).toEqual([
      { kind: 'citation', origin: { file: 'c.csv', line: 2 }, citation: { from: 2253, to: 1267, verb: 'Recalling', source: 'unxml_hyperlink', context: 'Recalling its resolutions 1267 (1999), 1373 (2001)' } },
    ]);
    expect(c.skipped.map((s) => s.line)).toEqual([3, 4]);
  });

  it('citations.csv streamed by line (as the ingest reads it) parses as the whole text does: quoted newlines, CRLF, no final newline', () => {
    const text = 'from,to,verb,source,context\r\n2253,1267,Recalling,s,"Recalling ""its"" resolution\n1267, (1999)"\r\nx,1,,s,\n\n5,5,,s,\n2379,2253,,s,last';
    const whole = parseCitationsCsv(text, 'c.csv');
    const emitted: unknown[] = [];
    // readLines splits on \n and leaves a trailing \r to the parser.
    const streamed = parseCitationsCsv(text.split('\n'), 'c.csv', (r) => emitted.push(r));
    expect(whole.records.map((r) => (r.kind === 'citation' ? [r.origin.line, r.citation.context] : null))).toEqual([
      [2, 'Recalling "its" resolution\n1267, (1999)'],
      [7, 'last'],
    ]);
    expect(whole.skipped.map((s) => s.line)).toEqual([4, 6]);
    expect(streamed.records).toEqual([]);
    expect(emitted).toEqual(whole.records);
    expect(streamed.skipped).toEqual(whole.skipped);
  });

  it('site page: number, date, meeting, topics, year, title, both lists, composition and the raw text', () => {
    const { records, skipped } = parseSitePage(read('pages/resolution_2900.txt'), 'resolution_2900.txt');
    expect(skipped).toEqual([]);
    const r = resolution(records[0]);
    expect(r).toMatchObject({
      number: 2900,
      source: 'page',
      symbol: 'S/RES/2900 (2017)',
      date: '2017-12-28',
      year: 2017,
      meeting: 'S/PV.8200',
      title: 'Threats to international peace and security caused by terrorist acts',
      siteTopics: ['International Peace and Security', 'Terrorism'],
      pageCites: [1267, 1373, 2178, 2253, 2379],
      pageCitedBy: [2901],
    });
    expect(r.members?.map((m) => [m.code, m.permanent])).toEqual([['CHN', true], ['FRA', true], ['RUS', true], ['GBR', true], ['USA', true], ['SWE', false]]);
    expect(r.rawText).toMatch(/^S\/RES\/2900 \(2017\)/);
  });

  it('site page without most sections still loads; a page whose symbol disagrees is skipped', () => {
    const r = resolution(parseSitePage(read('pages-later/resolution_2901.txt'), 'p').records[0]);
    expect(r).toMatchObject({ number: 2901, year: 2018, date: '2018-03-15', meeting: 'S/PV.8300' });
    expect(r.pageCites).toBeUndefined();
    expect(r.siteTopics).toBeUndefined();
    const bad = parseSitePage('Resolution 12\n\nAbstract\nS/RES/13 (1946)\nThe Security Council,\n', 'p');
    expect(bad.records).toEqual([]);
    expect(bad.skipped[0]?.reason).toMatch(/disagrees/);
  });

  it('CR-UNSC text file: number and year from the name; a text naming another resolution is skipped', () => {
    const ok = parseCrUnscText(read('crunsc/S_RES_1267_1999_EN_BEST.txt'), 'f', 'S_RES_1267_1999_EN_BEST.txt');
    expect(resolution(ok.records[0])).toMatchObject({ number: 1267, year: 1999, source: 'cr-unsc', symbol: 'S/RES/1267 (1999)' });
    const bad = parseCrUnscText(read('crunsc/S_RES_1373_2002_EN_BEST.txt'), 'f', 'S_RES_1373_2002_EN_BEST.txt');
    expect(bad.records).toEqual([]);
    expect(bad.skipped[0]?.reason).toBe('file name says 1373 (2002) but the text says 1999 (2011)');
    const yearSlip = parseCrUnscText('Resolution 434 (1973)\nof 18 September 1978\n\nThe Security Council,\n', 'f', 'S_RES_0434_1978_EN_GOLD.txt');
    expect(resolution(yearSlip.records[0])).toMatchObject({ number: 434, year: 1978 });
  });
});

describe('mergeResolutions', () => {
  it('does not use a text whose heading names another resolution, and says so', () => {
    const merged = mergeResolutions([
      { number: 542, source: 'dataset', year: 1983, rawText: 'Resolution 538 (1983)\n\nof 18 October 1983\n\nThe Security Council,' },
      { number: 542, source: 'cr-unsc', year: 1983, rawText: 'Resolution 542 (1983)\n\nThe Security Council,' },
    ]);
    expect(merged.fields.rawText).toMatch(/^Resolution 542/);
    expect(merged.provenance.text).toBe('cr-unsc');
    expect(merged.conflicts).toEqual(['text: resolutions.jsonl holds the text of resolution 538; not used']);
  });

  it('takes the Library’s date when the dataset’s is in another year', () => {
    const merged = mergeResolutions([
      { number: 770, source: 'dataset', date: '1991-08-13', year: 1991, symbol: 'S/RES/770 (1991)' },
      { number: 770, source: 'dhl', date: '1992-08-13', year: 1992, symbol: 'S/RES/770 (1992)' },
    ]);
    expect(merged.fields).toMatchObject({ date: '1992-08-13', year: 1992, symbol: 'S/RES/770 (1992)' });
    expect(merged.conflicts).toHaveLength(1);
  });
});
