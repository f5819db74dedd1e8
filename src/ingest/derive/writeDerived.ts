import { z } from 'zod';
import { cypher } from '../../db/CypherQuery';
import type { Database } from '../../db/Database';
import { toCypherParams } from '../write/toCypherParams';
import { pageRank } from './pageRank';

const PairRow = z.object({ number: z.number().int(), cites: z.array(z.number().int()) });
const ChangedRow = z.object({ changed: z.number().int() });

/**
 * Recomputes, from the whole graph, each resolution's citesCount, citedByCount, influence (PageRank over CITES,
 * damping 0.85) and `citedAs` (the text around its citations, which plain-words search ranks with: see
 * cypher/ingest/writeCitedAs.cypher), and stores them in batches. Run at the end of every ingest; it depends only
 * on the graph, so it is idempotent. `citedAsChanged` counts the resolutions whose `citedAs` changed (only those
 * are written, and re-indexed).
 */
export async function writeDerived(db: Database, batchSize: number): Promise<{ resolutions: number; iterations: number; citedAsChanged: number }> {
  const rows = await db.read(cypher('ingest/citationPairs'), {}, PairRow);
  const out = new Map(rows.map((r) => [r.number, r.cites]));
  const citedBy = new Map<number, number>();
  for (const r of rows) for (const t of new Set(r.cites)) citedBy.set(t, (citedBy.get(t) ?? 0) + 1);
  const { rank, iterations } = pageRank(out);
  const updates = rows.map((r) => ({ number: r.number, citesCount: new Set(r.cites).size, citedByCount: citedBy.get(r.number) ?? 0, influence: rank.get(r.number) ?? 0 }));
  for (let i = 0; i < updates.length; i += batchSize) {
    await db.writeBatch([{ query: cypher('ingest/writeDerived'), params: toCypherParams({ rows: updates.slice(i, i + batchSize) }, new Set(['influence'])) as Record<string, unknown> }]);
  }
  let citedAsChanged = 0;
  for (let i = 0; i < rows.length; i += batchSize) {
    const numbers = rows.slice(i, i + batchSize).map((r) => r.number);
    const [row] = await db.write(cypher('ingest/writeCitedAs'), toCypherParams({ numbers }) as Record<string, unknown>, ChangedRow);
    citedAsChanged += row?.changed ?? 0;
  }
  return { resolutions: updates.length, iterations, citedAsChanged };
}
