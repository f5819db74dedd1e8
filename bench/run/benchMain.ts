import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { applySchema } from '../../src/db/applySchema';
import { cypher } from '../../src/db/CypherQuery';
import { benchDatabase } from '../lib/benchDatabase';
import { projectRoot } from '../../src/projectRoot';
import type { QueryTrace } from '../floor/QueryTrace';
import { startBenchNeo4j } from '../lib/benchNeo4j';
import { machineInfo } from '../lib/machineInfo';
import { parseArgs } from '../lib/parseArgs';
import { runIngestCli } from '../lib/runIngestCli';
import { runLoad } from '../lib/runLoad';
import { runNode } from '../lib/runNode';
import { startContender, type Contender } from '../servers/startContender';
import { WORKLOADS } from '../workloads/workloads';
import type { BenchRecord } from './BenchRecord';
import { summarise } from './summarise';

const Counts = z.object({ resolutions: z.number(), cites: z.number(), paragraphs: z.number(), meetings: z.number(), satOn: z.number(), topics: z.number() });
// `ours-cached` is ours with the response cache on (docs/api.md, live updates): the bench's bodies repeat, as
// popular resolutions and searches do, so it shows the cache-on figure; every target compares `ours` (cache off).
const ALL_CONTENDERS = ['floor', 'peer-floor', 'ours', 'ours-cached', 'naive', 'neo4j-graphql'];

const USAGE = `npm run bench -- [--connections 1,8,32] [--seconds 8] [--warmup 2] [--workloads nested,search,chain3,graph2,list50]
  [--contenders floor,peer-floor,ours,ours-cached,naive,neo4j-graphql] [--home DIR] [--heap 2g] [--pagecache-mb 1024] [--reference NAME] [--profile]
Env BENCH_NEO4J_URI / BENCH_NEO4J_PASSWORD reuse a running, loaded Neo4j instead of starting one.`;

/**
 * \`npm run bench\`: every contender over the same Neo4j and corpus, in one run, interleaved so
 * that drift on a noisy machine hits them alike. Prints the tables and writes the raw JSON to
 * bench/results/ (reference-<name>.json with --reference, which is the only kind committed).
 */
