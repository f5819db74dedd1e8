import type http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/loadConfig';
import { Database } from '../db/Database';
import { createApolloServer } from '../graphql/createApolloServer';
import { createSchema } from '../graphql/createSchema';
import { createHttpServer } from '../http/createHttpServer';
import { createStaticRoutes } from '../http/staticRoutes';
import { createFeedRoutes } from '../http/feedRoutes';
import { DataVersionWatcher } from '../live/dataVersion';
import { createResponseCachePlugin, ResponseCache } from '../live/responseCache';
import { attachSubscriptions, type SubscriptionServer } from '../live/subscriptions';
import type { Logger } from '../logger';
import { projectRoot } from '../projectRoot';
import { createLoaders } from '../../loaders/createLoaders';

export interface App {
  server: http.Server;
  /** e.g. http://127.0.0.1:4000 */
  url: string;
  db: Database;
  /** The data version this server knows, polled from the graph (src/live/dataVersion.ts). */
  watcher: DataVersionWatcher;
  /** The response cache, or null when RESPONSE_CACHE_MAX_MB is 0. */
  cache: ResponseCache | null;
  subscriptions: SubscriptionServer;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes the driver. */
  stop(graceMs?: number): Promise<void>;
}

export function createDatabase(config: Config, logger?: Logger): Database {
  return new Database({
    uri: config.neo4j.uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
    txTimeoutMs: config.neo4j.txTimeoutMs,
    maxPoolSize: config.neo4j.maxPoolSize,
    connectTimeoutMs: config.neo4j.connectTimeoutMs,
    ...(logger ? { logger } : {}),
  });
}

export interface StartAppOptions {
  /** While this returns false, /readyz answers 503 (see connectWithRetry). */
  isReady?: () => boolean;
  /** Non-null while the initial ingest runs (see HttpDeps.loading). */
  loading?: () => Record<string, unknown> | null;
}

/** Assembles Apollo and the HTTP server over a database and starts listening. */
export async function startApp(
  config: Config,
  logger: Logger,
  db: Database = createDatabase(config, logger),
  options: StartAppOptions = {},
): Promise<App> {
  const watcher = new DataVersionWatcher(db, config.live.pollMs, logger);
  watcher.start();
  const cache = config.live.responseCacheMaxBytes > 0 ? new ResponseCache(config.live.responseCacheMaxBytes) : null;
  const schema = createSchema();
  const apollo = createApolloServer(config, { schema, plugins: cache ? [createResponseCachePlugin(cache, () => watcher.version)] : [] });
  await apollo.start();
  const webRoutes = createStaticRoutes({ distDir: path.join(projectRoot(), 'web', 'dist'), playground: config.playground });
  const feedRoutes = createFeedRoutes({
    apollo,
    db,
    config,
    logger,
    version: () => watcher.version,
    context: () => ({ db, loaders: createLoaders(db), config, logger, requestId: 'feed' }),
  });
  const server = createHttpServer({
    config,
    apollo,
    db,
    logger,
    routes: [feedRoutes, webRoutes],
    ...(options.isReady ? { isReady: options.isReady } : {}),
    ...(options.loading ? { loading: options.loading } : {}),
  });
  const subscriptions = attachSubscriptions({ server, schema, db, watcher, config, logger });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let stopping: Promise<void> | undefined;
  return {
    server,
    url: `http://${host}:${address.port}`,
    db,
    watcher,
    cache,
    subscriptions,
    stop(graceMs = 10_000) {
      stopping ??= (async () => {
        const started = performance.now();
        const ms = () => Math.round(performance.now() - started);
        // Not Apollo's ApolloServerPluginDrainHttpServer (@apollo/server 5.5): it cannot carry the keep-alive
        // fix. Its Stopper ends a busy socket once its response has gone, without telling the client, so a
        // keep-alive client that sends its next request in that moment gets the socket closed under it and
        // no answer; ours says `Connection: close` in that response, so the client opens a new connection
        // and is answered (test/integration/foundation/gracefulStop.test.ts). The plugin must also be built
        // with the http.Server before Apollo starts, while our server is built over a started Apollo
        // (createHttpServer takes it), and its grace period is fixed at construction where stop(graceMs)
        // takes one per call (tests and the bench use 1 s and 30 s).
        // Upgraded sockets still count as the server's connections: close them first, or close() waits.
        watcher.stop();
        await subscriptions.close();
        // close() stops accepting sockets, but a keep-alive client (a browser, a load generator) would
        // go on sending requests over its open one until the grace period: every response from now
        // on says `Connection: close`, so each socket ends after its request in flight.
        server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => res.setHeader('connection', 'close'));
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const timer = setTimeout(() => {
          logger.warn({ graceMs }, 'requests still open after the grace period; closing their connections');
          server.closeAllConnections();
        }, graceMs);
        await closed;
        clearTimeout(timer);
        logger.debug({ ms: ms() }, 'shutdown: HTTP connections closed');
        await apollo.stop();
        logger.debug({ ms: ms() }, 'shutdown: Apollo stopped');
        await db.close();
        logger.debug({ ms: ms() }, 'shutdown: Neo4j driver closed');
      })();
      return stopping;
    },
  };
}
