import { startApiApp, type ApiHarness } from '../../support/startApiApp';

describe('citation traversal (fixture graph)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiApp();
  });
  afterAll(() => api.app.stop());

  type Chain = { citationChain: { root: { number: number }; maxDepth: number; totalCount: number; truncated: boolean; entries: Array<{ distance: number; resolution: { number: number } }> } };
  const chain = (number: number, direction: string, maxDepth?: number) =>
    api.data<Chain>('query($n: Int!, $d: CitationDirection, $m: Int) { citationChain(number: $n, direction: $d, maxDepth: $m) { root { number } maxDepth totalCount truncated entries { distance resolution { number } } } }', {
      n: number,
      d: direction,
      m: maxDepth,
    });
  const pairs = (c: Chain) => c.citationChain.entries.map((e) => [e.distance, e.resolution.number]);

  it('follows CITES to every reachable resolution with its shortest distance, by distance then number', async () => {
    const one = await chain(2535, 'CITES', 1);
    expect(pairs(one)).toEqual([
      [1, 2178],
      [1, 2396],
    ]);
    const three = await chain(2535, 'CITES', 3);
    expect(pairs(three)).toEqual([
      [1, 2178],
      [1, 2396],
      [2, 1267],
      [2, 1373],
      [2, 2354],
      [2, 2388],
    ]);
    expect(three.citationChain).toMatchObject({ root: { number: 2535 }, maxDepth: 3, totalCount: 6, truncated: false });
  });

  it('follows CITED_BY backwards, and defaults to depth 2', async () => {
    expect(pairs(await chain(1267, 'CITED_BY', 1))).toEqual([
      [1, 1373],
      [1, 2396],
    ]);
    expect(pairs(await chain(2178, 'CITED_BY'))).toEqual([
      [1, 2354],
      [1, 2396],
      [1, 2535],
      [2, 2560],
    ]);
  });

  it('answers a root that reaches nothing with the root and no entries (one statement carries both)', async () => {
    const none = await chain(1267, 'CITES', 3);
    expect(none.citationChain).toMatchObject({ root: { number: 1267 }, maxDepth: 3, totalCount: 0, truncated: false, entries: [] });
  });

  it('rejects a depth outside 1..5 and names a missing root with NOT_FOUND', async () => {
    for (const m of [0, 6]) {
      const res = await api.gql('query($m: Int) { citationChain(number: 2396, maxDepth: $m) { totalCount } }', { m });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxDepth' });
    }
    const missing = await api.gql('{ citationChain(number: 9999) { totalCount } }');
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', missing: [9999] });
  });

  type Paths = { citationPaths: Array<{ length: number; nodes: Array<{ number: number }>; edges: Array<{ source: number; target: number; verb: string }> }> };
  const PATHS = 'query($f: Int!, $t: Int!, $m: Int, $l: Int, $d: Boolean) { citationPaths(from: $f, to: $t, maxDepth: $m, limit: $l, directed: $d) { length nodes { number } edges { source target verb } } }';

  it('finds every shortest path with its edges, in a stable order', async () => {
    const data = await api.data<Paths>(PATHS, { f: 2560, t: 1373 });
    expect(data.citationPaths.map((p) => p.nodes.map((n) => n.number))).toEqual([
      [2560, 2396, 1373],
    ]);
    const two = await api.data<Paths>(PATHS, { f: 2535, t: 1373 });
    expect(two.citationPaths.map((p) => p.nodes.map((n) => n.number))).toEqual([
      [2535, 2178, 1373],
      [2535, 2396, 1373],
    ]);
    expect(two.citationPaths[0]).toMatchObject({ length: 2, edges: [{ source: 2535, target: 2178, verb: 'recalls' }, { source: 2178, target: 1373, verb: 'recalls' }] });
    const limited = await api.data<Paths>(PATHS, { f: 2535, t: 1373, l: 1 });
    expect(limited.citationPaths).toHaveLength(1);
  });

  it('respects direction and depth: no path upwards unless undirected', async () => {
    expect((await api.data<Paths>(PATHS, { f: 1373, t: 2560 })).citationPaths).toEqual([]);
    const undirected = await api.data<Paths>(PATHS, { f: 1373, t: 2560, d: false });
    expect(undirected.citationPaths.map((p) => p.nodes.map((n) => n.number))).toEqual([[1373, 2396, 2560]]);
    expect((await api.data<Paths>(PATHS, { f: 2560, t: 1267, m: 1 })).citationPaths).toEqual([]);
  });

  it('rejects bad path arguments and missing ends', async () => {
    expect((await api.gql(PATHS, { f: 2396, t: 2396 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(PATHS, { f: 2396, t: 1267, m: 7 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(PATHS, { f: 2396, t: 1267, l: 51 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(PATHS, { f: 2396, t: 9998 })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', missing: [9998] });
  });

  type Graph = {
    citationGraph: {
      truncated: boolean;
      nodes: Array<{ id: string; number: number; label: string; year: number; mainTopic: string; inDegree: number; outDegree: number; influence: number; distance: number }>;
      edges: Array<{ id: string; source: string; target: string; verb: string }>;
    };
  };
  const GRAPH = 'query($n: [Int!]!, $d: GraphDirection, $depth: Int, $l: Int) { citationGraph(numbers: $n, direction: $d, depth: $depth, limit: $l) { truncated nodes { id number label year mainTopic inDegree outDegree influence distance } edges { id source target verb } } }';

  it('returns the neighbourhood as nodes and edges for a visualisation client', async () => {
    const data = await api.data<Graph>(GRAPH, { n: [2396], d: 'CITED_BY', depth: 1 });
    expect(data.citationGraph.nodes.map((n) => [n.id, n.distance])).toEqual([
      ['2396', 0],
      ['2535', 1],
      ['2560', 1],
    ]);
    expect(data.citationGraph.nodes[0]).toEqual({
      id: '2396',
      number: 2396,
      label: 'S/RES/2396 (2017)',
      year: 2017,
      mainTopic: 'Threats to international peace and security caused by terrorist acts',
      inDegree: 2,
      outDegree: 5,
      influence: 0.08,
      distance: 0,
    });
    expect(data.citationGraph.edges).toEqual([
      { id: '2535->2396', source: '2535', target: '2396', verb: 'recalls' },
      { id: '2560->2396', source: '2560', target: '2396', verb: 'recalls' },
    ]);
    expect(data.citationGraph.truncated).toBe(false);
  });

  it('includes every edge among the returned nodes, seeds first, and truncates at the limit', async () => {
    const both = await api.data<Graph>(GRAPH, { n: [2396, 50], depth: 1 });
    expect(both.citationGraph.nodes.map((n) => n.number)).toEqual([50, 2396, 1267, 1373, 2178, 2354, 2388, 2535, 2560]);
    const ids = new Set(both.citationGraph.nodes.map((n) => n.id));
    expect(both.citationGraph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(both.citationGraph.edges.map((e) => e.id)).toContain('1373->1267');
    expect(both.citationGraph.edges).toHaveLength(13);
    const cut = await api.data<Graph>(GRAPH, { n: [2396], depth: 2, l: 3 });
    expect(cut.citationGraph.nodes.map((n) => n.number)).toEqual([2396, 1267, 1373]);
    expect(cut.citationGraph.truncated).toBe(true);
  });

  it('rejects bad graph arguments, and names missing seeds with NOT_FOUND', async () => {
    expect((await api.gql(GRAPH, { n: [] })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(GRAPH, { n: [2396], depth: 4 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(GRAPH, { n: [2396], l: 1001 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await api.gql(GRAPH, { n: [2396, 9991, 9992] });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'numbers', missing: [9991, 9992] });
    expect(missing.errors?.[0]?.message).toBe('No resolution has the numbers 9991, 9992.');
  });
});
