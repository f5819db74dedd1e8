import { loadConfig, type Config } from '../../src/config/loadConfig';

/** Config for a test process pointed at the suite's Neo4j, listening on a free port. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) throw new Error('NEO4J_TEST_URI is not set: run through jest (test/globalSetup.ts)');
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    NEO4J_URI: uri,
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
    AUTO_INGEST: 'false',
    // Tests rewrite the graph with fixtures outside the ingest, which records no data version; a
    // response cache keyed by that version would then serve one fixture's answers for another's.
    // The live tests turn it on (test/integration/live).
    RESPONSE_CACHE_MAX_MB: '0',
    // The data-version watcher polls once at start, then hourly here: tests that count the statements
    // a request sends must not count a background poll. The live tests set their own interval.
    DATA_VERSION_POLL_MS: '3600000',
    ...overrides,
  });
}
