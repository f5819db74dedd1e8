import { z } from 'zod';
import { cypher } from '../db/CypherQuery';
import type { QueryRunner } from '../db/Database';
import type { Logger } from '../logger';

/** One recorded change of the graph (a Dataset node), as the watcher hands it to listeners. */
export interface DataChange {
  version: number;
  finishedAt: string;
  resolutionsAdded: number[];
  resolutionsUpdated: number[];
  /** New citation edges, as [from, to]; at most DATASET_LIST_MAX of them (see `listsTruncated`). */
  citationsAdded: Array<[number, number]>;
  citationsAddedCount: number;
  listsTruncated: boolean;
}

const VersionRow = z.object({ version: z.number().int() });
const ints = z.array(z.number().int()).nullable().transform((v) => v ?? []);
const ChangeRow = z.object({
  version: z.number().int(),
  finishedAt: z.string(),
  resolutionsAdded: ints,
  resolutionsUpdated: ints,
  citationsAddedFrom: ints,
  citationsAddedTo: ints,
  citationsAdded: z.number().int().nullable(),
  listsTruncated: z.boolean().nullable(),
});

/** How many versions one poll reads at most; a server that was away longer catches up over several polls. */
const CHANGES_PER_POLL = 100;

export type DataChangeListener = (change: DataChange) => void;

/**
 * Knows the graph's current data version. It polls Neo4j (one cheap aggregate) every `intervalMs`,
 * so every replica notices an ingest made by another process, with no change-data-capture. Each
 * new version is handed to the listeners in order, once. Until the first poll answers, the version
 * is null (unknown) and nothing may be cached against it.
 */
export class DataVersionWatcher {
  private known: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private queue: Promise<void> = Promise.resolve();
  private busy = false;
  private readonly listeners = new Set<DataChangeListener>();

  constructor(
    private readonly db: QueryRunner,
    private readonly intervalMs: number,
    private readonly logger?: Logger,
  ) {}

  /** The version the last poll saw, or null before the first answer. */
  get version(): number | null {
    return this.known;
  }

  onChange(listener: DataChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.timer) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * Reads the version now. A call made while a poll is under way waits for it and then polls again,
   * so what it sees is never older than the call. Never throws: Neo4j may be down.
   */
  poll(): Promise<void> {
    this.queue = this.queue.then(() => this.pollOnce());
    return this.queue;
  }

  private tick(): void {
    if (this.busy) return; // a slow poll is not stacked with timer polls behind it
    this.busy = true;
    void this.poll().finally(() => {
      this.busy = false;
    });
  }

  private async pollOnce(): Promise<void> {
    try {
      const [row] = await this.db.read(cypher('dataset/currentVersion'), {}, VersionRow);
      const current = row?.version ?? 0;
      if (this.known === null) {
        this.known = current; // the starting point: what existed before this server is not news
        return;
      }
      let seen: number = this.known;
      while (current > seen) {
        const rows: Array<z.infer<typeof ChangeRow>> = await this.db.read(cypher('dataset/since'), { after: seen, limit: CHANGES_PER_POLL }, ChangeRow);
        if (rows.length === 0) break;
        for (const r of rows) {
          seen = r.version;
          this.known = seen;
          this.emit({
            version: r.version,
            finishedAt: r.finishedAt,
            resolutionsAdded: r.resolutionsAdded,
            resolutionsUpdated: r.resolutionsUpdated,
            citationsAdded: r.citationsAddedFrom.map((from, i) => [from, r.citationsAddedTo[i] ?? 0] as [number, number]),
            citationsAddedCount: r.citationsAdded ?? 0,
            listsTruncated: r.listsTruncated ?? false,
          });
        }
      }
      // A store that was reset (fewer versions than we knew) starts over from its own count.
      if (current < seen) this.known = current;
    } catch (err) {
      this.logger?.debug({ err: String(err) }, 'data version poll failed');
    }
  }

  private emit(change: DataChange): void {
    this.logger?.info({ version: change.version, added: change.resolutionsAdded.length, updated: change.resolutionsUpdated.length, citations: change.citationsAddedCount }, 'data version changed');
    for (const l of this.listeners) {
      try {
        l(change);
      } catch (err) {
        this.logger?.error({ err }, 'data version listener failed');
      }
    }
  }
}

/** What a subscription resolver may do with the socket it serves (the `live` of its context). */
export interface LiveSubscriber {
  watcher: DataVersionWatcher;
  /** Gives the context fresh per-event loaders, so an event never reads a previous event's cache. */
  refreshLoaders(): void;
  /** Closes the socket of a client that cannot keep up (close code 4008). */
  dropSlowClient(): void;
}
