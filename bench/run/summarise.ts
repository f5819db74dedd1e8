import { formatTable } from '../lib/formatTable';
import type { BenchRecord } from './BenchRecord';

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');

/**
 * The per-workload tables: req/s, p50, p99, errors, round trips, and the ratios the issue asks for —
 * p50 against the raw-driver floor, req/s against our server.
 */
export function summarise(records: BenchRecord[]): string {
  const out: string[] = [];
  const workloads = [...new Set(records.map((r) => r.workload))];
  for (const w of workloads) {
    const rows: string[][] = [];
    const mine = records.filter((r) => r.workload === w);
    for (const c of [...new Set(mine.map((r) => r.connections))]) {
      const at = mine.filter((r) => r.connections === c);
      const floor = at.find((r) => r.contender === 'floor');
      const ours = at.find((r) => r.contender === 'ours');
      for (const r of at) {
        rows.push([
          r.contender,
          String(c),
          f1(r.rps),
          f2(r.p50),
          f2(r.p99),
          String(r.errors),
          r.roundTrips === null ? 'n/a' : f1(r.roundTrips),
          floor ? f2(r.p50 / floor.p50) : 'n/a',
          ours ? f2(r.rps / ours.rps) : 'n/a',
        ]);
      }
    }
    out.push(`\n${w}\n${formatTable(['contender', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'cypher/op', 'p50÷floor', 'req/s÷ours'], rows)}`);
  }
  return out.join('\n');
}
