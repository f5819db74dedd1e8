import { startApiApp, type ApiHarness } from '../../support/startApiApp';
import { RANKING, readPlainQuery } from '../../../src/search/plainQuery';

type Hit = { score: number; resolution: { number: number }; snippets: Array<{ ref: string; kind: string; paragraphId: string | null; text: string; highlights: Array<{ start: number; end: number }> }> };
type SearchData = { search: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: Hit }> } };

const SEARCH = `query($q: String!, $f: ResolutionFilter, $first: Int, $after: String) {
  search(query: $q, filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { score resolution { number } snippets { ref kind paragraphId text highlights { start end } } } }
  }
}`;

describe('full-text search (fixture graph)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiApp();
  });
  afterAll(() => api.app.stop());

  const search = (q: string, extra: Record<string, unknown> = {}) => api.data<SearchData>(SEARCH, { q, ...extra });
  const numbers = async (q: string, extra: Record<string, unknown> = {}) => (await search(q, extra)).search.edges.map((e) => e.node.resolution.number);
  const marked = (s: { text: string; highlights: Array<{ start: number; end: number }> }) => s.highlights.map((h) => s.text.slice(h.start, h.end));

  it('finds resolutions by stemmed words and orders by score, then number', async () => {
    const data = await search('trafficking');
    expect(data.search.edges.map((e) => e.node.resolution.number).sort()).toEqual([2388, 2396]);
    const scores = data.search.edges.map((e) => e.node.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const all = await search('terrorist');
    const pairs = all.search.edges.map((e) => [e.node.score, e.node.resolution.number] as const);
    for (let i = 1; i < pairs.length; i += 1) {
      const [s0, n0] = pairs[i - 1]!;
      const [s1, n1] = pairs[i]!;
      expect(s0 > s1 || (s0 === s1 && n0 < n1)).toBe(true);
    }
    expect(all.search.totalCount).toBe(pairs.length);
  });

  it('supports phrases, boolean operators, wildcards, fuzzy terms and field prefixes', async () => {
    expect((await numbers('"passenger name record"')).sort()).toEqual([2396]);
    expect((await numbers('taliban OR youth')).sort()).toEqual([1267, 2535]);
    expect(await numbers('recalling AND NOT (terrorist OR terrorism)')).toEqual([2388]);
    expect((await numbers('+decides -sanctions -taliban')).sort()).toEqual([1373, 2178, 2396]);
    expect((await numbers('narr*')).sort()).toEqual([2354]);
    expect((await numbers('talibn~1')).sort()).toEqual([1267]);
    expect((await numbers('title:korea')).sort()).toEqual([82]);
    expect(await numbers('title:trafficking')).toEqual([]);
    expect((await numbers('text:trafficking')).sort()).toEqual([2388, 2396]);
  });

  it('reads a slash inside a word and a symbol as punctuation, not as a regular expression', async () => {
    expect((await numbers('S/RES/2396 (2017)'))[0]).toBe(2396);
    expect((await numbers('resolution 1373 (2001)'))[0]).toBe(1373);
    expect((await numbers('taliban/youth')).sort()).toEqual([1267, 2535]);
    expect((await numbers('taliban/youth OR narr*')).sort()).toEqual([1267, 2354, 2535]);
    const marks = (await search('taliban/youth OR narr*')).search.edges.flatMap((e) => e.node.snippets.flatMap(marked));
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['taliban', 'youth']));
  });

  it('favours the year or decade a plain query names, without filtering by it or needing it in the text', async () => {
    const plain = await numbers('terrorist');
    const years = new Map((await api.data<{ resolutions: { edges: Array<{ node: { number: number; year: number } }> } }>('{ resolutions(first: 100) { edges { node { number year } } } }')).resolutions.edges.map((e) => [e.node.number, e.node.year]));
    // The year whose resolution ranks last among those matching the word alone, so the boost must move it.
    const last = plain.at(-1)!;
    const year = years.get(last)!;
    const withYear = await numbers(`terrorist ${year}`);
    expect(plain.length).toBeGreaterThan(2);
    expect(years.get(withYear[0]!)).toBe(year);
    expect([...withYear].sort()).toEqual([...plain].sort());
    const decade = year - (year % 10);
    const withDecade = await numbers(`terrorist ${decade}s`);
    expect(withDecade.slice(0, plain.filter((n) => years.get(n)! - (years.get(n)! % 10) === decade).length).every((n) => years.get(n)! - (years.get(n)! % 10) === decade)).toBe(true);
    expect([...withDecade].sort()).toEqual([...plain].sort());
  });

  it('ranks a plain query’s matches up by the other matches that cite them, the same on every page', async () => {
    // The Lucene form of the plain query is Lucene syntax, ranked by Lucene's score alone: the text relevance.
    const lucene = readPlainQuery('terrorist')!.lucene;
    const citedBy = new Map(
      (await api.data<{ resolutions: { edges: Array<{ node: { number: number; citedBy: { edges: Array<{ node: { number: number } }> } } }> } }>(
        '{ resolutions(first: 100) { edges { node { number citedBy(first: 20) { edges { node { number } } } } } } }',
      )).resolutions.edges.map((e) => [e.node.number, e.node.citedBy.edges.map((c) => c.node.number)]),
    );
    const text = (await search(lucene)).search.edges.map((e) => e.node);
    const ranked = (await search('terrorist')).search.edges.map((e) => e.node);
    expect(ranked.map((h) => h.resolution.number).sort()).toEqual(text.map((h) => h.resolution.number).sort());
    // Each match gains 1/40 of its text score per other match (of the best 40) citing it.
    const matches = text.map((h) => h.resolution.number);
    const expected = new Map(text.map((h) => [h.resolution.number, h.score * (1 + citedBy.get(h.resolution.number)!.filter((n) => matches.includes(n)).length / RANKING.citedAmong)]));
    for (const h of ranked) expect(h.score).toBeCloseTo(expected.get(h.resolution.number)!, 6);
    // 2354 has the best text score, 1373 is cited by three other matches (2178, 2354, 2396): it comes first.
    expect(text[0]!.resolution.number).toBe(2354);
    expect(ranked[0]!.resolution.number).toBe(1373);
    // Page by page, one hit a page, the same order as one page.
    const paged: number[] = [];
    let after: string | null = null;
    do {
      const page: SearchData = await search('terrorist', { first: 1, after });
      paged.push(...page.search.edges.map((e) => e.node.resolution.number));
      after = page.search.pageInfo.hasNextPage ? page.search.pageInfo.endCursor : null;
    } while (after !== null);
    expect(paged).toEqual(ranked.map((h) => h.resolution.number));
    // A filter Lucene cannot apply walks every match in Cypher (hits.cypher): the same order.
    expect(await numbers('terrorist', { f: { hasText: true } })).toEqual(ranked.map((h) => h.resolution.number));
  });

  it('finds resolutions without text by their title, with a title snippet', async () => {
    const data = await search('palestine');
    expect(data.search.edges).toHaveLength(1);
    const hit = data.search.edges[0]!.node;
    expect(hit.resolution.number).toBe(50);
    expect(hit.snippets).toEqual([{ ref: 'title', kind: 'TITLE', paragraphId: null, text: 'The Palestine question: cessation of hostilities', highlights: [{ start: 4, end: 13 }] }]);
  });

  it('gives paragraph-level snippets with the matched words located', async () => {
    const data = await search('"passenger name record" OR trafficking', { f: { year: 2017 } });
    const hit = data.search.edges.find((e) => e.node.resolution.number === 2396)!.node;
    expect(hit.snippets.map((s) => [s.ref, s.paragraphId, s.kind])).toEqual(
      expect.arrayContaining([
        ['op 1', '2396/4', 'OPERATIVE'],
        ['op 2', '2396/5', 'OPERATIVE'],
      ]),
    );
    const op1 = hit.snippets.find((s) => s.ref === 'op 1')!;
    expect(marked(op1)).toEqual(['passenger name record']);
    const op2 = hit.snippets.find((s) => s.ref === 'op 2')!;
    expect(marked(op2)).toEqual(['trafficking']);
  });

  it('marks stemmed and wildcard matches, and not negated words', async () => {
    const data = await search('fighter AND NOT taliban', { f: { year: 2017 } });
    const hit = data.search.edges[0]!.node;
    expect(hit.resolution.number).toBe(2396);
    expect(marked(hit.snippets[0]!)).toEqual(['fighters']);
    const wild = await search('reaffirm*', { f: { year: 2017 } });
    const s = wild.search.edges[0]!.node.snippets[0]!;
    expect(s.ref).toMatch(/^pp /);
    expect(marked(s)).toEqual(['Reaffirming']);
  });

  it('pages search results with cursors, and filters them', async () => {
    const first = await search('recalling', { first: 2 });
    expect(first.search.edges).toHaveLength(2);
    expect(first.search.pageInfo.hasNextPage).toBe(true);
    const rest = await search('recalling', { first: 100, after: first.search.pageInfo.endCursor });
    const all = await numbers('recalling', { first: 100 });
    expect([...first.search.edges.map((e) => e.node.resolution.number), ...rest.search.edges.map((e) => e.node.resolution.number)]).toEqual(all);
    expect((await numbers('recalling', { f: { yearFrom: 2020 } })).sort()).toEqual([2535, 2560]);
    expect((await numbers('terrorist', { f: { cites: 1373 } })).sort()).toEqual([2178, 2354, 2396]);
  });

  it('returns facets by year, decade, topic and member over all matches', async () => {
    const data = await api.data<{ search: { totalCount: number; facets: Record<string, Array<{ value: string; label: string; count: number }>> } }>(
      '{ search(query: "security OR korea", first: 1) { totalCount facets { years { value label count } decades { value label count } topics { value count } members { value label count } } } }',
    );
    const f = data.search.facets;
    // By hand from test/fixtures/api/graph.cypher: "security" is in the titles of 1373, 2178, 2354,
    // 2388, 2396, 2535 and 2560, "korea" in 82's; 50 and 1267 match neither.
    expect(data.search.totalCount).toBe(8);
    expect(data.search.totalCount).toBe(f.years!.reduce((n, y) => n + y.count, 0));
    expect(f.years).toEqual([
      { value: '1950', label: '1950', count: 1 },
      { value: '2001', label: '2001', count: 1 },
      { value: '2014', label: '2014', count: 1 },
      { value: '2017', label: '2017', count: 3 },
      { value: '2020', label: '2020', count: 2 },
    ]);
    expect(f.decades).toEqual([
      { value: '1950', label: '1950s', count: 1 },
      { value: '2000', label: '2000s', count: 1 },
      { value: '2010', label: '2010s', count: 4 },
      { value: '2020', label: '2020s', count: 2 },
    ]);
    // Agenda and site topics only, most matches first, then by name.
    expect(f.topics).toEqual([
      { value: 'Threats to international peace and security caused by terrorist acts', count: 5 },
      { value: 'Terrorism', count: 4 },
      { value: 'Complaint of aggression upon the Republic of Korea', count: 1 },
      { value: 'International Peace and Security', count: 1 },
      { value: 'Maintenance of international peace and security', count: 1 },
      { value: 'Youth and peace and security', count: 1 },
    ]);
    // Compositions exist for 2396 (15 members) and 82 (11); EGY, FRA, GBR and USA sat on both.
    expect(f.members).toHaveLength(15 + 11 - 4);
    expect(f.members!.slice(0, 4)).toEqual([
      { value: 'EGY', label: 'Egypt', count: 2 },
      { value: 'FRA', label: 'France', count: 2 },
      { value: 'GBR', label: 'United Kingdom', count: 2 },
      { value: 'USA', label: 'United States', count: 2 },
    ]);
    expect(f.members).toContainEqual({ value: 'YUG', label: 'Yugoslavia', count: 1 });
    expect(f.members!.reduce((n, m) => n + m.count, 0)).toBe(15 + 11);
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['"unclosed phrase', /double quote/],
    ['(terrorism', /parenthesis/],
    ['terrorism AND', /operator/],
    ['title:', /not valid Lucene syntax/],
    ['terrorism^^', /not valid Lucene syntax/],
    ['reaffirms humanitarian piracy - /( {a TO} /[a-z]+/ ) ? text: reaffirms \r\n', /invalid regular expression/],
  ])('answers the query %p with BAD_USER_INPUT saying what is wrong', async (q, message) => {
    const res = await api.gql(SEARCH, { q });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(JSON.stringify(res.errors)).not.toMatch(/CALL|MATCH|queryNodes/);
  });

  it('rejects an out-of-range snippet limit', async () => {
    const res = await api.gql('{ search(query: "terrorism") { edges { node { snippets(limit: 11) { text } } } } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts the same whether the count comes with the page, from a fragment or from its own statement', async () => {
    // Selected directly, the page's statement counts (up to the cap); through a fragment the resolver does not see
    // it in advance, so the count is exact for free when the matches are fewer than the page's candidates, else
    // Lucene counts in a statement of its own. All three must agree with the number of hits.
    type Counted = { search: { totalCount: number; totalCountIsExact: boolean; edges: unknown[] } };
    for (const q of ['terrorist', 'recalling OR decides', 'security', 'nothingmatchesthis']) {
      const direct = await api.data<Counted>('query($q: String!) { search(query: $q, first: 50) { totalCount totalCountIsExact edges { cursor } } }', { q });
      const viaFragment = await api.data<Counted>('query($q: String!) { search(query: $q, first: 1) { ...C edges { cursor } } } fragment C on SearchConnection { totalCount totalCountIsExact }', { q });
      expect(direct.search.totalCount).toBe(direct.search.edges.length);
      expect(direct.search.totalCountIsExact).toBe(true);
      expect(viaFragment.search).toEqual({ ...direct.search, edges: direct.search.edges.slice(0, 1) });
    }
  });

  it('filters by year and date inside Lucene with the same hits, order and count as the Cypher filter', async () => {
    // hasText: true holds for every resolution here that has a date after 1999, so adding it changes nothing but
    // the plan: the first query of each pair is filtered by Lucene (dayKey range), the second walks every match.
    const COUNTED = `query($q: String!, $f: ResolutionFilter) { search(query: $q, filter: $f, first: 20) { totalCount totalCountIsExact edges { node { score resolution { number } } } } }`;
    type Counted = { search: { totalCount: number; totalCountIsExact: boolean; edges: Array<{ node: { score: number; resolution: { number: number } } }> } };
    for (const f of [{ year: 2017 }, { yearFrom: 2014, yearTo: 2017 }, { dateFrom: '2017-05-24', dateTo: '2017-11-21' }, { yearFrom: 2020 }]) {
      for (const q of ['terrorist', 'recalling OR decides', 'terrorist fighters']) {
        const byLucene = await api.data<Counted>(COUNTED, { q, f });
        const byCypher = await api.data<Counted>(COUNTED, { q, f: { ...f, hasText: true } });
        expect(byLucene.search.edges.length).toBeGreaterThan(0);
        expect(byLucene).toEqual(byCypher);
      }
    }
    expect(await numbers('terrorist', { f: { dateFrom: '2017-05-25', dateTo: '2017-12-20' } })).toEqual([]);
  });
});
