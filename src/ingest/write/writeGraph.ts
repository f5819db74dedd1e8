import neo4j from 'neo4j-driver';
import { cypher, type CypherQuery } from '../../db/CypherQuery';
import type { Database } from '../../db/Database';
import type { WriteSet } from '../merge/WriteSet';
import { CITATION_SOURCE_ORDER, VOTE_SOURCE_ORDER } from '../merge/sourceRank';
import { Progress } from '../progress/Progress';
import { toCypherParams } from './toCypherParams';

export interface WriteOptions {
  batchSize: number;
  progress: NodeJS.WritableStream | null;
}

const toDate = (iso: string | null) => {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y ?? 0, m ?? 1, d ?? 1);
};

/** Rows written per step, for the summary. */
export type WriteCounts = Record<string, number>;

/** Milliseconds spent per step, for the benchmark. */
export type WriteTimings = Record<string, number>;

/**
 * Stores a write set with batched UNWIND statements, one transaction per batch, in dependency
 * order (nodes before the relationships between them). Every statement MERGEs on keys and sets
 * values that depend only on the input, so re-running a batch, or the whole run, changes nothing.
 */
export async function writeGraph(db: Database, ws: WriteSet, options: WriteOptions): Promise<{ counts: WriteCounts; timings: WriteTimings }> {
  const counts: WriteCounts = {};
  const timings: WriteTimings = {};
  const step = async <T>(label: string, query: CypherQuery, rows: T[], toParam: (row: T) => unknown, extra: Record<string, unknown> = {}, size = options.batchSize) => {
    const progress = new Progress(label, rows.length, options.progress);
    const t0 = Date.now();
    for (let i = 0; i < rows.length; i += size) {
      const batch = rows.slice(i, i + size);
      await db.writeBatch([{ query, params: toCypherParams({ rows: batch.map(toParam), ...extra }) as Record<string, unknown> }], 120_000);
      progress.tick(batch.length);
    }
    counts[label] = rows.length;
    timings[label] = Date.now() - t0;
  };
  await step('members', cypher('ingest/mergeMembers'), ws.members, (r) => r);
  await step('meetings', cypher('ingest/mergeMeetings'), ws.meetings, (r) => ({ ...r, date: toDate(r.date) }));
  await step('resolutions', cypher('ingest/mergeResolutions'), ws.resolutions, (r) => ({ ...r, date: toDate(r.date) }));
  const paragraphCount = ws.paragraphs.reduce((n, p) => n + p.paragraphs.length, 0);
  await step('paragraphs', cypher('ingest/replaceParagraphs'), ws.paragraphs, (r) => r, {}, Math.max(1, Math.floor(options.batchSize / 10)));
  counts.paragraphNodes = paragraphCount;
  await step('topics', cypher('ingest/linkTopics'), ws.topics, (r) => r);
  if (ws.topics.length > 0) await db.writeBatch([{ query: cypher('ingest/dropOrphanTopics'), params: {} }], 120_000);
  await step('adoptedAt', cypher('ingest/linkMeetings'), ws.adoptedAt, (r) => ({ ...r, date: toDate(r.date) }));
  await step('seats', cypher('ingest/mergeSeats'), ws.satOn, (r) => r, { voteOrder: [...VOTE_SOURCE_ORDER] });
  await step('citations', cypher('ingest/mergeCitations'), ws.cites, (r) => r, { sourceOrder: [...CITATION_SOURCE_ORDER] });
  return { counts, timings };
}
