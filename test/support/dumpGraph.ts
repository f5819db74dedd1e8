import { z } from 'zod';
import type { Database } from '../../src/db/Database';

const q = (name: string, text: string) => ({ name: `test/dump/${name}`, text });

/**
 * Everything in the graph as sorted lines, one per node and relationship, with properties in key
 * order: two graphs have identical counts and properties exactly when their dumps are equal.
 * Dataset nodes are left out: they log the ingest runs (src/ingest/dataset), and two histories that
 * end in the same graph (a clean run; a killed run and its rerun) log different runs.
 */
export async function dumpGraph(db: Database): Promise<string[]> {
  const nodes = await db.read(q('nodes', 'MATCH (n) WHERE NOT n:Dataset RETURN labels(n) AS labels, properties(n) AS props'), {}, z.object({ labels: z.array(z.string()), props: z.record(z.string(), z.unknown()) }));
  const rels = await db.read(
    q('rels', 'MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, coalesce(a.number, a.code, a.id) AS from, coalesce(b.number, b.symbol, b.key, b.id) AS to'),
    {},
    z.object({ type: z.string(), props: z.record(z.string(), z.unknown()), from: z.unknown(), to: z.unknown() }),
  );
  const sorted = (o: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))));
  return [...nodes.map((n) => `${n.labels.join(':')} ${sorted(n.props)}`), ...rels.map((r) => `${r.type} ${JSON.stringify(r.from)}->${JSON.stringify(r.to)} ${sorted(r.props)}`)].sort();
}
