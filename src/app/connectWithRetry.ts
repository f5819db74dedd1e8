import { applySchema } from '../db/applySchema';
import type { Database } from '../db/Database';
import { AppError } from '../errors/AppError';
import type { Logger } from '../logger';

export interface ConnectWithRetryOptions {
  db: Database;
  logger: Logger;
  /** The longest wait between attempts; waits double from `initialDelayMs` up to this. */
  maxDelayMs: number;
  initialDelayMs?: number;
  /** Applies `cypher/schema` once connected (the default); tests of a bare database can turn it off. */
  applySchema?: boolean;
}

export interface DatabaseReadiness {
  /** True once Neo4j answered and the schema is applied; /readyz reports 503 before. */
  isReady(): boolean;
  /** Resolves when ready; rejects only when stopped before that. */
  ready: Promise<void>;
  /** Stops retrying (shutdown). */
  stop(): void;
}

/**
 * Brings the database up behind a running server: verifies connectivity and applies the schema,
 * and while Neo4j is down or refusing, retries with exponential backoff (plus up to 20% jitter),
 * logging each failure. The HTTP server is already listening meanwhile: requests get
 * SERVICE_UNAVAILABLE from the database module, and /readyz says not ready.
 */
export function connectWithRetry(options: ConnectWithRetryOptions): DatabaseReadiness {
  const { db, logger } = options;
  let ready = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let cancel: ((err: Error) => void) | undefined;

  const promise = new Promise<void>((resolve, reject) => {
    cancel = reject;
    let attempt = 0;
    let delay = options.initialDelayMs ?? 500;
    const tryOnce = async () => {
      attempt += 1;
      try {
        const info = await db.verifyConnectivity();
        const statements = options.applySchema === false ? 0 : await applySchema(db);
        if (stopped) return;
        ready = true;
        logger.info({ neo4j: info.agent, schemaStatements: statements, attempts: attempt }, 'Neo4j connected, schema applied');
        resolve();
      } catch (err) {
        if (stopped) return;
        const code = err instanceof AppError ? err.code : 'UNKNOWN';
        const wait = Math.round(delay * (1 + Math.random() * 0.2));
        logger.warn({ attempt, code, retryInMs: wait }, 'Neo4j not reachable yet; retrying');
        timer = setTimeout(() => void tryOnce(), wait);
        delay = Math.min(delay * 2, options.maxDelayMs);
      }
    };
    void tryOnce();
  });
  // A caller that never awaits `ready` must not see an unhandled rejection on shutdown.
  promise.catch(() => undefined);

  return {
    isReady: () => ready,
    ready: promise,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (!ready) cancel?.(new Error('stopped before Neo4j was ready'));
    },
  };
}
