import { createDatabase } from '../../src/app/startApp';
import { loadConfig, type Config } from '../../src/config/loadConfig';
import { createApolloServer } from '../../src/graphql/createApolloServer';
import { createContext } from '../../src/graphql/Context';
import { createLogger } from '../../src/logger';
import { formatTable } from '../lib/formatTable';
import { parseArgs } from '../lib/parseArgs';
import { WORKLOADS } from '../workloads/workloads';

const USAGE = `node dist/bench/run/executorCpuMain.js [--workloads nested,chain3,list50,searchPlain] [--batch 25] [--pairs 40] [--warm 200]
  (env: BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD)`;

const EXECUTORS = ['graphql-js', 'compiled'] as const;

/**
 * CPU microseconds per operation of our server's GraphQL layer with each executor (GRAPHQL_EXECUTOR), in one
 * process over one driver: Apollo's pipeline, the resolvers, the loaders, the driver and the row checks, without
 * HTTP (the same for both). Batches of `--batch` operations alternate between the two executors `--pairs` times,
 * and each batch's `process.cpuUsage()` (microseconds, where /proc's ticks are 10 ms) is divided by its size: on a
 * shared machine the neighbours slow both executors alike within a pair, so the median of the paired differences
 * is the figure to read. Operations run one at a time, as from one connection.
 */
async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  if (flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri) throw new Error(`BENCH_NEO4J_URI needed\n${USAGE}`);
  const ids = (flags.get('workloads') ?? 'nested,chain3,list50,searchPlain').split(',');
  const batch = Number(flags.get('batch') ?? 25);
  const pairs = Number(flags.get('pairs') ?? 40);
  const warm = Number(flags.get('warm') ?? 200);
  const configOf = (executor: string): Config =>
    loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', AUTO_INGEST: 'false', QUERY_MAX_COST: '10000000', NEO4J_URI: uri, NEO4J_PASSWORD: process.env.BENCH_NEO4J_PASSWORD ?? '', GRAPHQL_EXECUTOR: executor });
  const logger = createLogger('silent');
  const db = createDatabase(configOf('graphql-js'), logger);
  const servers = await Promise.all(
    EXECUTORS.map(async (executor) => {
      const config = configOf(executor);
      const apollo = createApolloServer(config);
      await apollo.start();
      return { executor, config, apollo };
    }),
  );
  const rows: string[][] = [];
  try {
    for (const id of ids) {
      const w = WORKLOADS.find((x) => x.id === id);
      if (!w) throw new Error(`unknown workload ${id}`);
      let n = 0;
      const runOne = async (s: (typeof servers)[number]) => {
        const variables = w.variants[n++ % w.variants.length]!;
        const res = await s.apollo.executeOperation({ query: w.query, variables }, { contextValue: createContext(db, s.config, logger, 'bench') });
        if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(`${s.executor} ${id}: ${JSON.stringify(res.body)}`);
      };
      for (const s of servers) for (let i = 0; i < warm; i++) await runOne(s);
      const perOp = new Map<string, number[]>(EXECUTORS.map((e) => [e, []]));
      const diffs: number[] = [];
      for (let p = 0; p < pairs; p++) {
        // Alternate which executor goes first, so neither always follows the other's garbage.
        const order = p % 2 === 0 ? servers : [...servers].reverse();
        const pair = new Map<string, number>();
        for (const s of order) {
          const before = process.cpuUsage();
          for (let i = 0; i < batch; i++) await runOne(s);
          const used = process.cpuUsage(before);
          const us = (used.user + used.system) / batch;
          perOp.get(s.executor)!.push(us);
          pair.set(s.executor, us);
        }
        diffs.push(pair.get('compiled')! - pair.get('graphql-js')!);
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const js = median(perOp.get('graphql-js')!);
      const jit = median(perOp.get('compiled')!);
      const d = median(diffs);
      const faster = diffs.filter((x) => x < 0).length;
      rows.push([id, js.toFixed(0), jit.toFixed(0), d.toFixed(0), `${((100 * d) / js).toFixed(1)}%`, `${faster}/${diffs.length}`]);
      process.stderr.write(`[executor-cpu] ${id} done\n`);
    }
  } finally {
    for (const s of servers) await s.apollo.stop();
    await db.close();
  }
  const load = (await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  process.stdout.write(
    `${batch} operations a batch, ${pairs} pairs of batches, one at a time; load average ${load}\n` +
      `${formatTable(['workload', 'graphql-js µs/op', 'compiled µs/op', 'median paired diff µs', 'diff ÷ graphql-js', 'pairs compiled cheaper'], rows)}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
