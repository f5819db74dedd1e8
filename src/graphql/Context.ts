import type { Config } from '../config/loadConfig';
import type { QueryRunner } from '../db/Database';
import type { LiveSubscriber } from '../live/dataVersion';
import type { Logger } from '../logger';
import type { Loaders } from '../../loaders/createLoaders';

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
