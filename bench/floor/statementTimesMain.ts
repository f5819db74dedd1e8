import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { percentile } from '../lib/percentile';
import { formatTable } from '../lib/formatTable';
import { queryFromName } from './queryFromName';
import { decodeParams, type QueryTrace } from './QueryTrace';

/** One contender: a label and its traces, each statement's text resolved (from the trace, or from our files now). */
interface Contender {
  label: string;
  plans: Map<string, Array<Array<{ text: string; params: Record<string, unknown> }>>>;
}

function load(spec: string): Contender {
  const eq = spec.indexOf('=');
  if (eq < 1) throw new Error(`"${spec}" is not label=traceFile`);
  const traces = JSON.parse(fs.readFileSync(spec.slice(eq + 1), 'utf8')) as QueryTrace[];
  const skip = new Set((process.env.SKIP ?? '').split(',').filter(Boolean));
  return {
    label: spec.slice(0, eq),
    plans: new Map(
      traces.map((t) => [
        `${t.workload}/${t.variant}`,
        t.waves.map((wave) => wave.filter((q) => !skip.has(q.name)).map((q) => ({ text: q.text ?? queryFromName(q.name).text, params: decodeParams(q.params) as Record<string, unknown> }))),
      ]),
    ),
  };
}

/**
 * `node dist/bench/floor/statementTimesMain.js label=traces.json label=traces.json ...` (env NEO4J_URI,
 * NEO4J_PASSWORD, ROUNDS, SKIP): replays the recorded statements of each contender as the floor server does
 * (each an auto-commit read, a wave's in parallel, records decoded and turned to JSON), interleaved: every
 * round runs each workload variant once per contender, the contenders in a rotating order, one request at a
 * time. Prints per workload and contender the p50 and p90 of the client's time and the mean of the server's
 * own (resultAvailableAfter + resultConsumedAfter, whole milliseconds, summed over the statements), and each contender's p50
 * against the first one's. A trace without `text` is resolved from the current cypher/ files, so
 * `freezeTracesMain` keeps an old build's texts for a before/after comparison.
 */
async function main(): Promise<void> {
  const contenders = process.argv.slice(2).map(load);
  const rounds = Number(process.env.ROUNDS ?? 200);
  const driver = neo4j.driver(process.env.NEO4J_URI ?? '', neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? ''), { maxConnectionPoolSize: 50, disableLosslessIntegers: true });
  const keys = [...contenders[0]!.plans.keys()].filter((k) => contenders.every((c) => c.plans.has(k)));
  const workloads = [...new Set(keys.map((k) => k.split('/')[0]!))];
  const client = new Map<string, number[]>();
  const server = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, v: number) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  const run = async (text: string, params: Record<string, unknown>) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: 'neo4j' });
    try {
      return await session.run(text, params);
    } finally {
      await session.close();
    }
  };
  try {
    for (let round = -3; round < rounds; round++) {
      for (const key of keys) {
        for (let i = 0; i < contenders.length; i++) {
          const c = contenders[(i + round + contenders.length * 10) % contenders.length]!;
          const start = performance.now();
          let serverMs = 0;
          for (const wave of c.plans.get(key)!) {
            const results = await Promise.all(wave.map((q) => run(q.text, q.params)));
            JSON.stringify(results.map((r) => r.records.map((rec) => rec.toObject())));
            for (const r of results) serverMs += Number(r.summary.resultAvailableAfter) + Number(r.summary.resultConsumedAfter);
          }
          // The first three rounds warm the plan caches and the JIT; they are not counted.
          if (round < 0) continue;
          const w = key.split('/')[0]!;
          push(client, `${w} ${c.label}`, performance.now() - start);
          push(server, `${w} ${c.label}`, serverMs);
        }
      }
    }
  } finally {
    await driver.close();
  }
  const p = (m: Map<string, number[]>, k: string, q: number) => percentile([...(m.get(k) ?? [])].sort((a, b) => a - b), q);
  const rows = workloads.flatMap((w) =>
    contenders.map((c) => {
      const k = `${w} ${c.label}`;
      const base = `${w} ${contenders[0]!.label}`;
      return [w, c.label, String(count(client, k)), p(client, k, 50).toFixed(2), p(client, k, 90).toFixed(2), (p(client, k, 50) / p(client, base, 50)).toFixed(2), mean(server, k).toFixed(2)];
    }),
  );
  process.stdout.write(`${formatTable(['workload', 'contender', 'n', 'p50 ms', 'p90 ms', 'p50 ÷ first', 'server mean ms'], rows)}\n`);
}

const mean = (map: Map<string, number[]>, k: string) => (map.get(k) ?? []).reduce((a, b) => a + b, 0) / count(map, k);
const count = (map: Map<string, number[]>, k: string) => map.get(k)?.length ?? 0;

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
