import { loadConfig } from '../../src/config/loadConfig';
import { startApp } from '../../src/app/startApp';
import { createLogger } from '../../src/logger';

/**
 * Our GraphQL server as a bench contender (a child process, so the load generator does not share
 * its event loop). Production settings, logging off, and query-cost limits raised so the bench
 * measures speed rather than the limiter (docs/limits.md); the response cache off, so every request
 * runs its queries (the `ours-cached` contender turns it on); everything else as `npm start` runs it.
 * Env: NEO4J_URI, NEO4J_PASSWORD, plus whatever the caller adds. Prints `{"ready":true,"url":...}`.
 */
async function main(): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    AUTO_INGEST: 'false',
    QUERY_MAX_COST: '10000000',
    QUERY_MAX_TOKENS: '100000',
    HTTP_KEEP_ALIVE_TIMEOUT_MS: '60000',
    RESPONSE_CACHE_MAX_MB: '0',
    ...process.env,
    PORT: '0',
  });
  const app = await startApp(config, createLogger(config.logLevel));
  process.stdout.write(`${JSON.stringify({ ready: true, url: `${app.url}/graphql` })}\n`);
  process.on('SIGTERM', () => {
    // A bench contender must go when told, so that `--cpu-prof` writes its profile: exit after a
    // short drain even if a keep-alive socket or the driver holds the stop up.
    setTimeout(() => process.exit(0), 3_000).unref();
    void app.stop(1_000).finally(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