async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  if (flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const connections = (flags.get('connections') ?? '1,8,32').split(',').map(Number);
  const seconds = Number(flags.get('seconds') ?? 8);
  const warmupSeconds = Number(flags.get('warmup') ?? 2);
  const workloadIds = (flags.get('workloads') ?? WORKLOADS.map((w) => w.id).join(',')).split(',');
  const workloads = WORKLOADS.filter((w) => workloadIds.includes(w.id));
  const contenderNames = (flags.get('contenders') ?? ALL_CONTENDERS.join(',')).split(',');
  const bad = [...workloadIds.filter((id) => !WORKLOADS.some((w) => w.id === id)), ...contenderNames.filter((c) => !ALL_CONTENDERS.includes(c))];
  if (bad.length > 0 || connections.some((c) => !Number.isInteger(c) || c < 1) || !(seconds > 0)) {
    throw new Error(`bad arguments ${bad.join(', ')}\n${USAGE}`);
  }
  const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
  const root = projectRoot();
  const resultsDir = path.join(root, 'bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const machine = machineInfo();

  const neo = await startBenchNeo4j({
    homeDir: flags.get('home') ?? path.join(root, '.neo4j', 'bench', 'x1'),
    heap: flags.get('heap') ?? '2g',
    pageCacheMb: Number(flags.get('pagecache-mb') ?? 1024),
    ...(process.env.BENCH_NEO4J_URI ? { reuseUri: process.env.BENCH_NEO4J_URI, reusePassword: process.env.BENCH_NEO4J_PASSWORD ?? '' } : {}),
  });
  const contenders: Contender[] = [];
  try {
    const db = benchDatabase(neo);
    // A reused store (BENCH_NEO4J_URI) may be shared and read-only: its owner applied the schema.
    if (!process.env.BENCH_NEO4J_URI) await applySchema(db);
    let [counts] = await db.read(cypher('bench/floorCounts'), {}, Counts);
    let ingest: unknown = null;
    // A store the bench loaded carries a marker; one without it (an interrupted load) is refused.
    const marker = neo.homeDir ? path.join(neo.homeDir, '.bench-loaded') : null;
    if (marker && counts && counts.resolutions > 0 && !fs.existsSync(marker)) {
      throw new Error(`${neo.homeDir} holds a graph the bench did not finish loading; delete it and run again`);
    }
    if (!counts || counts.resolutions === 0) {
      log('empty graph: ingesting the default corpus with the ingest CLI');
      const run = await runIngestCli(neo.uri, neo.password, []);
      if (run.exitCode !== 0) throw new Error(`the ingest CLI exited with ${run.exitCode}`);
      ingest = run;
      [counts] = await db.read(cypher('bench/floorCounts'), {}, Counts);
      if (marker) fs.writeFileSync(marker, `${JSON.stringify({ loadedAt: new Date().toISOString(), seconds: run.seconds })}\n`);
    }
    await db.close();
    log(`graph: ${JSON.stringify(counts)}`);

    const env = { NEO4J_URI: neo.uri, NEO4J_PASSWORD: neo.password, WORKLOADS: workloads.map((w) => w.id).join(',') };
    const disable = ['-r', path.join(__dirname, '..', 'servers', 'disableDataLoader.js')];
    const traceFile = path.join(resultsDir, 'traces-ours.json');
    const naiveTraceFile = path.join(resultsDir, 'traces-naive.json');
    log('recording the Cypher of every workload (ours, then DataLoader off)');
    const recorder = path.join(__dirname, '..', 'floor', 'recordTracesMain.js');
    await runNode(recorder, { ...env, TRACE_FILE: traceFile });
    if (contenderNames.includes('naive')) await runNode(recorder, { ...env, TRACE_FILE: naiveTraceFile }, disable);
    // The second floor: the Cypher @neo4j/graphql generates for its side of each workload, replayed raw.
    const peerTraceFile = path.join(resultsDir, 'traces-peer.json');
    if (contenderNames.includes('peer-floor')) await runNode(path.join(__dirname, '..', 'floor', 'recordPeerTracesMain.js'), { ...env, TRACE_FILE: peerTraceFile });
    const traces = JSON.parse(fs.readFileSync(traceFile, 'utf8')) as QueryTrace[];
    const naiveTraces = contenderNames.includes('naive') ? (JSON.parse(fs.readFileSync(naiveTraceFile, 'utf8')) as QueryTrace[]) : [];
    const meanTrips = (t: QueryTrace[], w: string) => {
      const mine = t.filter((x) => x.workload === w);
      return mine.length === 0 ? null : mine.reduce((s, x) => s + x.roundTrips, 0) / mine.length;
    };

    for (const name of contenderNames) {
      if (name === 'floor') contenders.push(await startContender(name, path.join('..', 'floor', 'floorServerMain'), { ...env, TRACE_FILE: traceFile }));
      if (name === 'peer-floor') contenders.push(await startContender(name, path.join('..', 'floor', 'floorServerMain'), { ...env, TRACE_FILE: peerTraceFile }));
      // --profile: a V8 CPU profile of our server over the whole run, for chrome://inspect or speedscope.
      const profile = flags.has('profile') ? ['--cpu-prof', `--cpu-prof-dir=${path.join(resultsDir, 'profiles')}`] : [];
      if (name === 'ours') contenders.push(await startContender(name, 'ourServerMain', env, profile));
      if (name === 'ours-cached') contenders.push(await startContender(name, 'ourServerMain', { ...env, RESPONSE_CACHE_MAX_MB: '64' }));
      if (name === 'naive') contenders.push(await startContender(name, 'ourServerMain', env, disable));
      if (name === 'neo4j-graphql') contenders.push(await startContender(name, 'neo4jGraphqlMain', env));
    }
    log(`contenders: ${contenders.map((c) => `${c.name} ${c.url} (pid ${c.pid})`).join(', ')}`);

    const bodiesFor = (c: Contender, w: (typeof workloads)[number]): string[] | null => {
      if (c.name === 'floor') return w.variants.map((_, v) => JSON.stringify({ w: w.id, v }));
      if (c.name === 'peer-floor') return w.neo4jGraphql ? w.neo4jGraphql.variants.map((_, v) => JSON.stringify({ w: w.id, v })) : null;
      if (c.name === 'neo4j-graphql') return w.neo4jGraphql ? w.neo4jGraphql.variants.map((variables) => JSON.stringify({ query: w.neo4jGraphql!.query, variables })) : null;
      return w.variants.map((variables) => JSON.stringify({ query: w.query, variables }));
    };
    // Every cell is checked once before any load: a contender that cannot answer a workload is
    // reported and left out of it, never measured on error responses.
    const responseBytes: Record<string, Record<string, number>> = {};
    const failures: Array<{ workload: string; contender: string; error: string }> = [];
    const failed = (c: Contender, w: (typeof workloads)[number]) => failures.some((f) => f.workload === w.id && f.contender === c.name);
    for (const w of workloads) {
      for (const c of contenders) {
        const bodies = bodiesFor(c, w);
        if (!bodies) continue;
        if (c.name === 'floor' && !traces.some((t) => t.workload === w.id)) {
          failures.push({ workload: w.id, contender: c.name, error: 'no trace: our server failed this workload' });
          continue;
        }
        let bytes = 0;
        for (const body of bodies) {
          const res = await fetch(c.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          const text = await res.text();
          if (res.status !== 200 || text.includes('"errors":[')) {
            failures.push({ workload: w.id, contender: c.name, error: `HTTP ${res.status} ${text.slice(0, 400)}` });
            log(`${c.name} fails ${w.id}: HTTP ${res.status} ${text.slice(0, 300)}`);
            break;
          }
          bytes += text.length;
        }
        (responseBytes[w.id] ??= {})[c.name] = Math.round(bytes / bodies.length);
      }
    }

    const records: BenchRecord[] = [];
    const total = workloads.length * connections.length * contenders.length;
    let rotation = 0;
    for (const w of workloads) {
      for (const conns of connections) {
        // Rotate who goes first, so slow drift of the machine does not always favour the same one.
        const order = contenders.map((_, i) => contenders[(i + rotation) % contenders.length]!);
        rotation += 1;
        for (const c of order) {
          const bodies = bodiesFor(c, w);
          if (!bodies || failed(c, w)) continue;
          log(`${records.length + 1}/${total} ${w.id} ${c.name} x${conns}`);
          const r = await runLoad({ url: c.url, bodies, connections: conns, seconds, warmupSeconds });
          const roundTrips = c.name === 'ours' || c.name === 'floor' ? meanTrips(traces, w.id) : c.name === 'naive' ? meanTrips(naiveTraces, w.id) : null;
          records.push({ workload: w.id, contender: c.name, roundTrips, ...r });
        }
      }
    }

    const table = `${summarise(records)}${failures.length > 0 ? `\n\nNOT MEASURED (failed their check):\n${failures.map((f) => `  ${f.workload} / ${f.contender}: ${f.error.slice(0, 200)}`).join('\n')}` : ''}`;
    process.stdout.write(`${table}\n`);
    const result = {
      kind: 'bench',
      machine,
      settings: { connections, seconds, warmupSeconds, workloads: workloads.map((w) => ({ id: w.id, title: w.title })), contenders: contenderNames },
      graph: counts,
      ingest,
      responseBytes,
      failures,
      roundTrips: Object.fromEntries(workloads.map((w) => [w.id, { ours: meanTrips(traces, w.id), naive: meanTrips(naiveTraces, w.id), waves: traces.find((t) => t.workload === w.id)?.waves.length ?? null }])),
      records,
    };
    const reference = flags.get('reference');
    const file = path.join(resultsDir, reference ? `reference-${reference}.json` : `bench-${machine.date as string}.json`.replace(/:/g, '-'));
    fs.writeFileSync(file, `${JSON.stringify(result, null, 1)}\n`);
    fs.writeFileSync(file.replace(/\.json$/, '.txt'), `${table}\n`);
    log(`wrote ${path.relative(root, file)}`);
  } finally {
    for (const c of contenders) await c.stop();
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
