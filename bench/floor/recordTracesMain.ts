import fs from 'node:fs';
import { startApp, createDatabase } from '../../src/app/startApp';
import { loadConfig } from '../../src/config/loadConfig';
import { createLogger } from '../../src/logger';
import { WORKLOADS } from '../workloads/workloads';
import { recordTraces } from './recordTraces';

/**
 * Child-process entry: starts our server in-process on NEO4J_URI, records the Cypher of every
 * workload variant (see recordTraces) and writes them to TRACE_FILE. Run with
 * `-r disableDataLoader.js` to record the DataLoader-off server instead. WORKLOADS=id,id picks some.
 */
async function main(): Promise<void> {
  // The response cache stays off while recording: the recorded request repeats its warm-up, and a
  // cache hit would record no Cypher at all (the floor would then answer nothing in 0.1 ms).
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', AUTO_INGEST: 'false', QUERY_MAX_COST: '10000000', QUERY_MAX_TOKENS: '100000', ...process.env, RESPONSE_CACHE_MAX_MB: '0', PORT: '0' });
  const logger = createLogger(config.logLevel);
  const db = createDatabase(config, logger);
  const app = await startApp(config, logger, db);
  const only = process.env.WORKLOADS?.split(',');
  try {
    const { traces, failures } = await recordTraces(`${app.url}/graphql`, db, WORKLOADS.filter((w) => !only || only.includes(w.id)));
    for (const f of failures) process.stderr.write(`[bench] our server fails ${f.workload}: ${f.error}\n`);
    fs.writeFileSync(process.env.TRACE_FILE ?? 'traces.json', JSON.stringify(traces, null, 1));
    fs.writeFileSync(`${process.env.TRACE_FILE ?? 'traces.json'}.failures.json`, JSON.stringify(failures, null, 1));
  } finally {
    await app.stop(1_000);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
