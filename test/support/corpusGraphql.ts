import type { QueryEvent } from '../../src/db/Database';
import { startApp, type App } from '../../src/app/startApp';
import { createLogger } from '../../src/logger';
import { testConfig } from './testConfig';

/** An app on the corpus database and a client that tells which statements each request sent. */
export interface CorpusGraphql {
  app(): App;
  /** Posts one operation, expects no `errors`, and returns its data with the statement names (projection keys cut off). */
  gql(query: string, variables: Record<string, unknown>): Promise<{ data: Record<string, unknown>; statements: string[] }>;
}

/**
 * Starts our server on the corpus (NEO4J_CORPUS_URI) in `beforeAll` and stops it in `afterAll`; for
 * tests inside a `describeCorpus` block that count the statements a request sends.
 */
export function corpusGraphql(): CorpusGraphql {
  let app: App | undefined;
  const events: QueryEvent[] = [];
  beforeAll(async () => {
    app = await startApp(testConfig({ NEO4J_URI: process.env.NEO4J_CORPUS_URI ?? '' }), createLogger('silent'));
    await app.watcher.poll(); // the data-version watcher's first read, so that no count below includes it
    app.db.onQuery((e) => events.push(e));
  });
  afterAll(() => app?.stop());
  return {
    app: () => app!,
    async gql(query, variables) {
      events.length = 0;
      const res = await fetch(`${app!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data: Record<string, unknown>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return { data: body.data, statements: events.map((e) => e.name.split('#')[0]!) };
    },
  };
}
