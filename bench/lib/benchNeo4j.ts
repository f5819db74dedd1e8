import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startNeo4j } from '../../src/launcher/startNeo4j';

export const BENCH_PASSWORD = 'unsc-graph-bench';

export interface BenchNeo4j {
  uri: string;
  password: string;
  homeDir: string | null;
  /** Stops the database when the bench started it; a reused one is left alone. */
  stop(): Promise<void>;
}

export interface BenchNeo4jOptions {
  /** Store folder; kept between runs so a loaded corpus is reused. `null` = a fresh temp folder, removed on stop. */
  homeDir: string | null;
  heap?: string;
  pageCacheMb?: number;
  /** When set, no database is started: this one is used as it is. */
  reuseUri?: string;
  reusePassword?: string;
  log?: (line: string) => void;
}

/** Starts the project's embedded Neo4j for a benchmark (free port), or wraps an existing one. */
export async function startBenchNeo4j(options: BenchNeo4jOptions): Promise<BenchNeo4j> {
  if (options.reuseUri) {
    return { uri: options.reuseUri, password: options.reusePassword ?? BENCH_PASSWORD, homeDir: null, stop: async () => undefined };
  }
  const temp = options.homeDir === null;
  const homeDir = options.homeDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'unsc-bench-'));
  fs.mkdirSync(homeDir, { recursive: true });
  const handle = await startNeo4j({
    homeDir,
    port: 0,
    password: BENCH_PASSWORD,
    watchParent: true,
    heap: options.heap ?? '2g',
    pageCacheMb: options.pageCacheMb ?? 1024,
    readyTimeoutMs: 600_000,
    ...(options.log ? { onLine: (line: string) => options.log!(line) } : {}),
  });
  return {
    uri: handle.uri,
    password: BENCH_PASSWORD,
    homeDir,
    async stop() {
      await handle.stop(120_000);
      if (temp) fs.rmSync(homeDir, { recursive: true, force: true });
    },
  };
}
