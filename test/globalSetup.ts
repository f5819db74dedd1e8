import { startTestNeo4j, TEST_PASSWORD } from './helpers/testNeo4j';

/**
 * Starts one real Neo4j for the whole run, unless NEO4J_TEST_URI names an external one
 * (then NEO4J_TEST_PASSWORD is its password). Workers read NEO4J_TEST_URI from the environment.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) {
    process.env.NEO4J_TEST_PASSWORD ??= TEST_PASSWORD;
    return;
  }
  const started = Date.now();
  const handle = await startTestNeo4j('test');
  process.env.NEO4J_TEST_URI = handle.uri;
  process.env.NEO4J_TEST_PASSWORD = TEST_PASSWORD;
  (globalThis as Record<string, unknown>).__UNSC_NEO4J__ = handle;
  process.stderr.write(`\n[globalSetup] Neo4j ${handle.version} at ${handle.uri} in ${Date.now() - started} ms\n`);
}
