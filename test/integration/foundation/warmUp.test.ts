import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { warmUp, WARM_UP_OPERATIONS } from '../../../src/app/warmUp';
import { testConfig } from '../../support/testConfig';
import { loadApiFixture } from '../../support/loadApiFixture';

/**
 * The warm-up at start (src/serve.ts) replays the explorer's own documents through the HTTP front. If a document is
 * renamed, or its variables drift from what the schema accepts, every warm-up request would fail silently at
 * start; this test makes that a failure here instead.
 */
describe('warm-up at start', () => {
  let app: App;
  beforeAll(async () => {
    // The response cache would answer a repeated request without reaching Neo4j; the warm-up must run the statements.
    app = await startApp(testConfig({ RESPONSE_CACHE_MAX_MB: '0' }), createLogger('silent'));
    await loadApiFixture(app.db);
  });
  afterAll(() => app.stop());

  it('sends every explorer operation it names, and each is answered without errors', async () => {
    const results = await warmUp(app.url, createLogger('silent'));
    expect(results.map((r) => r.document)).toEqual(WARM_UP_OPERATIONS.map((op) => op.document));
    expect(results.filter((r) => r.error)).toEqual([]);
  });

  it('reports a missing document or an unreachable server instead of throwing', async () => {
    const missing = await warmUp(app.url, createLogger('silent'), [{ document: 'no-such-document.graphql', variables: {} }]);
    expect(missing).toEqual([{ document: 'no-such-document.graphql', ms: expect.any(Number), error: expect.stringMatching(/ENOENT/) }]);
    const invalid = await warmUp(app.url, createLogger('silent'), [{ document: 'resolution.graphql', variables: {} }]);
    expect(invalid[0]?.error).toMatch(/^HTTP \d+: BAD_USER_INPUT/);
    const down = await warmUp('http://127.0.0.1:1', createLogger('silent'), [WARM_UP_OPERATIONS[0]!]);
    expect(down[0]?.error).toEqual(expect.any(String));
  });
});
