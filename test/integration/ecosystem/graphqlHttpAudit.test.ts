import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { auditServer, type AuditResult } from 'graphql-http';
import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { testConfig } from '../../support/testConfig';

/**
 * The GraphQL-over-HTTP audit of the `graphql-http` package, run against our server and against a plain
 * Apollo Server 5 (the same library with its defaults, a one-field schema): ours must show no error and
 * no more warnings than plain Apollo. Our HTTP layer (CORS, caching, body limit, batching cap) must not
 * make Apollo less compliant.
 */
type Summary = { ok: number; warn: string[]; error: string[] };

function summarise(results: AuditResult[]): Summary {
  return {
    ok: results.filter((r) => r.status === 'ok').length,
    warn: results.filter((r) => r.status === 'warn').map((r) => `${r.id} ${r.name}`),
    error: results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}`),
  };
}

describe('graphql-http audit', () => {
  let app: App;
  let plain: ApolloServer;
  let plainUrl: string;
  beforeAll(async () => {
    app = await startApp(testConfig(), createLogger('silent'));
    plain = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
    ({ url: plainUrl } = await startStandaloneServer(plain, { listen: { port: 0, host: '127.0.0.1' } }));
  });
  afterAll(async () => {
    await Promise.all([app.stop(), plain.stop()]);
  });

  it('shows no error and no more warnings than plain Apollo Server', async () => {
    const ours = summarise(await auditServer({ url: `${app.url}/graphql`, fetchFn: fetch }));
    const reference = summarise(await auditServer({ url: plainUrl, fetchFn: fetch }));
    process.stderr.write(`[graphql-http audit] ours: ${ours.ok} ok, ${ours.warn.length} warnings, ${ours.error.length} errors; plain Apollo Server: ${reference.ok} ok, ${reference.warn.length} warnings, ${reference.error.length} errors\n  our warnings: ${ours.warn.join('; ')}\n`);
    expect(ours.error).toEqual([]);
    expect(reference.error).toEqual([]);
    expect(ours.warn.length).toBeLessThanOrEqual(reference.warn.length);
    // The same warnings, not just as many.
    for (const w of ours.warn) expect(reference.warn).toContain(w);
  });
});
