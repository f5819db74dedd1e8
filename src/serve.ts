import { CONFIG_EXIT_CODE, loadEntryConfig } from './config/loadConfig';
import { connectWithRetry } from './app/connectWithRetry';
import { startApp, createDatabase } from './app/startApp';
import { warmUp } from './app/warmUp';
import { startNeo4j, type Neo4jHandle, Neo4jStartError } from './launcher/startNeo4j';
import { autoIngest } from './ingest/autoIngest';
import { ingestStatus } from './ingest/IngestStatus';
import { createLogger } from './logger';

/**
 * What `npm start` runs (through src/main.ts, which settles NODE_ENV first): starts our Neo4j (unless NEO4J_URI points elsewhere), applies the schema, loads the
 * corpus when the graph is empty, and serves GraphQL until SIGTERM/SIGINT.
 */
export async function serve(): Promise<void> {
  const config = loadEntryConfig();
  if (!config) process.exit(CONFIG_EXIT_CODE);
  const logger = createLogger(config.logLevel);

  let neo4jHandle: Neo4jHandle | undefined;
  if (config.neo4j.managed) {
    logger.info({ homeDir: config.neo4j.homeDir, port: config.neo4j.boltPort }, 'starting Neo4j');
    try {
      neo4jHandle = await startNeo4j({
        homeDir: config.neo4j.homeDir,
        port: config.neo4j.boltPort,
        password: config.neo4j.password,
        watchParent: true,
        onLine: (line) => logger.debug({ neo4j: line }, 'launcher'),
      });
    } catch (err) {
      if (err instanceof Neo4jStartError) {
        logger.fatal({ reason: err.reason, exitCode: err.exitCode }, err.message);
        process.exit(3);
      }
      throw err;
    }
    logger.info({ uri: neo4jHandle.uri, version: neo4jHandle.version, startupMs: neo4jHandle.startupMs }, 'Neo4j ready');
  }

  const db = createDatabase(config, logger);
  // Serve at once, even while Neo4j is down: /readyz says 503 and requests fail fast until it answers.
  const connection = connectWithRetry({ db, logger, maxDelayMs: config.dbRetryMaxDelayMs });
  // With auto-ingest on, the server is "loading" until the check for an empty graph (and the ingest it starts) is over.
  if (config.autoIngest) ingestStatus.start();
  const app = await startApp(config, logger, db, { isReady: connection.isReady, loading: () => ingestStatus.loadingReport() });
  logger.info(
    {
      url: `${app.url}/graphql`,
      mode: config.env,
      stackTraces: config.stackTraces,
      introspection: config.introspection,
      playground: config.playground,
      corsOrigins: config.corsOrigins,
      cacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
      persistedQueries: config.persistedQueries,
    },
    `GraphQL server listening (${config.env} mode${config.stackTraces ? ', stack traces in errors' : ''})`,
  );

  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    // A drain that hangs must not keep the process (and its Neo4j) alive: after the deadline the
    // database is stopped anyway and the process exits non-zero.
    const deadline = setTimeout(() => {
      logger.warn('graceful shutdown took over 20 s; stopping Neo4j and exiting');
      void (neo4jHandle?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
    }, 20_000);
    void (async () => {
      connection.stop();
      await app.stop();
      clearTimeout(deadline);
      await neo4jHandle?.stop();
      logger.info('stopped');
      process.exit(0);
    })();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  try {
    await connection.ready;
  } catch {
    return; // shut down before Neo4j was ready
  }
  if (config.autoIngest) await autoIngest(db, config, logger);
  // Readiness does not wait for this: a request that races it is served, only not faster.
  if (!shuttingDown) await warmUp(app.url, logger);
}
