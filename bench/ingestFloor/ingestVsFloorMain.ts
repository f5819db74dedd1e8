import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { applySchema } from '../../src/db/applySchema';
import { cypher } from '../../src/db/CypherQuery';
import type { Database } from '../../src/db/Database';
import { benchDatabase } from '../lib/benchDatabase';
import { projectRoot } from '../../src/projectRoot';
import { startBenchNeo4j, type BenchNeo4j } from '../lib/benchNeo4j';
import { formatTable } from '../lib/formatTable';
import { machineInfo } from '../lib/machineInfo';
import { parseArgs } from '../lib/parseArgs';
import { createProgress } from '../lib/progress';
import { runIngestCli } from '../lib/runIngestCli';
import { dumpGraph } from './dumpGraph';
import { loadGraphDump } from './loadGraphDump';

const Counts = z.object({ resolutions: z.number(), cites: z.number(), paragraphs: z.number(), meetings: z.number(), satOn: z.number(), topics: z.number() });

async function withDatabase<T>(fn: (db: Database, neo: BenchNeo4j) => Promise<T>): Promise<T> {
  const neo = await startBenchNeo4j({ homeDir: null, heap: '2g', pageCacheMb: 1024 });
  const db = benchDatabase(neo);
  try {
    await applySchema(db);
    return await fn(db, neo);
  } finally {
    await db.close();
    await neo.stop();
  }
}

/**
 * `npm run bench:ingest-floor -- [PATH...]`: the real ingest CLI on the default corpus (or PATHs) into
 * a fresh store, then the very graph it produced written into another fresh store by the raw batched
 * UNWIND floor (loadGraphDump). Same machine, same run; prints both times and writes JSON to bench/results/.
 */
async function main(): Promise<void> {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  const batchSize = Number(flags.get('batch') ?? 1000);
  const log = (msg: string) => process.stderr.write(`[ingest-floor] ${msg}\n`);
  log(`ingest CLI on ${positional.length > 0 ? positional.join(' ') : 'the default corpus'}`);
  const { ingest, counts, dump } = await withDatabase(async (db, neo) => {
    const ingest = await runIngestCli(neo.uri, neo.password, positional);
    if (ingest.exitCode !== 0) throw new Error(`the ingest CLI exited with ${ingest.exitCode}`);
    const [counts] = await db.read(cypher('bench/floorCounts'), {}, Counts);
    return { ingest, counts, dump: await dumpGraph(db) };
  });
  log(`ingest: ${ingest.seconds.toFixed(1)} s; ${JSON.stringify(counts)}`);
  const progress = createProgress();
  const floor = await withDatabase(async (db) => {
    const stats = await loadGraphDump(db, dump, batchSize, (phase, rows, total) => progress(phase, `${rows}/${total}`));
    const [after] = await db.read(cypher('bench/floorCounts'), {}, Counts);
    return { ...stats, counts: after };
  });
  const rows = [
    ['ingest CLI (parse, clean, extract, merge, write, PageRank)', ingest.seconds.toFixed(1), String(floor.rowsWritten), String(Math.round(floor.rowsWritten / ingest.seconds)), '1.00'],
    ['raw batched UNWIND floor (same graph)', floor.seconds.toFixed(1), String(floor.rowsWritten), String(floor.rowsPerSecond), (ingest.seconds / floor.seconds).toFixed(2)],
  ];
  const table = formatTable(['loader', 'seconds', 'rows', 'rows/s', 'ingest÷this'], rows);
  process.stdout.write(`${table}\n`);
  const machine = machineInfo();
  const file = path.join(projectRoot(), 'bench', 'results', `ingest-vs-floor-${(machine.date as string).replace(/:/g, '-')}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ kind: 'ingest-vs-floor', machine, batchSize, ingest, counts, floor }, null, 1)}\n`);
  log(`wrote ${path.relative(projectRoot(), file)}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
