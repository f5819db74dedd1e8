import { loadConfig } from '../src/config/loadConfig';
import { Database } from '../src/db/Database';
import { applySchema } from '../src/db/applySchema';
import { defaultCorpusPaths } from '../src/ingest/defaultCorpusPaths';
import { ingestCorpus } from '../src/ingest/ingestCorpus';
import { corpusDataDir } from './support/corpus';
import { startTestNeo4j, TEST_PASSWORD } from './support/testNeo4j';

/**
 * Starts one real Neo4j for the whole run, unless NEO4J_TEST_URI names an external one
 * (then NEO4J_TEST_PASSWORD is its password). Workers read NEO4J_TEST_URI from the environment.
 */
export default async function globalSetup(): Promise<void> {
  const corpus = startCorpusNeo4j();
  if (process.env.NEO4J_TEST_URI) {
    process.env.NEO4J_TEST_PASSWORD ??= TEST_PASSWORD;
    await corpus;
    return;
  }
  const started = Date.now();
  const [handle] = await Promise.all([startTestNeo4j('test'), corpus]);
  process.env.NEO4J_TEST_URI = handle.uri;
  process.env.NEO4J_TEST_PASSWORD = TEST_PASSWORD;
  (globalThis as Record<string, unknown>).__UNSC_NEO4J__ = handle;
  process.stderr.write(`\n[globalSetup] Neo4j ${handle.version} at ${handle.uri} in ${Date.now() - started} ms\n`);
}

/**
 * When the shared corpus is present (DATA_DIR or ../shared/data/unsc), starts a second Neo4j, loads
 * the full default corpus into it and exports NEO4J_CORPUS_URI (password NEO4J_TEST_PASSWORD), for
 * the describeCorpus tests. An already set NEO4J_CORPUS_URI names a loaded external database.
 */
async function startCorpusNeo4j(): Promise<void> {
  if (process.env.NEO4J_CORPUS_URI || !corpusDataDir()) return;
  const config = loadConfig({ DATA_DIR: corpusDataDir() ?? '', LOG_LEVEL: 'silent', ...(process.env.SEEDS_DIR ? { SEEDS_DIR: process.env.SEEDS_DIR } : {}) });
  const started = Date.now();
  const handle = await startTestNeo4j('corpus');
  (globalThis as Record<string, unknown>).__UNSC_CORPUS_NEO4J__ = handle;
  const db = new Database({ uri: handle.uri, user: 'neo4j', password: TEST_PASSWORD, database: 'neo4j', txTimeoutMs: 120_000 });
  try {
    await applySchema(db);
    const summary = await ingestCorpus({ paths: defaultCorpusPaths(config), db, progress: null });
    process.env.NEO4J_CORPUS_URI = handle.uri;
    process.env.NEO4J_TEST_PASSWORD ??= TEST_PASSWORD;
    process.stderr.write(
      `\n[globalSetup] corpus Neo4j at ${handle.uri}: ingest ${(summary.durationMs / 1000).toFixed(1)} s ` +
        `(${summary.rowsPerSecond} rows/s), ready in ${Date.now() - started} ms; ${JSON.stringify(summary.graph?.labels)}\n`,
    );
  } finally {
    await db.close();
  }
}
