import { startApiApp, type ApiHarness } from '../../support/startApiApp';

describe('resolution look-up and listing (fixture graph)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiApp();
  });
  afterAll(() => api.app.stop());

  it('returns a resolution by number with its scalars, and null for an unknown number', async () => {
    const data = await api.data<{ r: Record<string, unknown>; none: null }>(
      `{ r: resolution(number: 2396) { number symbol date year title hasText mainTopic draft sponsors citesCount citedByCount influence }
         none: resolution(number: 9999) { number } }`,
    );
    expect(data.r).toEqual({
      number: 2396,
      symbol: 'S/RES/2396 (2017)',
      date: '2017-12-21',
      year: 2017,
      title: 'Threats to international peace and security caused by terrorist acts',
      hasText: true,
      mainTopic: 'Threats to international peace and security caused by terrorist acts',
      draft: 'S/2017/1060',
      sponsors: ['USA'],
      citesCount: 5,
      citedByCount: 2,
      influence: 0.08,
    });
    expect(data.none).toBeNull();
  });

  it('loads the full text only for resolutions that have one', async () => {
    const data = await api.data<{ a: { text: string }; b: { text: null; hasText: boolean } }>('{ a: resolution(number: 2396) { text } b: resolution(number: 50) { text hasText } }');
    expect(data.a.text).toContain('passenger name record');
    expect(data.b).toEqual({ text: null, hasText: false });
  });

  it.each(['S/RES/2396 (2017)', 'S/RES/2396(2017)', 's/res/2396', '  S / RES / 2396 ( 2017 ) '])('finds 2396 by the symbol %p', async (symbol) => {
    const data = await api.data<{ r: { number: number } }>('query($s: String!) { r: resolutionBySymbol(symbol: $s) { number } }', { s: symbol });
    expect(data.r).toEqual({ number: 2396 });
  });

  it('answers null for a well-formed symbol of a missing resolution or the wrong year', async () => {
    const data = await api.data<{ a: null; b: null }>('{ a: resolutionBySymbol(symbol: "S/RES/9999") { number } b: resolutionBySymbol(symbol: "S/RES/2396 (2016)") { number } }');
    expect(data).toEqual({ a: null, b: null });
  });

  it('rejects a malformed symbol with BAD_USER_INPUT', async () => {
    const res = await api.gql('{ resolutionBySymbol(symbol: "2396") { number } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/not a resolution symbol/);
  });

  it('lists paragraphs in order with references, and filters by kind', async () => {
    const data = await api.data<{ r: { all: Array<{ id: string; ref: string; kind: string; number: number | null }>; ops: Array<{ ref: string }> } }>(
      '{ r: resolution(number: 2396) { all: paragraphs { id ref kind number } ops: paragraphs(kind: OPERATIVE) { ref } } }',
    );
    expect(data.r.all.map((p) => [p.id, p.ref, p.kind])).toEqual([
      ['2396/1', 'pp 1', 'PREAMBULAR'],
      ['2396/2', 'pp 2', 'PREAMBULAR'],
      ['2396/3', '¶ 3', 'OTHER'],
      ['2396/4', 'op 1', 'OPERATIVE'],
      ['2396/5', 'op 2', 'OPERATIVE'],
      ['2396/6', 'op 3', 'OPERATIVE'],
    ]);
    expect(data.r.ops.map((p) => p.ref)).toEqual(['op 1', 'op 2', 'op 3']);
  });

  it('gives topics, meeting (with its resolutions), composition and votes', async () => {
    const data = await api.data<{
      r: {
        topics: Array<{ name: string; kind: string }>;
        meeting: { symbol: string; number: number; date: string; resolutions: Array<{ number: number }> };
        composition: Array<{ member: { code: string }; vote: string; permanent: boolean }>;
        votes: { modality: string; yes: number; no: number; abstain: number; unanimous: boolean };
      };
      k: { composition: Array<{ member: { code: string }; vote: string | null; permanent: boolean }>; votes: { unanimous: boolean; abstain: number } };
    }>(`{
      r: resolution(number: 2396) { topics { name kind } meeting { symbol number date resolutions { number } }
           composition { member { code } vote permanent } votes { modality yes no abstain unanimous } }
      k: resolution(number: 82) { composition { member { code } vote permanent } votes { unanimous abstain } } }`);
    expect(data.r.topics).toEqual([
      { name: 'Threats to international peace and security caused by terrorist acts', kind: 'AGENDA' },
      { name: 'International Peace and Security', kind: 'SITE' },
      { name: 'Terrorism', kind: 'SITE' },
    ]);
    expect(data.r.meeting).toEqual({ symbol: 'S/PV.8148', number: 8148, date: '2017-12-21', resolutions: [{ number: 2396 }] });
    expect(data.r.composition).toHaveLength(15);
    expect(data.r.composition.slice(0, 5).map((s) => s.member.code)).toEqual(['CHN', 'FRA', 'GBR', 'RUS', 'USA']);
    expect(data.r.composition.every((s) => s.vote === 'YES')).toBe(true);
    expect(data.r.votes).toEqual({ modality: 'adopted unanimously', yes: 15, no: 0, abstain: 0, unanimous: true });
    expect(data.k.composition).toHaveLength(11);
    expect(data.k.composition.find((s) => s.member.code === 'YUG')).toEqual({ member: { code: 'YUG' }, vote: 'ABSTAIN', permanent: false });
    expect(data.k.composition.find((s) => s.member.code === 'SUN')?.vote).toBe('NON_VOTING');
    expect(data.k.votes).toEqual({ unanimous: false, abstain: 1 });
  });

  it('pages cites and citedBy with edge properties, totals and cursors', async () => {
    type Conn = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ verb: string; paragraph: string; source: string; sources: string[]; node: { number: number } }> };
    const first = await api.data<{ r: { cites: Conn; citedBy: Conn } }>(
      '{ r: resolution(number: 2396) { cites(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { verb paragraph source sources node { number } } } citedBy { totalCount pageInfo { hasNextPage endCursor } edges { verb paragraph source sources node { number } } } } }',
    );
    expect(first.r.cites.totalCount).toBe(5);
    expect(first.r.cites.edges.map((e) => e.node.number)).toEqual([1267, 1373, 2178]);
    expect(first.r.cites.edges[0]).toMatchObject({ verb: 'reaffirms', paragraph: 'pp 1', source: 'text', sources: ['text'] });
    expect(first.r.cites.pageInfo.hasNextPage).toBe(true);
    expect(first.r.citedBy.edges.map((e) => e.node.number)).toEqual([2535, 2560]);
    expect(first.r.citedBy.pageInfo.hasNextPage).toBe(false);
    const next = await api.data<{ r: { cites: Conn } }>(
      'query($after: String) { r: resolution(number: 2396) { cites(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { verb paragraph source sources node { number } } } } }',
      { after: first.r.cites.pageInfo.endCursor },
    );
    expect(next.r.cites.edges.map((e) => e.node.number)).toEqual([2354, 2388]);
    expect(next.r.cites.edges[1]).toMatchObject({ verb: 'recalls', paragraph: 'op 2', source: 'page' });
    expect(next.r.cites.pageInfo.hasNextPage).toBe(false);
  });

  it.each([0, 101, -1])('rejects first: %p with BAD_USER_INPUT', async (first) => {
    const res = await api.gql('query($f: Int) { resolutions(first: $f) { totalCount } }', { f: first });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a forged cursor with BAD_USER_INPUT', async () => {
    for (const after of ['nonsense', Buffer.from('o:-1').toString('base64'), Buffer.from('x:5').toString('base64')]) {
      const res = await api.gql('query($a: String) { resolutions(after: $a) { totalCount } }', { a: after });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  const numbers = async (filter: Record<string, unknown>, orderBy = 'NUMBER_ASC') => {
    const data = await api.data<{ resolutions: { totalCount: number; edges: Array<{ node: { number: number } }> } }>(
      'query($f: ResolutionFilter, $o: ResolutionOrder) { resolutions(filter: $f, orderBy: $o, first: 100) { totalCount edges { node { number } } } }',
      { f: filter, o: orderBy },
    );
    expect(data.resolutions.totalCount).toBe(data.resolutions.edges.length);
    return data.resolutions.edges.map((e) => e.node.number);
  };

  it('filters resolutions by year, date range, topic, member, member vote, text, citations and unanimity', async () => {
    expect(await numbers({})).toEqual([50, 82, 1267, 1373, 2178, 2354, 2388, 2396, 2535, 2560]);
    expect(await numbers({ year: 2017 })).toEqual([2354, 2388, 2396]);
    expect(await numbers({ yearFrom: 2014, yearTo: 2017 })).toEqual([2178, 2354, 2388, 2396]);
    expect(await numbers({ dateFrom: '2017-06-01', dateTo: '2020-07-14' })).toEqual([2388, 2396, 2535]);
    expect(await numbers({ topic: 'terrorism' })).toEqual([1373, 2178, 2354, 2396, 2535]);
    expect(await numbers({ member: 'kaz' })).toEqual([2396]);
    expect(await numbers({ memberVote: { member: 'YUG', vote: 'ABSTAIN' } })).toEqual([82]);
    expect(await numbers({ memberVote: { member: 'FRA', vote: 'YES' } })).toEqual([82, 2396]);
    expect(await numbers({ hasText: false })).toEqual([50, 82]);
    expect(await numbers({ cites: 2178 })).toEqual([2354, 2396, 2535]);
    expect(await numbers({ citedBy: 2396 })).toEqual([1267, 1373, 2178, 2354, 2388]);
    expect(await numbers({ unanimous: false })).toEqual([82]);
    expect(await numbers({ year: 2017, cites: 1373, unanimous: true })).toEqual([2354, 2388, 2396]);
  });

  it('orders resolutions totally in every order', async () => {
    expect(await numbers({}, 'NUMBER_DESC')).toEqual([2560, 2535, 2396, 2388, 2354, 2178, 1373, 1267, 82, 50]);
    expect(await numbers({ year: 2017 }, 'DATE_DESC')).toEqual([2396, 2388, 2354]);
    expect((await numbers({}, 'CITED_BY_DESC')).slice(0, 4)).toEqual([1373, 2178, 1267, 2396]);
    expect((await numbers({}, 'INFLUENCE_DESC')).slice(0, 3)).toEqual([1267, 1373, 2178]);
  });

  it('pages the listing with stable cursors', async () => {
    type Page = { resolutions: { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string }; edges: Array<{ node: { number: number } }> } };
    const q = 'query($a: String) { resolutions(first: 4, after: $a) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { number } } } }';
    const seen: number[] = [];
    const pages: Array<{ size: number; hasNextPage: boolean }> = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i += 1) {
      const page: Page = await api.data<Page>(q, { a: after });
      seen.push(...page.resolutions.edges.map((e) => e.node.number));
      pages.push({ size: page.resolutions.edges.length, hasNextPage: page.resolutions.pageInfo.hasNextPage });
      expect(page.resolutions.pageInfo.hasPreviousPage).toBe(i > 0);
      if (!page.resolutions.pageInfo.hasNextPage) break;
      after = page.resolutions.pageInfo.endCursor;
    }
    expect(seen).toEqual([50, 82, 1267, 1373, 2178, 2354, 2388, 2396, 2535, 2560]);
    // Ten items, four a page: the third page is the last and says so.
    expect(pages).toEqual([{ size: 4, hasNextPage: true }, { size: 4, hasNextPage: true }, { size: 2, hasNextPage: false }]);
  });

  it('answers a valid cursor past the end with no edges and no next page', async () => {
    type Page = { resolutions: { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; edges: unknown[] } };
    const q = 'query($a: String) { resolutions(first: 4, after: $a) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { number } } } }';
    // The cursor of the last item (offset 9), and one far beyond it.
    for (const offset of [9, 500]) {
      const page = await api.data<Page>(q, { a: Buffer.from(`o:${offset}`).toString('base64') });
      expect(page.resolutions.edges).toEqual([]);
      expect(page.resolutions.pageInfo.hasNextPage).toBe(false);
      expect(page.resolutions.totalCount).toBe(10);
    }
  });

  it('rejects bad filter values with BAD_USER_INPUT naming the argument', async () => {
    for (const filter of [{ dateFrom: '2017-13-01' }, { member: 'FRANCE' }, { yearFrom: 2020, yearTo: 2010 }, { year: 17 }]) {
      const res = await api.gql('query($f: ResolutionFilter) { resolutions(filter: $f) { totalCount } }', { f: filter });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.argument).toMatch(/^filter\./);
    }
  });
});
