import { startApiApp, type ApiHarness } from '../../support/startApiApp';

describe('topics, members, meetings and stats (fixture graph)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiApp();
  });
  afterAll(() => api.app.stop());

  it('lists topics with counts, most resolutions first, filtered by kind and name', async () => {
    const data = await api.data<{ all: { totalCount: number; edges: Array<{ node: { name: string; kind: string; resolutionCount: number } }> }; site: { edges: Array<{ node: { name: string } }> }; named: { totalCount: number } }>(
      '{ all: topics(first: 2) { totalCount edges { node { name kind resolutionCount } } } site: topics(kind: SITE) { edges { node { name } } } named: topics(nameContains: "TERROR") { totalCount } }',
    );
    expect(data.all.totalCount).toBe(9);
    expect(data.all.edges.map((e) => e.node)).toEqual([
      { name: 'Threats to international peace and security caused by terrorist acts', kind: 'AGENDA', resolutionCount: 5 },
      { name: 'Terrorism', kind: 'SITE', resolutionCount: 4 },
    ]);
    expect(data.site.edges.map((e) => e.node.name)).toEqual(['Terrorism', 'International Peace and Security']);
    expect(data.named.totalCount).toBe(3);
  });

  it('finds a topic by name (any case), preferring agenda, then site, then subject, with its resolutions over time', async () => {
    const data = await api.data<{
      t: { key: string; kind: string; resolutionCount: number; firstYear: number; lastYear: number; resolutionsPerYear: Array<{ year: number; count: number }>; resolutions: { totalCount: number; edges: Array<{ node: { number: number } }> } };
      s: { kind: string; resolutionCount: number };
      none: null;
    }>(
      '{ t: topic(name: "terrorism") { key kind resolutionCount firstYear lastYear resolutionsPerYear { year count } resolutions(first: 2) { totalCount edges { node { number } } } } s: topic(name: "Terrorism", kind: SUBJECT) { kind resolutionCount } none: topic(name: "nothing") { key } }',
    );
    expect(data.t).toEqual({
      key: 'site:terrorism',
      kind: 'SITE',
      resolutionCount: 4,
      firstYear: 2001,
      lastYear: 2017,
      resolutionsPerYear: [
        { year: 2001, count: 1 },
        { year: 2014, count: 1 },
        { year: 2017, count: 2 },
      ],
      resolutions: { totalCount: 4, edges: [{ node: { number: 2396 } }, { node: { number: 2354 } }] },
    });
    expect(data.s).toEqual({ kind: 'SUBJECT', resolutionCount: 1 });
    expect(data.none).toBeNull();
  });

  it('lists members and filters them by permanence and year', async () => {
    const data = await api.data<{ all: Array<{ code: string }>; p1950: Array<{ code: string }>; elected2018: Array<{ code: string }> }>(
      '{ all: members { code } p1950: members(permanent: true, year: 1950) { code } elected2018: members(permanent: false, year: 2018) { code } }',
    );
    expect(data.all).toHaveLength(22);
    expect(data.all.slice(0, 7).map((m) => m.code)).toEqual(['CHN', 'FRA', 'GBR', 'RUS', 'SUN', 'TWN', 'USA']);
    expect(data.p1950.map((m) => m.code)).toEqual(['FRA', 'GBR', 'SUN', 'TWN', 'USA']);
    expect(data.elected2018.map((m) => m.code)).toEqual(['BOL', 'ETH', 'KAZ', 'SWE']);
  });

  it('gives a member its terms, vote counts and a paged voting record', async () => {
    const data = await api.data<{ m: Record<string, unknown>; y: { votingRecord: { totalCount: number; edges: Array<{ vote: string; node: { number: number } }> } }; none: null }>(
      '{ m: member(code: "bol") { code name permanent years terms { from to } resolutionCount voteCounts { yes no abstain nonVoting unknown } } y: member(code: "FRA") { votingRecord(first: 1) { totalCount edges { vote node { number } } } } none: member(code: "XXX") { code } }',
    );
    expect(data.m).toEqual({
      code: 'BOL',
      name: 'Bolivia',
      permanent: false,
      years: [1964, 1978, 1979, 2017, 2018],
      terms: [
        { from: 1964, to: 1964 },
        { from: 1978, to: 1979 },
        { from: 2017, to: 2018 },
      ],
      resolutionCount: 1,
      voteCounts: { yes: 1, no: 0, abstain: 0, nonVoting: 0, unknown: 0 },
    });
    expect(data.y.votingRecord).toEqual({ totalCount: 2, edges: [{ vote: 'YES', node: { number: 82 } }] });
    expect(data.none).toBeNull();
    // A seat's member comes without its years (cypher/resolution/composition.cypher): they are loaded by code.
    const seats = await api.data<{ m: { votingRecord: { edges: Array<{ node: { composition: Array<{ member: { code: string; years: number[]; terms: unknown[] } }> } }> } } }>(
      '{ m: member(code: "BOL") { votingRecord(first: 1) { edges { node { composition { member { code years terms { from to } } } } } } } }',
    );
    const seat = seats.m.votingRecord.edges[0]!.node.composition.find((s) => s.member.code === 'BOL');
    expect(seat?.member).toEqual({ code: 'BOL', years: data.m.years, terms: data.m.terms });
    const abstained = await api.data<{ m: { votingRecord: { totalCount: number; edges: Array<{ vote: string; permanent: boolean; node: { number: number } }> } } }>(
      '{ m: member(code: "YUG") { votingRecord(vote: ABSTAIN) { totalCount edges { vote permanent node { number } } } } }',
    );
    expect(abstained.m.votingRecord).toEqual({ totalCount: 1, edges: [{ vote: 'ABSTAIN', permanent: false, node: { number: 82 } }] });
    const res = await api.gql('{ member(code: "France") { code } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds a meeting by symbol, ignoring case and spaces', async () => {
    const data = await api.data<{ a: Record<string, unknown>; b: { number: number }; none: null }>(
      '{ a: meeting(symbol: "S/PV.8148") { symbol number date agenda outcome resolutions { number } } b: meeting(symbol: " s/pv. 473 ") { number } none: meeting(symbol: "S/PV.1") { number } }',
    );
    expect(data.a).toEqual({
      symbol: 'S/PV.8148',
      number: 8148,
      date: '2017-12-21',
      agenda: 'Threats to international peace and security caused by terrorist acts',
      outcome: 'Resolution 2396 (2017) adopted',
      resolutions: [{ number: 2396 }],
    });
    expect(data.b).toEqual({ number: 473 });
    expect(data.none).toBeNull();
  });

  it('gives corpus statistics: totals, per year, most cited overall and per period', async () => {
    const data = await api.data<{ stats: Record<string, unknown> & { mostCited: Array<{ rank: number; value: number; resolution: { number: number } }>; mostCitedByPeriod: Array<{ period: string; from: number; to: number; resolutions: Array<{ rank: number; value: number; resolution: { number: number } }> }>; perYear: Array<{ year: number; count: number }> } }>(
      `{ stats { resolutions withText citations meetings members topics paragraphs unanimous firstYear lastYear perYear { year count }
         mostCited(limit: 3) { rank value resolution { number } } mostInfluential(limit: 1) { rank value resolution { number } }
         mostCitedByPeriod { period from to resolutions { rank value resolution { number } } } } }`,
    );
    const s = data.stats;
    expect(s).toMatchObject({ resolutions: 10, withText: 8, citations: 13, meetings: 2, members: 22, topics: 9, paragraphs: 20, unanimous: 8, firstYear: 1948, lastYear: 2020 });
    expect(s.perYear).toEqual([
      { year: 1948, count: 1 },
      { year: 1950, count: 1 },
      { year: 1999, count: 1 },
      { year: 2001, count: 1 },
      { year: 2014, count: 1 },
      { year: 2017, count: 3 },
      { year: 2020, count: 2 },
    ]);
    expect(s.mostCited).toEqual([
      { rank: 1, value: 4, resolution: { number: 1373 } },
      { rank: 2, value: 3, resolution: { number: 2178 } },
      { rank: 3, value: 2, resolution: { number: 1267 } },
    ]);
    expect(s.mostInfluential).toEqual([{ rank: 1, value: 0.3, resolution: { number: 1267 } }]);
    expect(s.mostCitedByPeriod.map((p) => [p.period, p.from, p.to, p.resolutions.map((r) => r.resolution.number)])).toEqual([
      ['1990s', 1990, 1999, [1267]],
      ['2000s', 2000, 2009, [1373]],
      ['2010s', 2010, 2019, [2178, 2396, 2354]],
    ]);
  });
});
