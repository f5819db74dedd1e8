import { z } from 'zod';
import { cypher } from '../db/CypherQuery';
import type { Database } from '../db/Database';
import type { IngestSummary } from './IngestSummary';

/** Counts of the whole graph for the summary: nodes by label, relationships by type, citations by source. */
export async function readGraphCounts(db: Database): Promise<NonNullable<IngestSummary['graph']>> {
  const labels = await db.read(cypher('ingest/labelCounts'), {}, z.object({ label: z.string(), count: z.number() }));
  const rels = await db.read(cypher('ingest/relationshipCounts'), {}, z.object({ type: z.string(), count: z.number() }));
  const bySource = await db.read(cypher('ingest/citationsBySource'), {}, z.object({ preferred: z.string(), source: z.string(), count: z.number() }));
  const preferred: Record<string, number> = {};
  const any: Record<string, number> = {};
  for (const r of bySource) {
    any[r.source] = (any[r.source] ?? 0) + r.count;
    if (r.source === r.preferred) preferred[r.preferred] = (preferred[r.preferred] ?? 0) + r.count;
  }
  return {
    labels: Object.fromEntries(labels.map((l) => [l.label, l.count])),
    relationships: Object.fromEntries(rels.map((r) => [r.type, r.count])),
    citationsByPreferredSource: preferred,
    citationsByAnySource: any,
  };
}
