import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { applySchema } from '../../src/db/applySchema';
import { cypher } from '../../src/db/CypherQuery';
import { benchDatabase } from '../lib/benchDatabase';
import { projectRoot } from '../../src/projectRoot';
import { startBenchNeo4j } from '../lib/benchNeo4j';
import { formatTable } from '../lib/formatTable';
import { machineInfo } from '../lib/machineInfo';
import { parseArgs } from '../lib/parseArgs';
import { createProgress } from '../lib/progress';
import { runIngestCli } from '../lib/runIngestCli';
import { runLoad, type LoadResult } from '../lib/runLoad';
import { warmUntilSteady, type WarmResult } from '../lib/warmUntilSteady';
import { startContender } from '../servers/startContender';
import { WORKLOADS } from '../workloads/workloads';
import { generateCorpus } from './generateCorpus';

const Counts = z.object({ resolutions: z.number(), cites: z.number(), paragraphs: z.number(), meetings: z.number(), satOn: z.number(), topics: z.number() });

/** Neo4j memory per scale: the 100x store needs a page cache that holds its hot part (24 GB machine). */
const MEMORY: Record<number, { heap: string; pageCacheMb: number }> = {
  1: { heap: '2g', pageCacheMb: 1024 },
  10: { heap: '3g', pageCacheMb: 3072 },
  100: { heap: '3g', pageCacheMb: 4096 },
};

/** The workloads measured at every scale. */
const MEASURED = ['search', 'chain3'] as const;

const USAGE = `npm run bench:scale -- [--factors 1,10,100] [--phase load|measure|all] [--seconds 8] [--connections 1,8] [--seed 7]
  load: generate the synthetic corpus (factor > 1) and ingest it with the real ingest CLI into .neo4j/bench/scale-x<factor>
  measure: search and depth-3 chain latency through our server on each loaded store`;

/**
 * Scale: the same pipeline at 1x (the shared corpus data folder), 10x and 100x (seeded synthetic
 * corpora, see generateCorpus). Each factor has its own persistent store, so loading (long) and
 * measuring (short, on a quiet machine) can run at different times. Results: bench/results/scale-*.json.
 */
