import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/loadConfig';
import { Database } from '../../src/db/Database';
import { applySchema } from '../../src/db/applySchema';
import { defaultCorpusPaths } from '../../src/ingest/defaultCorpusPaths';
import { ingestCorpus } from '../../src/ingest/ingestCorpus';
import { startNeo4j } from '../../src/launcher/startNeo4j';
import { projectRoot } from '../../src/projectRoot';

/**
 * `npm run bench:ingest [-- PATH...]`: ingests the default corpus (or PATHs) into a fresh embedded
 * Neo4j, then again into the loaded graph (the idempotent re-run), and prints time and rows/s of
 * each. Results also go to bench/results/reference-ingest-<timestamp>.json (kept in git: the record
 * behind the ingest-time figures of README.md and docs/performance.md).
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : defaultCorpusPaths(config);
  if (paths.length === 0) throw new Error('no corpus: set DATA_DIR/SEEDS_DIR or pass PATHs');
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'unsc-bench-ingest-'));
  const password = 'bench-ingest-pw';
  const handle = await startNeo4j({ homeDir: home, port: 0, password, watchParent: true, readyTimeoutMs: 600_000 });
  const db = new Database({ uri: handle.uri, user: 'neo4j', password, database: 'neo4j', txTimeoutMs: 120_000 });
  try {
    await applySchema(db);
    const runs = [];
    for (const label of ['fresh', 'rerun']) {
      const s = await ingestCorpus({ paths, db, progress: process.stderr });
      const rows = Object.entries(s.written).reduce((n, [k, v]) => (k === 'paragraphs' ? n : n + v), 0);
      runs.push({ label, seconds: s.durationMs / 1000, rows, rowsPerSecond: s.rowsPerSecond, timingsMs: s.timingsMs, graph: s.graph });
      process.stdout.write(`${label}: ${(s.durationMs / 1000).toFixed(1)} s, ${rows} rows, ${s.rowsPerSecond} rows/s; steps (ms) ${JSON.stringify(s.timingsMs)}\n`);
    }
    process.stdout.write(`graph: ${JSON.stringify(runs[1]?.graph?.labels)} ${JSON.stringify(runs[1]?.graph?.relationships)}\n`);
    const out = path.join(projectRoot(), 'bench', 'results', `reference-ingest-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify({ command: 'npm run bench:ingest', when: new Date().toISOString(), paths, cpus: os.cpus().length, load: os.loadavg(), runs }, null, 2));
    process.stdout.write(`written ${out}\n`);
  } finally {
    await db.close();
    await handle.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
