import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/projectRoot';

export interface IngestRun {
  seconds: number;
  exitCode: number | null;
  /** The signal that ended the CLI (e.g. SIGKILL from the kernel's OOM killer), null when it exited. */
  signal: NodeJS.Signals | null;
  /** The CLI's `--json` summary, when it printed one. */
  summary: unknown;
  /**
   * The CLI's peak resident set in MB: the kernel's high-water mark (VmHWM in /proc/PID/status), read every
   * second while it runs, so growth in its last second can be missed. Null where /proc is not there.
   */
  peakRssMb: number | null;
}

/** VmHWM of a live process in MB, or null (no /proc, or the process is gone). */
function peakRssMbOf(pid: number): number | null {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Runs the real ingest CLI (`dist/src/ingest/cli.js --json PATH...`, built by `npm run build`)
 * against a database, timing it from spawn to exit. Its progress lines go to our stderr.
 */
export function runIngestCli(uri: string, password: string, paths: string[], extraArgs: string[] = [], nodeArgs: string[] = []): Promise<IngestRun> {
  const cli = path.join(projectRoot(), 'dist', 'src', 'ingest', 'cli.js');
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, cli, '--json', ...extraArgs, ...paths], {
    // Batches of a 100x corpus on a shared 2-core machine can outlast the server's 15 s default.
    env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password, LOG_LEVEL: 'warn', NEO4J_TX_TIMEOUT_MS: '600000', NEO4J_CONNECT_TIMEOUT_MS: '60000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  let peakRssMb: number | null = null;
  const watch = setInterval(() => {
    const now = child.pid === undefined ? null : peakRssMbOf(child.pid);
    if (now !== null) peakRssMb = Math.max(peakRssMb ?? 0, now);
  }, 1000);
  return new Promise((resolve, reject) => {
    child.once('error', (err) => {
      clearInterval(watch);
      reject(err);
    });
    child.once('exit', (code, signal) => {
      clearInterval(watch);
      const seconds = (performance.now() - started) / 1000;
      let summary: unknown = null;
      const start = out.indexOf('{');
      if (start >= 0) {
        try {
          summary = JSON.parse(out.slice(start));
        } catch {
          summary = out.slice(0, 2000);
        }
      }
      resolve({ seconds, exitCode: code, signal, summary, peakRssMb });
    });
  });
}
