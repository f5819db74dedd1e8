import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { SEARCH_COUNT_CAP } from '../../../src/limits';
import { describeCorpus } from '../../support/corpus';
import { testConfig } from '../../support/testConfig';

type Counted = { search: { totalCount: number; totalCountIsExact: boolean; edges: Array<{ node: { resolution: { number: number } } }> } };

/**
 * The search count on the real corpus, where broad queries match far more resolutions than a page's Lucene
 * candidates: selected directly, the page's own statement counts; selected through a fragment, the resolver
 * cannot see it in advance and Lucene counts in a statement of its own. Both must agree, on the same page.
 */
describeCorpus('search count paths (real corpus)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(testConfig({ NEO4J_URI: process.env.NEO4J_CORPUS_URI ?? '' }), createLogger('silent'));
  }, 60_000);
  afterAll(() => app?.stop());

  const post = async (query: string, q: string): Promise<Counted> => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { q } }) });
    const body = (await res.json()) as { data?: Counted; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  it('counts a broad query the same with the page and on its own', async () => {
    for (const q of ['security', 'peacekeeping operation', 'sanctions AND Iraq']) {
      const direct = await post('query($q: String!) { search(query: $q, first: 5) { totalCount totalCountIsExact edges { node { resolution { number } } } } }', q);
      const viaFragment = await post('query($q: String!) { search(query: $q, first: 5) { ...C edges { node { resolution { number } } } } } fragment C on SearchConnection { totalCount totalCountIsExact }', q);
      // More matches than the page's 36 candidates, so the fragment's count needs its own statement.
      expect(direct.search.totalCount).toBeGreaterThan(36);
      expect(direct.search.totalCount).toBeLessThanOrEqual(SEARCH_COUNT_CAP);
      expect(viaFragment).toEqual(direct);
    }
  });
});
