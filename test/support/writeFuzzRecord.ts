import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface FuzzFigures {
  seed: number;
  count: number;
  concurrency: number;
  ms: number;
  statuses: Record<string, number>;
  errorCodes: Record<string, number>;
  failures: number;
  /** Inputs answered with TIMEOUT/SERVICE_UNAVAILABLE under load, then in time when sent alone. */
  transientSlow: number;
}

/**
 * Writes `reference-fuzz-<date>.json` into `dir` (`npm run fuzz` passes bench/results), the record
 * behind the fuzz figures of docs/performance.md: what ran, on which commit, on how loaded a
 * machine, and what came back.
 */
export function writeFuzzRecord(dir: string, figures: FuzzFigures): string {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout: the record says so
  }
  const when = new Date().toISOString();
  const file = path.resolve(dir, `reference-fuzz-${when.slice(0, 10)}.json`);
  const record = {
    what: 'npm run fuzz: seeded inputs through HTTP + GraphQL on the API fixture graph (test/fuzz/fuzz.test.ts)',
    command: `FUZZ_COUNT=${figures.count} FUZZ_SEED=${figures.seed} jest --ci test/fuzz`,
    measuredAt: when,
    commit,
    machine: { cpus: os.cpus().length, loadAverage1mAtEnd: Number(os.loadavg()[0]!.toFixed(2)), node: process.version },
    ...figures,
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  process.stderr.write(`[fuzz] record written to ${file}\n`);
  return file;
}
