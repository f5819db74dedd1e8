import { encodeCursor } from '../../../src/resolvers/common/pagination';
import { startApiApp, type ApiHarness } from '../../support/startApiApp';

interface Counts {
  yes: number;
  no: number;
  abstain: number;
  nonVoting: number;
  unknown: number;
}
interface YearVotes {
  year: number;
  counts: Counts;
}

// Member.votesPerYear feeds the explorer's member page chart: per-year counts must add up to the member's
// totals and agree with its voting record filtered to each year.
describe('Member.votesPerYear (fixture graph)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiApp();
  });
  afterAll(() => api.app.stop());

  it('counts a member’s votes per year, ascending, only years it sat on a resolution', async () => {
    const data = await api.data<{ bol: { votesPerYear: YearVotes[] }; yug: { votesPerYear: YearVotes[] }; none: null }>(
      '{ bol: member(code: "BOL") { votesPerYear { year counts { yes no abstain nonVoting unknown } } } yug: member(code: "YUG") { votesPerYear { year counts { yes no abstain nonVoting unknown } } } none: member(code: "XXX") { votesPerYear { year } } }',
    );
    // Bolivia sat in 1964, 1978-79 and 2017-18 but the fixture holds one resolution it voted on (2396, 2017).
    expect(data.bol.votesPerYear).toEqual([{ year: 2017, counts: { yes: 1, no: 0, abstain: 0, nonVoting: 0, unknown: 0 } }]);
    expect(data.yug.votesPerYear.find((y) => y.year === 1950)?.counts).toEqual(expect.objectContaining({ abstain: 1 }));
    expect(data.none).toBeNull();
  });

  it('adds up to voteCounts and agrees with votingRecord for every member and year', async () => {
    const { members } = await api.data<{ members: Array<{ code: string; voteCounts: Counts; votesPerYear: YearVotes[] }> }>(
      '{ members { code voteCounts { yes no abstain nonVoting unknown } votesPerYear { year counts { yes no abstain nonVoting unknown } } } }',
    );
    expect(members.some((m) => m.votesPerYear.length > 1)).toBe(true);
    for (const m of members) {
      const years = m.votesPerYear.map((y) => y.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      const sum = { yes: 0, no: 0, abstain: 0, nonVoting: 0, unknown: 0 };
      for (const y of m.votesPerYear) for (const k of Object.keys(sum) as Array<keyof Counts>) sum[k] += y.counts[k];
      expect({ code: m.code, ...sum }).toEqual({ code: m.code, ...m.voteCounts });
      for (const y of m.votesPerYear) {
        const rec = await api.data<{ member: { votingRecord: { totalCount: number } } }>(
          `{ member(code: "${m.code}") { votingRecord(yearFrom: ${y.year}, yearTo: ${y.year}) { totalCount } } }`,
        );
        expect({ code: m.code, year: y.year, total: rec.member.votingRecord.totalCount }).toEqual({
          code: m.code,
          year: y.year,
          total: y.counts.yes + y.counts.no + y.counts.abstain + y.counts.nonVoting + y.counts.unknown,
        });
      }
    }
  });

  // One statement answers a page and the total: a page past the end, or a filter no vote matches, still says how many.
  it('gives every page of votingRecord, past the end too, the same totalCount and the votes in number order', async () => {
    type Page = { member: { votingRecord: { totalCount: number; edges: Array<{ vote: string; node: { number: number } }>; pageInfo: { hasNextPage: boolean } } } };
    const page = (args: string) =>
      api.data<Page>(`{ member(code: "FRA") { votingRecord(${args}) { totalCount edges { vote node { number } } pageInfo { hasNextPage } } } }`).then((d) => d.member.votingRecord);
    const all = await page('first: 100');
    expect(all.totalCount).toBeGreaterThan(1);
    expect(all.edges).toHaveLength(all.totalCount);
    const numbers = all.edges.map((e) => e.node.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const walked: number[] = [];
    for (let offset = 0; offset < all.totalCount; offset += 1) {
      const p = await page(offset === 0 ? 'first: 1' : `first: 1, after: "${encodeCursor(offset - 1)}"`);
      expect(p.totalCount).toBe(all.totalCount);
      walked.push(...p.edges.map((e) => e.node.number));
    }
    expect(walked).toEqual(numbers);
    const past = await page(`first: 2, after: "${encodeCursor(all.totalCount + 5)}"`);
    expect(past).toEqual({ totalCount: all.totalCount, edges: [], pageInfo: { hasNextPage: false } });
    expect(await page('yearFrom: 2200, first: 2')).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
  });
});
