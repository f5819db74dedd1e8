import type { Config } from '../config/loadConfig';
import type { QueryRunner } from '../db/Database';
import type { LiveSubscriber } from '../live/dataVersion';
import type { Logger } from '../logger';
import { createLoaders, type Loaders } from '../../loaders/createLoaders';

/** Built once per request: loaders never share their caches between requests. */
export interface Context {
  db: QueryRunner;
  loaders: Loaders;
  config: Config;
  logger: Logger;
  requestId: string;
  /** Set on WebSocket subscriptions only (src/live/subscriptions.ts). */
  live?: LiveSubscriber;
}

/** The context factory the HTTP server hands each request to Apollo with; it owns the data layer's loaders. */
export function createContext(db: QueryRunner, config: Config, logger: Logger, requestId: string): Context {
  let child: Logger | undefined;
  return {
    db,
    loaders: createLoaders(db),
    config,
    requestId,
    // pino serialises a child's bindings when the child is made; most requests never log, so it is made on first use.
    get logger() {
      child ??= logger.child({ requestId });
      return child;
    },
  };
}
