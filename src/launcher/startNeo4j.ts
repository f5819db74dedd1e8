import { spawn, ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { projectRoot } from '../projectRoot';

export interface Neo4jHandle {
  uri: string;
  port: number;
  version: string;
  pid: number;
  startupMs: number;
  process: ChildProcess;
  /** Sends SIGTERM and waits for the JVM to exit (SIGKILL after the grace period). */
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  homeDir: string;
  /** 0 picks a free port; the ready line tells which. */
  port: number;
  password: string;
  pageCacheMb?: number;
  heap?: string;
  /** Stop the database when this Node process dies. */
  watchParent?: boolean;
  readyTimeoutMs?: number;
  /** Receives every line the launcher writes, for logs. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** A launcher that exited before it was ready; `code` is the launcher's exit code (see README). */
export class Neo4jStartError extends Error {
  constructor(message: string, readonly exitCode: number | null, readonly reason: string) {
    super(message);
    this.name = 'Neo4jStartError';
  }
}

export function launcherScript(): string {
  return path.join(projectRoot(), 'db', 'run.sh');
}

/** Starts `db/run.sh` and resolves once it prints its ready line. */
export function startNeo4j(options: StartOptions): Promise<Neo4jHandle> {
  const args = ['--home', options.homeDir, '--port', String(options.port)];
  if (options.pageCacheMb !== undefined) args.push('--pagecache-mb', String(options.pageCacheMb));
  if (options.watchParent) args.push('--watch-parent');
  const child = spawn(launcherScript(), args, {
    env: { ...process.env, NEO4J_PASSWORD: options.password, ...(options.heap ? { NEO4J_HEAP: options.heap } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  return new Promise<Neo4jHandle>((resolve, reject) => {
    let settled = false;
    let lastError: { msg?: string; error?: string } = {};
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      child.kill('SIGKILL');
      reject(new Neo4jStartError(`Neo4j was not ready within ${options.readyTimeoutMs ?? 180_000} ms`, null, 'timeout'));
    }, options.readyTimeoutMs ?? 180_000);

    const onLine = (stream: 'stdout' | 'stderr') => (line: string) => {
      options.onLine?.(line, stream);
      if (!line.startsWith('{')) return;
      let rec: Record<string, unknown>;
      try {
        rec = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      if (rec.level === 'error') lastError = rec as typeof lastError;
      if (rec.msg === 'neo4j ready' && !settled) {
        settled = true;
        clearTimeout(timer);
        const port = Number(rec.port);
        resolve({
          uri: String(rec.bolt),
          port,
          version: String(rec.version),
          pid: Number(rec.pid),
          startupMs: Number(rec.startupMs),
          process: child,
          async stop(graceMs = 30_000) {
            if (child.exitCode !== null || child.signalCode !== null) return;
            child.kill('SIGTERM');
            const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
            await exited;
            clearTimeout(killer);
          },
        });
      }
    };
    readline.createInterface({ input: child.stdout! }).on('line', onLine('stdout'));
    readline.createInterface({ input: child.stderr! }).on('line', onLine('stderr'));
    child.once('error', (err) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Neo4jStartError(`could not run ${launcherScript()}: ${err.message}`, null, 'spawn_failed'));
    });
    child.once('exit', (code) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Neo4jStartError(lastError.msg ?? `the Neo4j launcher exited with code ${code}`, code, lastError.error ?? 'exited'));
    });
  });
}
