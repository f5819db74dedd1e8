import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { applySchema } from '../../src/db/applySchema';
import { cypher } from '../../src/db/CypherQuery';
import { benchDatabase } from '../lib/benchDatabase';
import { projectRoot } from '../../src/projectRoot';
import { startBenchNeo4j } from '../lib/benchNeo4j';
import { machineInfo } from '../lib/machineInfo';
import { parseArgs } from '../lib/parseArgs';
import { runIngestCli } from '../lib/runIngestCli';
import { startContender } from '../servers/startContender';
import { WORKLOADS } from '../workloads/workloads';
import { openSubscriptions } from './openSubscriptions';
import { processRss } from './processRss';
import { runSoak, SOAK_WORKLOADS } from './runSoak';

const USAGE = `npm run soak -- [--seconds 300] [--connections 32] [--warmup 15] [--subscriptions 0] [--home DIR]
Runs our server (a child process, production settings, default query limits) at saturation for
--seconds with the four bench workloads interleaved (resolution, search, chain, graph), and prints
requests, errors, RSS at start/end/max and p50/p99. Exit code 1 when any request failed.
--subscriptions N first opens N WebSocket clients, each with one subscription (citationAdded,
resolutionAdded or mandateChanged in turn), kept open through the run; the summary says how many
were still open at the end (exit code 1 when one closed).
Env BENCH_NEO4J_URI / BENCH_NEO4J_PASSWORD reuse a running, loaded Neo4j instead of starting one.`;

const Counts = z.object({ resolutions: z.number() }).passthrough();

async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  if (flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const seconds = Number(flags.get('seconds') ?? 300);
  const connections = Number(flags.get('connections') ?? 32);
  const warmupSeconds = Number(flags.get('warmup') ?? 15);
  const subscriptionCount = Number(flags.get('subscriptions') ?? 0);
  const log = (msg: string) => process.stderr.write(`[soak] ${msg}\n`);
  const root = projectRoot();

  const neo = await startBenchNeo4j({
    homeDir: flags.get('home') ?? path.join(root, '.neo4j', 'bench', 'soak'),
    heap: '2g',
    pageCacheMb: 1024,
    ...(process.env.BENCH_NEO4J_URI ? { reuseUri: process.env.BENCH_NEO4J_URI, reusePassword: process.env.BENCH_NEO4J_PASSWORD ?? '' } : {}),
  });
  try {
    const db = benchDatabase(neo);
    await applySchema(db);
    let [counts] = await db.read(cypher('bench/floorCounts'), {}, Counts);
    if (!counts || counts.resolutions === 0) {
      log('empty graph: ingesting the default corpus with the ingest CLI');
      await runIngestCli(neo.uri, neo.password, []);
      [counts] = await db.read(cypher('bench/floorCounts'), {}, Counts);
    }
    await db.close();
    log(`graph: ${JSON.stringify(counts)}`);

    // Production settings; the default query limits stay in force (the workloads fit under them).
    const server = await startContender('ours', 'ourServerMain', {
      NEO4J_URI: neo.uri,
      NEO4J_PASSWORD: neo.password,
      QUERY_MAX_COST: '20000',
      QUERY_MAX_TOKENS: '2000',
    });
    const subscriptions = await openSubscriptions(server.url, subscriptionCount);
    if (subscriptionCount > 0) log(`${subscriptions.open()} of ${subscriptionCount} subscriptions open`);
    try {
      // Interleaved (variant 1 of each workload, then variant 2, ...) so every connection mixes the kinds.
      const mixed: string[] = [];
      const mix = WORKLOADS.filter((w) => SOAK_WORKLOADS.includes(w.id));
      const most = Math.max(...mix.map((w) => w.variants.length));
      for (let v = 0; v < most; v++) {
        for (const w of mix) if (w.variants[v]) mixed.push(JSON.stringify({ query: w.query, variables: w.variants[v] }));
      }
      log(`${connections} connections for ${seconds} s after a ${warmupSeconds} s warm-up; workloads ${mix.map((w) => w.id).join(', ')}`);
      const result = await runSoak({
        url: server.url,
        bodies: mixed,
        connections,
        seconds,
        warmupSeconds,
        rss: () => processRss(server.pid),
        progressEveryMs: 30_000,
        onProgress: (s, rss) => log(`${s} s, server RSS ${Math.round(rss / 2 ** 20)} MB`),
      });
      const subs = { requested: subscriptionCount, openAtEnd: subscriptions.open(), failures: subscriptions.failures() };
      const summary = { when: new Date().toISOString(), machine: machineInfo(), connections, seconds, warmupSeconds, graph: counts, subscriptions: subs, result };
      const dir = path.join(root, 'bench', 'results');
      fs.mkdirSync(dir, { recursive: true });
      // reference-*: kept in git (see .gitignore), the record behind the soak figures of docs/performance.md.
      const file = path.join(dir, `reference-soak-${summary.when.replace(/[:.]/g, '-')}.json`);
      fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
      process.stdout.write(
        [
          `soak: ${result.requests} requests in ${result.seconds} s (${result.rps.toFixed(1)} req/s) at ${connections} connections`,
          `errors: ${result.errors}${result.errors > 0 ? ` (${Object.entries(result.errorKinds).map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}`,
          `server RSS: start ${result.rssStartMb} MB, end ${result.rssEndMb} MB, max ${result.rssMaxMb} MB`,
          `latency: p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`,
          ...(subscriptionCount > 0 ? [`subscriptions: ${subs.openAtEnd} of ${subs.requested} open at the end${subs.failures.length ? ` (${subs.failures.slice(0, 3).join('; ')})` : ''}`] : []),
          `raw results: ${path.relative(root, file)}`,
        ].join('\n') + '\n',
      );
      if (result.errors > 0 || subs.openAtEnd < subscriptionCount) process.exitCode = 1;
    } finally {
      await subscriptions.close();
      await server.stop();
    }
  } finally {
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
