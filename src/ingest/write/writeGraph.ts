import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { cypher, type CypherQuery } from '../../db/CypherQuery';
import type { Database } from '../../db/Database';
import type { CitesRow, WriteSet } from '../merge/WriteSet';
import { CITATION_SOURCE_ORDER, sortSources, VOTE_SOURCE_ORDER } from '../merge/sourceRank';
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

const ReadyPending = z.object({
  key: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  source: z.string(),
  verb: z.string().nullable(),
  paragraph: z.string().nullable(),
  context: z.string().nullable(),
  mentions: z.number().int(),
  valid: z.boolean(),
});

/**
 * One row per ordered pair (mergeCitations reads an edge's sources once per batch, so two rows of one pair in
 * a batch would not unite): every source, and the details of the best one, or of the text for verb and paragraph.
 */
function pendingEdges(rows: Array<z.infer<typeof ReadyPending>>): CitesRow[] {
  const byPair = new Map<string, Array<z.infer<typeof ReadyPending>>>();
  for (const r of rows) byPair.set(`${r.from}>${r.to}`, [...(byPair.get(`${r.from}>${r.to}`) ?? []), r]);
  return [...byPair.values()].map((group) => {
    const sources = sortSources(group.map((g) => g.source));
    const best = group.find((g) => g.source === sources[0]) ?? group[0]!;
    const text = group.find((g) => g.source === 'text');
    return {
      from: best.from,
      to: best.to,
      source: best.source,
      sources,
      verb: text?.verb ?? best.verb,
      paragraph: text?.paragraph ?? best.paragraph,
      context: best.context ?? text?.context ?? null,
      mentions: text?.mentions ?? 0,
    };
  });
}

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
  await step('pendingCitations', cypher('ingest/mergePendingCitations'), ws.pending, (r) => r);
  // Pending citations of this run or of any earlier one (a page ingested while the corpus was loading) whose
  // resolutions are all in the graph now become edges. Whichever of two overlapping runs ends last sees both ends.
  const ready = await db.read(cypher('ingest/readyPendingCitations'), {}, ReadyPending);
  const edges = pendingEdges(ready.filter((r) => r.valid));
  await step('pendingResolved', cypher('ingest/mergeCitations'), edges, (r) => r, { sourceOrder: [...CITATION_SOURCE_ORDER] });
  await step('pendingDropped', cypher('ingest/dropPendingCitations'), ready.map((r) => r.key), (k) => k);
  return { counts, timings };
}
