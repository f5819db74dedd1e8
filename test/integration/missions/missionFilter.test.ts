import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { describeCorpus } from '../../support/corpus';
import { testConfig } from '../../support/testConfig';

type Body<T> = { data: T | null; errors?: Array<{ message: string; extensions?: { code?: string; argument?: string } }> };
type Numbers = { totalCount: number; edges: Array<{ node: { number: number } }> };

// ResolutionFilter.mission on the real corpus: `resolutions` and `search` keep exactly the resolutions that act on the mission.
describeCorpus('the mission filter of resolutions and search, on the real corpus', () => {
  let app: App;
  const post = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<Body<T>> => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as Body<T>;
  };
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = await post<T>(query, variables);
    if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  /** The distinct resolutions of a mission's mandate timeline, in number order (what the filter must keep). */
  const timeline = async (acronym: string): Promise<number[]> => {
    const { mission } = await gql<{ mission: { mandates: Array<{ resolution: { number: number } }> } }>(
      'query($a: String!) { mission(acronym: $a) { mandates { resolution { number } } } }',
      { a: acronym },
    );
    return [...new Set(mission.mandates.map((m) => m.resolution.number))].sort((a, b) => a - b);
  };
  const RESOLUTIONS = 'query($f: ResolutionFilter) { resolutions(filter: $f, first: 100) { totalCount edges { node { number } } } }';
  const SEARCH = 'query($q: String!, $f: ResolutionFilter) { search(query: $q, filter: $f, first: 100) { totalCount edges { node { resolution { number } } } } }';

  beforeAll(async () => {
    app = await startApp(testConfig({ NEO4J_URI: process.env.NEO4J_CORPUS_URI ?? '' }), createLogger('silent'));
  });
  afterAll(() => app.stop());

  it('resolutions(filter: {mission}) lists exactly the resolutions of the mission’s timeline, whatever the case of the acronym', async () => {
    const expected = await timeline('UNMISS');
    expect(expected[0]).toBe(1996);
    expect(expected.length).toBeGreaterThan(15);
    for (const acronym of ['UNMISS', 'unmiss', ' UnMiss ']) {
      const { resolutions } = await gql<{ resolutions: Numbers }>(RESOLUTIONS, { f: { mission: acronym } });
      expect(resolutions.totalCount).toBe(expected.length);
      expect(resolutions.edges.map((e) => e.node.number)).toEqual(expected);
    }
  });

  it('matches a mission by its key when the texts define no acronym, and combines with the other filters', async () => {
    const { missions } = await gql<{ missions: { edges: Array<{ node: { key: string; acronym: string | null } }> } }>('{ missions(first: 100) { edges { node { key acronym } } } }');
    const keyed = missions.edges.find((e) => e.node.acronym === null);
    expect(keyed).toBeDefined();
    const expected = await timeline(keyed!.node.key);
    const byKey = await gql<{ resolutions: Numbers }>(RESOLUTIONS, { f: { mission: keyed!.node.key } });
    expect(byKey.resolutions.edges.map((e) => e.node.number)).toEqual(expected);

    const unmiss = await timeline('UNMISS');
    const in2016 = await gql<{ resolutions: Numbers }>(RESOLUTIONS, { f: { mission: 'UNMISS', year: 2016 } });
    const numbers = in2016.resolutions.edges.map((e) => e.node.number);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.length).toBeLessThan(unmiss.length);
    for (const n of numbers) expect(unmiss).toContain(n);
  });

  it('search(filter: {mission}) narrows the hits to the mission’s resolutions', async () => {
    const all = await gql<{ search: { totalCount: number } }>(SEARCH, { q: 'South Sudan' });
    const narrowed = await gql<{ search: { totalCount: number; edges: Array<{ node: { resolution: { number: number } } }> } }>(SEARCH, { q: 'South Sudan', f: { mission: 'UNMISS' } });
    const unmiss = await timeline('UNMISS');
    expect(narrowed.search.totalCount).toBeGreaterThan(0);
    expect(narrowed.search.totalCount).toBeLessThan(all.search.totalCount);
    for (const e of narrowed.search.edges) expect(unmiss).toContain(e.node.resolution.number);
  });

  it('an unknown acronym gives an empty result, a malformed one BAD_USER_INPUT', async () => {
    const unknown = await gql<{ resolutions: Numbers }>(RESOLUTIONS, { f: { mission: 'NOSUCHMISSION' } });
    expect(unknown.resolutions).toEqual({ totalCount: 0, edges: [] });
    const unknownSearch = await gql<{ search: { totalCount: number } }>(SEARCH, { q: 'mission', f: { mission: 'NOSUCHMISSION' } });
    expect(unknownSearch.search.totalCount).toBe(0);
    for (const mission of ['', 'UNMISS; MATCH (n) DETACH DELETE n', 'X'.repeat(81)]) {
      const body = await post(RESOLUTIONS, { f: { mission } });
      expect(body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'filter.mission' }));
    }
  });
});