async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  if (flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const factors = (flags.get('factors') ?? '1,10,100').split(',').map(Number);
  const phase = flags.get('phase') ?? 'all';
  const seconds = Number(flags.get('seconds') ?? 8);
  const connections = (flags.get('connections') ?? '1,8').split(',').map(Number);
  const seed = Number(flags.get('seed') ?? 7);
  if (!['load', 'measure', 'all'].includes(phase) || factors.some((f) => !MEMORY[f])) throw new Error(USAGE);
  const root = projectRoot();
  const resultsDir = path.join(root, 'bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const sourceDir = flags.get('source') ?? path.resolve(root, '..', 'shared', 'data', 'unsc');
  const log = (msg: string) => process.stderr.write(`[scale] ${msg}\n`);

  for (const factor of factors) {
    const homeDir = path.join(root, '.neo4j', 'bench', `scale-x${factor}`);
    const loadFile = path.join(resultsDir, `scale-load-x${factor}.json`);
    if (phase === 'load' || phase === 'all') {
      const dataDir = factor === 1 ? sourceDir : path.join(flags.get('scratch') ?? '/tmp/unsc-scale', `x${factor}`);
      let generated: unknown = null;
      if (factor > 1 && !fs.existsSync(path.join(dataDir, 'resolutions.jsonl'))) {
        const progress = createProgress(5000);
        const t = performance.now();
        generated = { ...generateCorpus({ sourceDir, outDir: dataDir, factor, seed, onProgress: (n, total) => progress('generate', `${n}/${total}`) }), seconds: (performance.now() - t) / 1000 };
        log(`generated x${factor}: ${JSON.stringify(generated)}`);
      }
      fs.rmSync(homeDir, { recursive: true, force: true });
      const neo = await startBenchNeo4j({ homeDir, ...MEMORY[factor]! });
      try {
        const db = benchDatabase(neo);
        await applySchema(db);
        log(`ingesting ${dataDir} (x${factor}) with the ingest CLI`);
        // The ingest holds one slice of the corpus at a time (see ingestCorpus): 2 GB of heap at every scale, where
        // it took 12 GB at 100x when it held the whole corpus (docs/performance.md, Scale).
        const ingest = await runIngestCli(neo.uri, neo.password, [dataDir], [], ['--max-old-space-size=2048']);
        const [counts] = await db.read(cypher('bench/floorCounts'), {}, Counts);
        await db.close();
        const record = { kind: 'scale-load', factor, seed, dataDir, machine: machineInfo(), generated, ingestSeconds: ingest.seconds, ingestPeakRssMb: ingest.peakRssMb, exitCode: ingest.exitCode, signal: ingest.signal, counts, summary: ingest.summary };
        fs.writeFileSync(loadFile, `${JSON.stringify(record, null, 1)}\n`);
        log(`x${factor}: ingest ${ingest.seconds.toFixed(1)} s, peak RSS ${ingest.peakRssMb?.toFixed(0) ?? '?'} MB, exit ${ingest.exitCode ?? `by ${ingest.signal}`}, ${JSON.stringify(counts)}`);
      } finally {
        await neo.stop();
      }
    }
    if (phase === 'measure' || phase === 'all') {
      const loaded = fs.existsSync(loadFile) ? (JSON.parse(fs.readFileSync(loadFile, 'utf8')) as { exitCode?: number }) : null;
      if (!loaded || loaded.exitCode !== 0 || !fs.existsSync(homeDir)) {
        log(`x${factor}: no complete load (${loaded ? `ingest exit code ${loaded.exitCode}` : 'never loaded'}); not measured`);
        continue;
      }
      const neo = await startBenchNeo4j({ homeDir, ...MEMORY[factor]! });
      const results: Array<LoadResult & { workload: string }> = [];
      const warmups: Record<string, WarmResult> = {};
      try {
        const server = await startContender('ours', 'ourServerMain', { NEO4J_URI: neo.uri, NEO4J_PASSWORD: neo.password });
        try {
          const bodiesOf = (id: string) => {
            const w = WORKLOADS.find((x) => x.id === id)!;
            // The chain starts from the copies of the same real resolutions at every scale.
            const variants = id === 'chain3' ? w.variants.map((v) => ({ n: (Number(v.n) - 1) * factor + 1 })) : w.variants;
            return variants.map((variables) => JSON.stringify({ query: w.query, variables }));
          };
          // Every workload warmed on this store before any cell is measured: the store was just started, and the
          // first cell used to be measured cold (2026-12-02: x1 search 174.8 ms at p50 against 24 ms warm).
          for (const id of MEASURED) {
            warmups[id] = await warmUntilSteady({ url: server.url, bodies: bodiesOf(id) });
            log(`x${factor} ${id} warm-up rounds (ms): ${warmups[id].roundsMs.map((ms) => ms.toFixed(0)).join(', ')}${warmups[id].steady ? '' : ' (not steady)'}`);
          }
          for (const id of MEASURED) {
            const bodies = bodiesOf(id);
            for (const c of connections) {
              log(`x${factor} ${id} x${c}`);
              results.push({ workload: id, ...(await runLoad({ url: server.url, bodies, connections: c, seconds, warmupSeconds: Number(flags.get('warmup') ?? 5) })) });
            }
          }
        } finally {
          await server.stop();
        }
      } finally {
        await neo.stop();
      }
      const load = fs.existsSync(loadFile) ? (JSON.parse(fs.readFileSync(loadFile, 'utf8')) as Record<string, unknown>) : null;
      fs.writeFileSync(path.join(resultsDir, `scale-measure-x${factor}.json`), `${JSON.stringify({ kind: 'scale-measure', factor, machine: machineInfo(), counts: load?.counts ?? null, warmups, results }, null, 1)}\n`);
    }
  }
  process.stdout.write(`${scaleTable(resultsDir)}\n`);
}

/** Every factor measured so far, side by side, with latency relative to 1x. */
function scaleTable(resultsDir: string): string {
  const rows: string[][] = [];
  const read = (f: string) => (fs.existsSync(f) ? (JSON.parse(fs.readFileSync(f, 'utf8')) as Record<string, unknown>) : null);
  const base = read(path.join(resultsDir, 'scale-measure-x1.json'));
  for (const factor of [1, 10, 100]) {
    const load = read(path.join(resultsDir, `scale-load-x${factor}.json`));
    const measure = read(path.join(resultsDir, `scale-measure-x${factor}.json`));
    if (!load && !measure) continue;
    const counts = (load?.counts ?? measure?.counts ?? {}) as Record<string, number>;
    const results = (measure?.results ?? []) as Array<LoadResult & { workload: string }>;
    const baseResults = (base?.results ?? []) as Array<LoadResult & { workload: string }>;
    for (const r of results.length > 0 ? results : [null]) {
      const b = r ? baseResults.find((x) => x.workload === r.workload && x.connections === r.connections) : undefined;
      rows.push([
        `x${factor}`,
        String(counts.resolutions ?? ''),
        String(counts.cites ?? ''),
        load ? `${Number(load.ingestSeconds).toFixed(1)}` : '',
        r ? r.workload : '',
        r ? String(r.connections) : '',
        r && r.p50 !== null ? r.p50.toFixed(2) : '',
        r && r.p99 !== null ? r.p99.toFixed(2) : '',
        r ? r.rps.toFixed(1) : '',
        r && b && r.p50 !== null && b.p50 !== null ? (r.p50 / b.p50).toFixed(2) : '',
      ]);
    }
  }
  return formatTable(['scale', 'resolutions', 'cites', 'ingest s', 'workload', 'conns', 'p50 ms', 'p99 ms', 'req/s', 'p50÷x1'], rows);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
