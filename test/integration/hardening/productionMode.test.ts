import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { testConfig } from '../../support/testConfig';
import { postGraphql, type GraphqlResponse } from '../../support/postGraphql';
import { emptyStore } from '../../support/emptyStore';

/** Nothing a production client sees may hold a stack trace, Cypher, or driver internals. */
function expectNoInternals(json: GraphqlResponse): void {
  const text = JSON.stringify(json);
  expect(text).not.toMatch(/stacktrace|at [\w.<>]+ \(|\.ts:\d+|node_modules/);
  expect(text).not.toMatch(/MATCH|RETURN|db\.index|Neo4jError|neo4j-driver|bolt:\/\/|ECONNREFUSED|ZodError|originalError/);
}

describe('production mode over HTTP', () => {
  let app: App;
  // A production server whose database is down: the driver's failure must not leak either.
  let offline: App;
  beforeAll(async () => {
    // Introspection and the playground are on by default in every mode; this server turns both off.
    app = await startApp(testConfig({ NODE_ENV: 'production', INTROSPECTION: 'false', PLAYGROUND: 'false' }), createLogger('silent'));
    offline = await startApp(testConfig({ NODE_ENV: 'production', NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_CONNECT_TIMEOUT_MS: '1000' }), createLogger('silent'));
    await emptyStore(app.db);
    // A node of the wrong shape (the row check refuses it): the way to reach an unexpected error end to end.
    await app.db.runSchemaStatement("CREATE (:Resolution {number: 990001, symbol: 42, title: ['not', 'a', 'string'], year: 'nope', hasText: 'maybe'})");
  });
  afterAll(async () => {
    await emptyStore(app.db);
    await Promise.all([app.stop(), offline.stop()]);
  });

  it('masks an unexpected error as INTERNAL_SERVER_ERROR with a generic message and no stack', async () => {
    const res = await postGraphql(app.url, { query: '{ resolution(number: 990001) { number symbol title year } }' });
    expect(res.status).toBe(200);
    expect(res.json.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(Object.keys(res.json.errors?.[0]?.extensions ?? {})).toEqual(['code']);
    expectNoInternals(res.json);
  });

  it('answers SERVICE_UNAVAILABLE without driver details when Neo4j is unreachable', async () => {
    const res = await postGraphql(offline.url, { query: '{ serverInfo { neo4jVersion } }' });
    expect(res.json.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expectNoInternals(res.json);
  });

  it('keeps parse, validation and limit errors free of stack traces', async () => {
    for (const query of ['{ serverInfo { ', '{ nothingHere }', `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: serverInfo { version }`).join(' ')} }`]) {
      const res = await postGraphql(app.url, { query });
      expect(res.status).toBe(400);
      expectNoInternals(res.json);
    }
  });

  it('turns introspection off when asked and then hides field suggestions', async () => {
    const intro = await postGraphql(app.url, { query: '{ __schema { types { name } } }' });
    expect(intro.status).toBe(400);
    expect(intro.json.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await postGraphql(app.url, { query: '{ serverInf { version } }' });
    expect(typo.json.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('serves no playground when asked, and keeps CSRF prevention on', async () => {
    expect((await fetch(`${app.url}/playground`, { headers: { accept: 'text/html' } })).status).toBe(404);
    const csrf = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ serverInfo { version } }')}`);
    expect(csrf.status).toBe(400);
  });
});

describe('development mode, for contrast', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(testConfig({ NODE_ENV: 'development' }), createLogger('silent'));
    await emptyStore(app.db);
    await app.db.runSchemaStatement("CREATE (:Resolution {number: 990001, symbol: 42, title: ['not', 'a', 'string'], year: 'nope', hasText: 'maybe'})");
  });
  afterAll(async () => {
    await emptyStore(app.db);
    await app.stop();
  });

  it('keeps the stack trace for the developer and allows introspection', async () => {
    const res = await postGraphql(app.url, { query: '{ resolution(number: 990001) { number symbol title year } }' });
    expect(res.json.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(Array.isArray(res.json.errors?.[0]?.extensions?.stacktrace)).toBe(true);
    const intro = await postGraphql(app.url, { query: '{ __schema { queryType { name } } }' });
    expect(intro.json.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
