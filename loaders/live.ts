import { z } from 'zod';
import { cypher } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';

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
const CitationRow = z.object({ verb: z.string().nullable(), paragraph: z.string().nullable(), context: z.string().nullable() });
export type CitationEdgeRow = z.infer<typeof CitationRow>;

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
  const [row] = await db.read(cypher('live/citation'), { from, to }, CitationRow);
  return row ?? null;
}

const FeedEntryRow = z.object({
  number: z.number().int(),
  symbol: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  verb: z.string().nullable(),
  paragraph: z.string().nullable(),
  context: z.string().nullable(),
});
const CitedByFeedRow = z.object({ number: z.number().int(), symbol: z.string(), title: z.string().nullable(), citing: z.array(FeedEntryRow) });
export type CitedByFeedRow = z.infer<typeof CitedByFeedRow>;

/** Resolution `number` and the newest `limit` resolutions citing it, newest first; null for an unknown number. */
export async function readCitedByFeed(db: QueryRunner, number: number, limit: number): Promise<CitedByFeedRow | null> {
  const [row] = await db.read(cypher('feed/citedBy'), { number, limit }, CitedByFeedRow);
  return row ?? null;
}
