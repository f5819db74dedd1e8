import { spawn } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import { createDatabase } from '../../../src/app/startApp';
import type { Database } from '../../../src/db/Database';
import type { IngestSummary } from '../../../src/ingest/IngestSummary';
import { compileEntries, type CompiledEntries } from '../../support/compileEntries';
import { testConfig } from '../../support/testConfig';
import { emptyStore } from '../../support/emptyStore';

const FIX = path.join(__dirname, '..', '..', 'fixtures', 'ingest');
/** Nothing listens here: a run that tried to reach the database would fail. */
const NO_DATABASE = 'bolt://127.0.0.1:1';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The ingest command as the README describes it: `--dry-run` validates without a database, `--json`
 * prints the summary as JSON on stdout, bad records are reported with file:line and skipped, and the
 * exit code is 0 unless bad usage (2) or an unreachable database (1).
 */
describe('ingest CLI: --dry-run, --json and exit codes', () => {
  let compiled: CompiledEntries;
  let db: Database;
  const run = (args: string[], env: Record<string, string>) =>
    new Promise<Run>((resolve, reject) => {
      const child = spawn(process.execPath, [compiled.js('src/ingest/cli.ts'), ...args], {
        env: { ...process.env, LOG_LEVEL: 'silent', DATA_DIR: '', SEEDS_DIR: '', NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '', ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  beforeAll(() => {
    compiled = compileEntries('ingest-cli-test', ['src/ingest/cli.ts']);
    db = createDatabase(testConfig());
  }, 300_000);
  afterAll(async () => {
    await db.close();
    compiled?.remove();
  });

  it('--dry-run --json validates the fixture corpus without any database and prints the summary as JSON', async () => {
    const r = await run(['--dry-run', '--json', path.join(FIX, 'data')], { NEO4J_URI: NO_DATABASE });
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as IngestSummary;
    expect(summary.dryRun).toBe(true);
    expect(summary.written).toEqual({});
    expect(summary.graph).toBeNull();
    expect(summary.files.map((f) => path.basename(f.path)).sort()).toEqual(['citations.csv', 'council_membership.csv', 'dhl_votes.jsonl', 'meetings.jsonl', 'resolutions.jsonl']);
    expect(summary.files.find((f) => f.path.endsWith('resolutions.jsonl'))?.records).toBe(6);
  });

  it('reports a malformed record with file:line and skips it, still exiting 0', async () => {
    const r = await run(['--dry-run', '--json', path.join(FIX, 'bad')], { NEO4J_URI: NO_DATABASE });
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as IngestSummary;
    expect(summary.skipped.count).toBeGreaterThan(0);
    for (const item of summary.skipped.items) {
      expect(path.dirname(item.file)).toBe(path.join(FIX, 'bad'));
      expect(Number.isInteger(item.line)).toBe(true);
      expect(item.reason).not.toBe('');
    }
    expect(summary.skipped.items).toContainEqual({ file: path.join(FIX, 'bad', 'resolutions.jsonl'), line: 2, reason: 'impossible date "2030-02-30"' });
  });

  it('exits 2 on bad usage, with the usage on stderr', async () => {
    const r = await run(['--no-such-flag'], { NEO4J_URI: NO_DATABASE });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run ingest/);
    expect(r.stdout).toBe('');
  });

  it('exits 1 when the database is unreachable, with one fatal line', async () => {
    const r = await run(['--json', path.join(FIX, 'data')], { NEO4J_URI: NO_DATABASE, NEO4J_CONNECT_TIMEOUT_MS: '2000' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[ingest\] fatal: /);
    expect(r.stdout).toBe('');
  });

  it('--json writes the fixture corpus into the database and reports the graph it left', async () => {
    await emptyStore(db);
    const r = await run(['--json', path.join(FIX, 'data')], { NEO4J_URI: process.env.NEO4J_TEST_URI ?? '' });
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as IngestSummary;
    expect(summary.dryRun).toBe(false);
    const [row] = await db.read({ name: 'test/cli/count', text: 'MATCH (r:Resolution) RETURN count(r) AS n' }, {}, z.object({ n: z.number() }));
    expect(row?.n).toBe(6);
    expect(summary.graph?.labels.Resolution).toBe(6);
  });
});
