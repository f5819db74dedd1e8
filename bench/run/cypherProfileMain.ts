import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { queryFromName } from '../floor/queryFromName';
import { decodeParams, type QueryTrace } from '../floor/QueryTrace';
import { formatTable } from '../lib/formatTable';

interface Plan {
  dbHits?: number | { toNumber(): number };
  children?: Plan[];
}

const hits = (p: Plan): number => (typeof p.dbHits === 'number' ? p.dbHits : (p.dbHits?.toNumber() ?? 0)) + (p.children ?? []).reduce((s, c) => s + hits(c), 0);

/**
 * `NEO4J_URI=... NEO4J_PASSWORD=... node dist/bench/run/cypherProfileMain.js bench/results/traces-ours.json`:
 * runs every recorded query of each workload's first variant under Cypher `PROFILE` and prints
 * its database hits, rows and server time. The query text is the file's, unchanged, behind the
 * PROFILE keyword; parameters are the recorded ones.
 */
async function main(): Promise<void> {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error('usage: cypherProfileMain TRACE_FILE');
  const traces = (JSON.parse(fs.readFileSync(file, 'utf8')) as QueryTrace[]).filter((t) => t.variant === 0);
  const driver = neo4j.driver(process.env.NEO4J_URI ?? '', neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? ''));
  const rows: string[][] = [];
  try {
    for (const t of traces) {
      const seen = new Set<string>();
      for (const q of t.waves.flat()) {
        if (seen.has(q.name)) continue;
        seen.add(q.name);
        const text = `PROFILE ${queryFromName(q.name).text}`;
        const r = await driver.executeQuery(text, decodeParams(q.params) as Record<string, unknown>, { database: 'neo4j', routing: neo4j.routing.READ });
        const s = r.summary;
        const ms = (s.resultAvailableAfter?.toNumber?.() ?? 0) + (s.resultConsumedAfter?.toNumber?.() ?? 0);
        rows.push([t.workload, q.name, String(hits(s.profile as unknown as Plan)), String(r.records.length), String(ms)]);
      }
    }
  } finally {
    await driver.close();
  }
  process.stdout.write(`${formatTable(['workload', 'query', 'db hits', 'rows', 'server ms'], rows)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
