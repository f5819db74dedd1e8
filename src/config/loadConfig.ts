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
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
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
  AUTO_INGEST: bool.default(true),
  INTROSPECTION: bool.optional(),
  PLAYGROUND: bool.optional(),
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
  autoIngest: boolean;
  introspection: boolean;
  playground: boolean;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  // Empty strings mean "unset", as they do for most twelve-factor tools.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  let dataDir: string | null;
  if (e.DATA_DIR !== undefined) {
    dataDir = path.resolve(cwd, e.DATA_DIR);
    if (!fs.existsSync(dataDir) || !fs.statSync(dataDir).isDirectory()) {
      problems.push(`DATA_DIR: ${dataDir} is not a directory`);
    }
  } else {
    dataDir = defaultDataDir(cwd);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const production = e.NODE_ENV === 'production';
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
    autoIngest: e.AUTO_INGEST,
    introspection: e.INTROSPECTION ?? !production,
    playground: e.PLAYGROUND ?? !production,
  };
}
