import fs from 'node:fs';
import neo4j, { type Session } from 'neo4j-driver';
import { decodeParams, type QueryTrace, type TracedQuery } from './QueryTrace';
import { queryFromName } from './queryFromName';

/** One operator of a PROFILE plan, with the db hits and rows it reported, summed over the variants. */
interface OperatorTotals {
  dbHits: number;
  rows: number;
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function addOperators(plan: PlanNode, into: Map<string, OperatorTotals>): void {
  const details = typeof plan.arguments.Details === 'string' ? plan.arguments.Details.slice(0, 70) : '';
  const key = `${plan.operatorType}${details ? ` ${details}` : ''}`;
  const t = into.get(key) ?? { dbHits: 0, rows: 0 };
  t.dbHits += plan.dbHits;
  t.rows += plan.rows;
  into.set(key, t);
  for (const c of plan.children) addOperators(c, into);
}

function totalHits(plan: PlanNode): number {
  return plan.dbHits + plan.children.reduce((s, c) => s + totalHits(c), 0);
}

async function profileOne(session: Session, q: TracedQuery, operators: Map<string, OperatorTotals>): Promise<{ dbHits: number; bytes: number; records: number }> {
  const text = q.text ?? queryFromName(q.name).text;
  // The peer's text starts with `CYPHER 5`; PROFILE goes after that prefix.
  const profiled = text.startsWith('CYPHER 5') ? text.replace(/^CYPHER 5/, 'CYPHER 5 PROFILE') : `PROFILE ${text}`;
  const result = await session.run(profiled, decodeParams(q.params) as Record<string, unknown>);
  const plan = result.summary.profile as unknown as PlanNode;
  addOperators(plan, operators);
  // Bytes as the floor server answers them: the records as JSON.
  const bytes = Buffer.byteLength(JSON.stringify(result.records.map((r) => r.toObject()), (_k, v: unknown) => (neo4j.isInt(v) ? v.toNumber() : v)));
  return { dbHits: totalHits(plan), bytes, records: result.records.length };
}

/**
 * Profiles the recorded statements of TRACE_FILE (floor traces from recordTracesMain or
 * recordPeerTracesMain) on NEO4J_URI: per statement name, the db hits, records and JSON bytes summed
 * over the variants, and the db hits and rows of each operator. Counts, not times: they hold on a loaded
 * machine. Statements named in SKIP (comma list, e.g. dataset/currentVersion) are left out.
 */
async function main(): Promise<void> {
  const traces = JSON.parse(fs.readFileSync(process.env.TRACE_FILE ?? '', 'utf8')) as QueryTrace[];
  const skip = new Set((process.env.SKIP ?? '').split(',').filter(Boolean));
  const driver = neo4j.driver(process.env.NEO4J_URI ?? '', neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? ''));
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const operators = new Map<string, OperatorTotals>();
  try {
    for (const trace of traces) {
      for (const q of trace.waves.flat()) {
        if (skip.has(q.name)) continue;
        const r = await profileOne(session, q, operators);
        process.stdout.write(`${trace.workload}/${trace.variant} ${q.name}: ${r.dbHits} db hits, ${r.records} records, ${r.bytes} bytes\n`);
      }
    }
    process.stdout.write('\noperator (summed over variants): db hits, rows\n');
    for (const [k, t] of [...operators].sort((a, b) => b[1].dbHits - a[1].dbHits)) process.stdout.write(`${String(t.dbHits).padStart(8)} ${String(t.rows).padStart(7)}  ${k}\n`);
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
