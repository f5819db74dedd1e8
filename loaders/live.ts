import { z } from 'zod';
import { cypher, withRowKeys } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import { citationItemRow, citationSummary, SUMMARY_EDGE_KEYS, type CitationSummary } from './citations';
import { resolutionRow } from './resolutionRow';

/** The live domain's reads: the current data version, and what a subscription event needs. */

const DataVersionRow = z.object({
  version: z.number().int(),
  finishedAt: z.string(),
  resolutionsAdded: z.number().int().nullable(),
  resolutionsUpdated: z.number().int().nullable(),
  citationsAdded: z.number().int().nullable(),
  listsTruncated: z.boolean().nullable(),
});
export type DataVersionRow = z.infer<typeof DataVersionRow>;

const NumberRow = z.object({ number: z.number().int() });
const CitationRow = z.object({ citation: citationItemRow.shape.citation });
export type CitationEdgeRow = CitationSummary;

/** The newest Dataset node, or null while no ingest has recorded a change. */
export async function readDataVersion(db: QueryRunner): Promise<DataVersionRow | null> {
  const [row] = await db.read(cypher('live/dataVersion'), {}, DataVersionRow);
  return row ?? null;
}

/** Which of `numbers` match the `$filter` map of a ResolutionFilter (see toFilterParams). */
export async function readAddedMatching(db: QueryRunner, numbers: number[], filter: Record<string, unknown>): Promise<number[]> {
  const rows = await db.read(cypher('live/addedMatching'), { numbers, filter }, NumberRow);
  return rows.map((r) => r.number);
}

/** The verb, paragraph and context of the edge from → to, or null when it is gone. */
export async function readCitationEdge(db: QueryRunner, from: number, to: number): Promise<CitationEdgeRow | null> {
  const [row] = await db.read(cypher('live/citation'), { from, to, edgeKeys: SUMMARY_EDGE_KEYS }, CitationRow);
  return row ? citationSummary(row.citation) : null;
}

/** The Resolution row keys the cited-by feed shows, besides `number` (and `year`, always read). */
const FEED_RESOLUTION_KEYS: ReadonlySet<string> = new Set(['symbol', 'title', 'date']);
const feedResolution = resolutionRow.pick({ number: true, symbol: true, title: true, date: true }).required();
const CitedByFeedQueryRow = resolutionRow.pick({ number: true, symbol: true, title: true }).required().extend({
  citing: z.array(z.object({ resolution: feedResolution, citation: citationItemRow.shape.citation })),
});

/** The cited-by feed: the cited resolution, and each citing one with its edge's verb, paragraph and context. */
export interface CitedByFeedRow {
  number: number;
  symbol: string;
  title: string | null;
  citing: Array<z.infer<typeof feedResolution> & CitationEdgeRow>;
}

/** Resolution `number` and the newest `limit` resolutions citing it, newest first; null for an unknown number. */
export async function readCitedByFeed(db: QueryRunner, number: number, limit: number): Promise<CitedByFeedRow | null> {
  const query = withRowKeys(cypher('feed/citedBy'), { resolution: FEED_RESOLUTION_KEYS });
  const [row] = await db.read(query, { number, limit, edgeKeys: SUMMARY_EDGE_KEYS }, CitedByFeedQueryRow);
  if (!row) return null;
  return { number: row.number, symbol: row.symbol, title: row.title, citing: row.citing.map((c) => ({ ...c.resolution, ...citationSummary(c.citation) })) };
}
