import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The environment we read. Every key is optional; defaults are the documented development values. */
const EnvSchema = z.object({
  // Unset means production: stack traces reach clients only when NODE_ENV=development is set on purpose.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default(4000),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must have at least 8 characters').default('unsc-graph-dev'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_BOLT_PORT: int(1, 65535).default(7687),
  NEO4J_HOME_DIR: z.string().min(1).default('.neo4j/data'),
  NEO4J_TX_TIMEOUT_MS: int(100, 600_000).default(15_000),
  NEO4J_MAX_POOL_SIZE: int(1, 1000).default(50),
  NEO4J_CONNECT_TIMEOUT_MS: int(100, 120_000).default(5_000),
  DATA_DIR: z.string().min(1).optional(),
  SEEDS_DIR: z.string().min(1).optional(),
  AUTO_INGEST: bool.default(true),
  INTROSPECTION: bool.optional(),
  PLAYGROUND: bool.optional(),
  QUERY_MAX_DEPTH: int(2, 100).default(10),
  QUERY_MAX_ALIASES: int(0, 1000).default(20),
  QUERY_MAX_DIRECTIVES: int(0, 1000).default(10),
  QUERY_MAX_TOKENS: int(50, 100_000).default(2_000),
  QUERY_MAX_COST: int(1, 10_000_000).default(20_000),
  MAX_BATCH_OPERATIONS: int(1, 100).default(5),
  HTTP_REQUEST_TIMEOUT_MS: int(1_000, 600_000).default(30_000),
  HTTP_HEADERS_TIMEOUT_MS: int(500, 120_000).default(10_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: int(100, 120_000).default(5_000),
  RATE_LIMIT_MAX: int(0, 1_000_000).default(0),
  RATE_LIMIT_WINDOW_MS: int(1_000, 3_600_000).default(60_000),
  TRUST_PROXY: bool.default(false),
  DB_RETRY_MAX_DELAY_MS: int(100, 600_000).default(30_000),
  CORS_ORIGINS: z
    .string()
    .regex(/^\s*(\*|https?:\/\/[^\s,/]+\/?(\s*,\s*https?:\/\/[^\s,/]+\/?)*)\s*$/, 'must be * or a comma-separated list of origins such as https://example.org')
    .default('*'),
  CACHE_MAX_AGE: int(0, 86_400).default(300),
  PERSISTED_QUERIES: bool.default(true),
  GRAPHQL_EXECUTOR: z.enum(['compiled', 'graphql-js']).default('compiled'),
  DATA_VERSION_POLL_MS: int(100, 3_600_000).default(5_000),
  RESPONSE_CACHE_MAX_MB: int(0, 100_000).default(64),
  SUBSCRIPTIONS_MAX_CONNECTIONS: int(0, 100_000).default(1_000),
  SUBSCRIPTIONS_KEEPALIVE_MS: int(1_000, 600_000).default(12_000),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  neo4j: {
    /** When unset in the environment, `npm start` runs our own Neo4j launcher and this points at it. */
    uri: string;
    managed: boolean;
    user: string;
    password: string;
    database: string;
    boltPort: number;
    homeDir: string;
    txTimeoutMs: number;
    maxPoolSize: number;
    connectTimeoutMs: number;
  };
  /** The corpus directory, or null when none was configured and the default is absent. */
  dataDir: string | null;
  /** Pages of the original site's layout (resolution 2396's text exists only there), or null. */
  seedsDir: string | null;
  autoIngest: boolean;
  /** Stack traces in error responses: only when NODE_ENV=development was set explicitly. */
  stackTraces: boolean;
  introspection: boolean;
  playground: boolean;
  /** Per-operation query limits (docs/limits.md). */
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxCost: number;
    /** Operations per HTTP request; 1 turns batching off. */
    maxBatchOperations: number;
  };
  http: {
    requestTimeoutMs: number;
    headersTimeoutMs: number;
    keepAliveTimeoutMs: number;
    /** Take the client IP from X-Forwarded-For (only behind a proxy you run). */
    trustProxy: boolean;
  };
  /** Requests per client IP per window on /graphql; `max` 0 means off. */
  rateLimit: { max: number; windowMs: number };
  /** The longest wait between two attempts to reach Neo4j while it is down. */
  dbRetryMaxDelayMs: number;
  /** Origins allowed to call /graphql from a browser: '*' (any, without credentials) or exact origins. */
  corsOrigins: '*' | string[];
  /** max-age (seconds) of cacheable GET query responses; 0 makes every response no-store. */
  cacheMaxAgeSeconds: number;
  /** Apollo's automatic persisted queries (hash first, then the query). */
  persistedQueries: boolean;
  /**
   * How query operations run: `compiled` (graphql-jit, each operation compiled once; src/graphql/compiledExecution.ts)
   * or `graphql-js` (the reference executor; the answers are the same).
   */
  executor: 'compiled' | 'graphql-js';
  /** The live corpus (docs/api.md, "Live updates"). */
  live: {
    /** How often the server reads the data version; an ingest by any process shows within this. */
    pollMs: number;
    /** The in-memory response cache's budget in bytes; 0 turns it off. */
    responseCacheMaxBytes: number;
    /** Open WebSocket connections for subscriptions; 0 turns subscriptions off. */
    maxConnections: number;
    /** Ping interval on subscription sockets; a client that misses a pong is dropped. */
    keepAliveMs: number;
  };
}

/** Thrown with every problem found, so one start-up attempt reports them all. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The default corpus location: the shared data folder beside the project, when it is there. */
export function defaultDataDir(cwd: string): string | null {
  const candidate = path.resolve(cwd, '..', 'shared', 'data', 'unsc');
  return fs.existsSync(path.join(candidate, 'resolutions.jsonl')) ? candidate : null;
}

/** The default folder of site pages: the shared seeds beside the project, when it is there. */
export function defaultSeedsDir(cwd: string): string | null {
  const candidate = path.resolve(cwd, '..', 'shared', 'seeds');
  return fs.existsSync(candidate) && fs.statSync(candidate).isDirectory() ? candidate : null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  // Empty strings mean "unset", as they do for most twelve-factor tools.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  // The checks on directories and on two values together read each value on its own, so that a malformed
  // value elsewhere hides none of them: every problem is reported at once.
  const value = <K extends keyof Env>(key: K): Env[K] | undefined => {
    const one = EnvSchema.shape[key].safeParse(cleaned[key]);
    return one.success ? (one.data as Env[K]) : undefined;
  };
  const directory = (key: 'DATA_DIR' | 'SEEDS_DIR', fallback: (cwd: string) => string | null): string | null => {
    const given = value(key);
    if (given === undefined) return fallback(cwd);
    const dir = path.resolve(cwd, given);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) problems.push(`${key}: ${dir} is not a directory`);
    return dir;
  };
  const dataDir = directory('DATA_DIR', defaultDataDir);
  const headersTimeout = value('HTTP_HEADERS_TIMEOUT_MS');
  const requestTimeout = value('HTTP_REQUEST_TIMEOUT_MS');
  if (headersTimeout !== undefined && requestTimeout !== undefined && headersTimeout > requestTimeout) {
    problems.push('HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS');
  }
  const seedsDir = directory('SEEDS_DIR', defaultSeedsDir);
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;

  const corsOrigins = e.CORS_ORIGINS.trim() === '*' ? '*' : e.CORS_ORIGINS.split(',').map((o) => o.trim().replace(/\/$/, ''));
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_BOLT_PORT}`,
      managed: e.NEO4J_URI === undefined,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      boltPort: e.NEO4J_BOLT_PORT,
      homeDir: path.resolve(cwd, e.NEO4J_HOME_DIR),
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
    },
    dataDir,
    seedsDir,
    autoIngest: e.AUTO_INGEST,
    stackTraces: e.NODE_ENV === 'development',
    // A public read-only API: both stay on in every mode unless turned off.
    introspection: e.INTROSPECTION ?? true,
    playground: e.PLAYGROUND ?? true,
    limits: {
      maxDepth: e.QUERY_MAX_DEPTH,
      maxAliases: e.QUERY_MAX_ALIASES,
      maxDirectives: e.QUERY_MAX_DIRECTIVES,
      maxTokens: e.QUERY_MAX_TOKENS,
      maxCost: e.QUERY_MAX_COST,
      maxBatchOperations: e.MAX_BATCH_OPERATIONS,
    },
    http: {
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      trustProxy: e.TRUST_PROXY,
    },
    rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS },
    dbRetryMaxDelayMs: e.DB_RETRY_MAX_DELAY_MS,
    corsOrigins,
    cacheMaxAgeSeconds: e.CACHE_MAX_AGE,
    persistedQueries: e.PERSISTED_QUERIES,
    executor: e.GRAPHQL_EXECUTOR,
    live: {
      pollMs: e.DATA_VERSION_POLL_MS,
      responseCacheMaxBytes: e.RESPONSE_CACHE_MAX_MB * 1024 * 1024,
      maxConnections: e.SUBSCRIPTIONS_MAX_CONNECTIONS,
      keepAliveMs: e.SUBSCRIPTIONS_KEEPALIVE_MS,
    },
  };
}

/** The exit code of both entries (`npm start`, the ingest CLI) when the configuration is invalid (README: Configuration). */
export const CONFIG_EXIT_CODE = 2;

/**
 * The configuration for a command-line entry: {@link loadConfig}'s, or null after writing every problem to
 * `stderr`; the entry then exits with {@link CONFIG_EXIT_CODE}. The one place both entries read it.
 */
export function loadEntryConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd(), stderr: { write(text: string): unknown } = process.stderr): Config | null {
  try {
    return loadConfig(env, cwd);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    stderr.write(`${err.message}\n`);
    return null;
  }
}
