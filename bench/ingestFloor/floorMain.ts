import { z } from 'zod';
import { applySchema } from '../../src/db/applySchema';
import { cypher } from '../../src/db/CypherQuery';
import { Database } from '../../src/db/Database';
import { startBenchNeo4j } from '../lib/benchNeo4j';
import { parseArgs } from '../lib/parseArgs';
import { createProgress } from '../lib/progress';
import { rawUnwindLoad } from './rawUnwindLoad';

const Counts = z.object({ resolutions: z.number(), cites: z.number(), paragraphs: z.number(), meetings: z.number(), satOn: z.number(), topics: z.number() });

/**
 * `node dist/bench/ingestFloor/floorMain.js --data DIR [--home DIR] [--heap 2g] [--pagecache-mb N]`:
 * loads a corpus folder with the raw UNWIND floor into a Neo4j (a fresh temp store unless --home),
 * and prints one JSON line: time, rows written, rows/s, graph counts.
 */
async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  const dataDir = flags.get('data');
  if (!dataDir) throw new Error('usage: floorMain --data DIR [--home DIR] [--heap 2g] [--pagecache-mb N] [--batch N]');
  const neo = await startBenchNeo4j({
    homeDir: flags.get('home') ?? null,
    heap: flags.get('heap') ?? '2g',
    pageCacheMb: Number(flags.get('pagecache-mb') ?? 1024),
  });
  const db = new Database({ uri: neo.uri, user: 'neo4j', password: neo.password, database: 'neo4j', txTimeoutMs: 600_000 });
  try {
    await applySchema(db);
    const progress = createProgress();
    const stats = await rawUnwindLoad(db, dataDir, { batchSize: Number(flags.get('batch') ?? 1000), onProgress: (phase, rows) => progress(phase, `${rows} rows`) });
    const [counts] = await db.read(cypher('bench/floorCounts'), {}, Counts);
    process.stdout.write(
      `${JSON.stringify({ kind: 'ingest-floor', dataDir, seconds: stats.ms / 1000, rowsWritten: stats.rowsWritten, rowsPerSecond: Math.round(stats.rowsWritten / (stats.ms / 1000)), phases: stats.phases, counts, uri: neo.uri })}\n`,
    );
  } finally {
    await db.close();
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
