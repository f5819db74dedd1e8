import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../../src/projectRoot';
import { formatTable } from '../lib/formatTable';
import { parseArgs } from '../lib/parseArgs';
import { runNode } from '../lib/runNode';
import { startContender, type Contender } from '../servers/startContender';
import { WORKLOADS, type Workload } from '../workloads/workloads';

const USAGE = `node dist/bench/run/cpuPerRequestMain.js [--workloads chain3,nested] [--contenders floor,ours,neo4j-graphql]
  [--requests 2000] [--connections 1] [--rounds 3] [--baseline DIST]   (env: BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD)
--baseline DIST adds a contender 'baseline': our server from another build (a copy of dist/ kept inside the
project, e.g. dist-base/), so a change and what it replaces are measured in one interleaved run.`;

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on every Linux we run). */
const TICKS_PER_SECOND = 100;

/** User plus system CPU time, in milliseconds, that process `pid` has used so far (Linux /proc). */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; fields after its closing parenthesis are plain.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

function fire(url: string, bodies: string[], connections: number, amount: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        connections,
        amount,
        timeout: 30,
        requests: bodies.map((body) => ({ method: 'POST', body, headers: { 'content-type': 'application/json' } })),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

function bodiesFor(contender: string, w: Workload): string[] | null {
  if (contender === 'floor') return w.variants.map((_, v) => JSON.stringify({ w: w.id, v }));
  if (contender === 'neo4j-graphql') return w.neo4jGraphql ? w.neo4jGraphql.variants.map((variables) => JSON.stringify({ query: w.neo4jGraphql!.query, variables })) : null;
  return w.variants.map((variables) => JSON.stringify({ query: w.query, variables }));
}

/**
 * CPU milliseconds each contender's own process spends per request: a fixed number of requests per
 * cell, the server's user+system time from /proc read before and after. On a shared, loaded machine
 * wall-clock latency swings with the neighbours, but the CPU a process burns per request barely
 * does, so `ours − floor` is our server's own cost per request (GraphQL, rows, HTTP) and the figure
 * to compare changes by. Cells run interleaved, `--rounds` times; the table shows each cell's median.
 */
async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  if (flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const workloads = WORKLOADS.filter((w) => (flags.get('workloads') ?? 'chain3,nested').split(',').includes(w.id));
  const names = (flags.get('contenders') ?? 'floor,ours,neo4j-graphql').split(',');
  const amount = Number(flags.get('requests') ?? 2000);
  const connections = Number(flags.get('connections') ?? 1);
  const rounds = Number(flags.get('rounds') ?? 3);
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri || workloads.length === 0 || !(amount > 0)) throw new Error(`BENCH_NEO4J_URI and known workloads needed\n${USAGE}`);
  const env = { NEO4J_URI: uri, NEO4J_PASSWORD: process.env.BENCH_NEO4J_PASSWORD ?? '', WORKLOADS: workloads.map((w) => w.id).join(',') };
  const log = (msg: string) => process.stderr.write(`[cpu] ${msg}\n`);
  const contenders: Contender[] = [];
  try {
    if (names.includes('floor')) {
      const traceFile = path.join(projectRoot(), 'bench', 'results', 'traces-cpu.json');
      log('recording our Cypher for the floor');
      await runNode(path.join(__dirname, '..', 'floor', 'recordTracesMain.js'), { ...env, TRACE_FILE: traceFile });
      contenders.push(await startContender('floor', path.join('..', 'floor', 'floorServerMain'), { ...env, TRACE_FILE: traceFile }));
    }
    const baseline = flags.get('baseline');
    if (baseline) contenders.push(await startContender('baseline', path.relative(__dirname, path.resolve(baseline, 'bench', 'servers', 'ourServerMain')), env));
    if (names.includes('ours')) contenders.push(await startContender('ours', 'ourServerMain', env));
    if (names.includes('neo4j-graphql')) contenders.push(await startContender('neo4j-graphql', 'neo4jGraphqlMain', env));
    const samples = new Map<string, number[]>();
    for (let round = 0; round < rounds; round++) {
      for (const w of workloads) {
        for (const c of contenders) {
          const bodies = bodiesFor(c.name, w);
          if (!bodies) continue;
          if (round === 0) await fire(c.url, bodies, connections, Math.min(500, amount)); // warm-up: JIT, pools, plan caches
          const before = cpuMs(c.pid);
          const result = await fire(c.url, bodies, connections, amount);
          const used = cpuMs(c.pid) - before;
          const bad = result.errors + result.timeouts + result.non2xx;
          if (bad > 0) throw new Error(`${c.name} ${w.id}: ${bad} failed requests`);
          const key = `${w.id}\u0000${c.name}`;
          samples.set(key, [...(samples.get(key) ?? []), used / result.requests.total]);
          log(`round ${round + 1} ${w.id} ${c.name}: ${(used / result.requests.total).toFixed(3)} CPU ms/request`);
        }
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const rows: string[][] = [];
    for (const w of workloads) {
      const floor = samples.get(`${w.id}\u0000floor`);
      for (const c of contenders) {
        const xs = samples.get(`${w.id}\u0000${c.name}`);
        if (!xs) continue;
        const m = median(xs);
        rows.push([w.id, c.name, m.toFixed(3), xs.map((x) => x.toFixed(3)).join(' '), floor ? (m - median(floor)).toFixed(3) : 'n/a']);
      }
    }
    const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    process.stdout.write(
      `${amount} requests a cell, ${connections} connection(s), ${rounds} rounds; load average ${load}\n` +
        `${formatTable(['workload', 'contender', 'cpu ms/req', 'rounds', 'minus floor'], rows)}\n`,
    );
  } finally {
    for (const c of contenders) await c.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
