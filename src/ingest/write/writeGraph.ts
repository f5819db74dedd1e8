import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { cypher, type CypherQuery } from '../../db/CypherQuery';
import type { Database } from '../../db/Database';
import type { SliceRows } from '../merge/buildWriteSet';
import type { CitesRow, MeetingRow, MemberRow, WriteSet } from '../merge/WriteSet';
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
 * Stores a run's rows with batched UNWIND statements, one transaction per batch, in dependency order: the
 * ingest calls `nodes` (members, meetings), then `slice` for each slice of resolutions, then `edges` for each
 * range of citing numbers, then `dropOrphanTopics` and `resolvePending` once. Every statement MERGEs on keys and
 * sets values that depend only on the input, so re-running a batch, or the whole run, changes nothing. Counts and
 * timings add up over the calls.
 */
export class GraphWriter {
  readonly counts: WriteCounts = {};
  readonly timings: WriteTimings = {};

  constructor(
    private readonly db: Database,
    private readonly options: WriteOptions,
  ) {
    // Every step reported, in write order, even when a run has no rows for it.
    for (const label of ['members', 'meetings', 'resolutions', 'paragraphs', 'paragraphNodes', 'topics', 'adoptedAt', 'seats', 'citations', 'pendingCitations', 'pendingResolved', 'pendingDropped']) {
      this.counts[label] = 0;
      if (label !== 'paragraphNodes') this.timings[label] = 0;
    }
  }

  /** Members (small) and meetings (streamed: `meetings` is read once, in batches). */
  async nodes(members: MemberRow[], meetings: Iterable<MeetingRow>, meetingCount: number): Promise<void> {
    await this.step('members', cypher('ingest/mergeMembers'), members, (r) => r, {}, this.options.batchSize, this.options.progress);
    const progress = new Progress('meetings', meetingCount, this.options.progress);
    let batch: MeetingRow[] = [];
    const flush = async () => {
      await this.step('meetings', cypher('ingest/mergeMeetings'), batch, (r) => ({ ...r, date: toDate(r.date) }));
      progress.tick(batch.length);
      batch = [];
    };
    for (const m of meetings) {
      batch.push(m);
      if (batch.length >= this.options.batchSize) await flush();
    }
    if (batch.length > 0) await flush();
  }

  /** One slice of resolutions: their nodes, paragraphs, topics, meetings and seats. */
  async slice(rows: SliceRows): Promise<void> {
    await this.step('resolutions', cypher('ingest/mergeResolutions'), rows.resolutions, (r) => ({ ...r, date: toDate(r.date) }));
    await this.step('paragraphs', cypher('ingest/replaceParagraphs'), rows.paragraphs, (r) => r, {}, Math.max(1, Math.floor(this.options.batchSize / 10)));
    this.counts.paragraphNodes = (this.counts.paragraphNodes ?? 0) + rows.paragraphs.reduce((n, p) => n + p.paragraphs.length, 0);
    await this.step('topics', cypher('ingest/linkTopics'), rows.topics, (r) => r);
    await this.step('adoptedAt', cypher('ingest/linkMeetings'), rows.adoptedAt, (r) => ({ ...r, date: toDate(r.date) }));
    await this.step('seats', cypher('ingest/mergeSeats'), rows.satOn, (r) => r, { voteOrder: [...VOTE_SOURCE_ORDER] });
  }

  /** Topics no resolution links to any more (after every slice's links were replaced). */
  async dropOrphanTopics(): Promise<void> {
    await this.db.writeBatch([{ query: cypher('ingest/dropOrphanTopics'), params: {} }], 120_000);
  }

  /** The settled citations of one range of citing numbers. */
  async edges(rows: Pick<WriteSet, 'cites' | 'pending'>): Promise<void> {
    await this.step('citations', cypher('ingest/mergeCitations'), rows.cites, (r) => r, { sourceOrder: [...CITATION_SOURCE_ORDER] });
    await this.step('pendingCitations', cypher('ingest/mergePendingCitations'), rows.pending, (r) => r);
  }

  /**
   * Pending citations of this run or of any earlier one (a page ingested while the corpus was loading) whose
   * resolutions are all in the graph now become edges. Whichever of two overlapping runs ends last sees both ends.
   */
  async resolvePending(): Promise<void> {
    const ready = await this.db.read(cypher('ingest/readyPendingCitations'), {}, ReadyPending);
    const edges = pendingEdges(ready.filter((r) => r.valid));
    const progress = this.options.progress;
    await this.step('pendingResolved', cypher('ingest/mergeCitations'), edges, (r) => r, { sourceOrder: [...CITATION_SOURCE_ORDER] }, this.options.batchSize, progress);
    await this.step('pendingDropped', cypher('ingest/dropPendingCitations'), ready.map((r) => r.key), (k) => k, {}, this.options.batchSize, progress);
  }

  /** Writes `rows` in batches; a progress line only when `stream` is given (slices report their own). */
  private async step<T>(label: string, query: CypherQuery, rows: T[], toParam: (row: T) => unknown, extra: Record<string, unknown> = {}, size = this.options.batchSize, stream: NodeJS.WritableStream | null = null): Promise<void> {
    const progress = new Progress(label, rows.length, stream);
    const t0 = Date.now();
    for (let i = 0; i < rows.length; i += size) {
      const batch = rows.slice(i, i + size);
      await this.db.writeBatch([{ query, params: toCypherParams({ rows: batch.map(toParam), ...extra }) as Record<string, unknown> }], 120_000);
      progress.tick(batch.length);
    }
    this.counts[label] = (this.counts[label] ?? 0) + rows.length;
    this.timings[label] = (this.timings[label] ?? 0) + Date.now() - t0;
  }
}
