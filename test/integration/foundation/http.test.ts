import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { testConfig } from '../../support/testConfig';
import { loadApiFixture } from '../../support/loadApiFixture';

describe('HTTP server on port 0', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(testConfig(), createLogger('silent'));
    await loadApiFixture(app.db);
  });
  afterAll(() => app.stop());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('answers serverInfo with the Neo4j version over GraphQL', async () => {
    const res = await post({ query: '{ serverInfo { version neo4jVersion neo4jEdition counts { resolutions citations meetings members topics paragraphs } } }' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { serverInfo: { neo4jVersion: string; neo4jEdition: string; counts: Record<string, number> } } };
    expect(body.data.serverInfo.neo4jVersion).toMatch(/^5\.26\.\d+$/);
    expect(body.data.serverInfo.neo4jEdition).toBe('community');
    // What test/fixtures/api/graph.cypher creates: 10 resolutions, 13 CITES edges, 2 meetings, 22 members, 9 topics, 20 paragraphs.
    expect(body.data.serverInfo.counts).toEqual({ resolutions: 10, citations: 13, meetings: 2, members: 22, topics: 9, paragraphs: 20 });
  });

  it('serves /healthz and /readyz', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('refuses a body over the limit with 413 and a code', async () => {
    const res = await post({ query: `{ serverInfo { version } } #${'x'.repeat(120_000)}` });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('answers malformed JSON with 400 and a code, not a 500', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('reports a GraphQL syntax error with its code', async () => {
    const res = await post({ query: '{ serverInfo { ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] });
  });

  it('blocks a simple cross-site GET (CSRF prevention)', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ serverInfo { version } }')}`);
    expect(res.status).toBe(400);
  });
});
