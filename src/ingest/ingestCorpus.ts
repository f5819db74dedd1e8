import { z } from 'zod';
import { cypher } from '../db/CypherQuery';
import type { Database } from '../db/Database';
import type { Logger } from '../logger';
import { detectInputs } from './detect/detectInputs';
import { extractMandates, writeMandates } from './extract/missionsIngest';
import { readDatasetBaseline, recordDataset, type DatasetChange } from './dataset/recordDataset';
import { writeDerived } from './derive/writeDerived';
import { SUMMARY_MAX_ITEMS, type IngestSummary } from './IngestSummary';
import { buildWriteSet, type ExistingResolution, type StoredText } from './merge/buildWriteSet';
import type { IngestRecord } from './model/IngestRecord';
import type { Skipped } from './model/Skipped';
import { parseFile } from './parsers/parseFile';
import { Progress } from './progress/Progress';
import { readGraphCounts } from './readGraphCounts';
import { toCypherParams } from './write/toCypherParams';
import { writeGraph } from './write/writeGraph';

export interface IngestOptions {
  /** Files and folders; layouts are detected. */
  paths: string[];
  /** Null only with dryRun: validates without a database. */
  db: Database | null;
  dryRun?: boolean;
  batchSize?: number;
  /** Where the progress bar goes (stderr in the CLI); null for none. */
  progress?: NodeJS.WritableStream | null;
  logger?: Logger;
}

const CatalogueRow = z.object({ number: z.number().int(), year: z.number().int().nullable(), provenance: z.string().nullable() });
const TextRow = z.object({ number: z.number().int(), year: z.number().int().nullable(), text: z.string(), others: z.array(z.string()) });

const reasonKey = (reason: string) => reason.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N');
const tally = (keys: string[]) => keys.reduce<Record<string, number>>((acc, k) => ((acc[k] = (acc[k] ?? 0) + 1), acc), {});

/**
 * Ingests files and folders into the graph: detect layouts, parse, merge, clean, extract citations,
 * write in batches (one transaction each), then recompute the derived values over the whole graph.
 * Bad records are skipped and reported; only database failures throw.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const dryRun = options.dryRun ?? false;
  const progress = options.progress ?? null;
  const batchSize = options.batchSize ?? 1000;
  if (!dryRun && !options.db) throw new Error('ingestCorpus needs a database unless dryRun is set');

  const detected = detectInputs(options.paths);
  const skipped: Skipped[] = [...detected.skipped];
  const records: IngestRecord[] = [];
  const files: IngestSummary['files'] = [];
  const parsing = new Progress('parse', detected.files.length, progress);
  for (const f of detected.files) {
    const result = parseFile(f.path, f.layout);
    // A loop, not push(...spread): a million-row file (the 100x bench corpus) overflows the call stack.
    for (const r of result.records) records.push(r);
    for (const s of result.skipped) skipped.push(s);
    files.push({ path: f.path, layout: f.layout, records: result.records.length, skipped: result.skipped.length });
    options.logger?.debug({ file: f.path, layout: f.layout, records: result.records.length, skipped: result.skipped.length }, 'parsed');
    parsing.tick(1);
  }

  const existing = new Map<number, ExistingResolution>();
  let storedTexts: StoredText[] = [];
  const db = dryRun ? null : options.db;
  if (db) {
    for (const r of await db.read(cypher('ingest/catalogue'), {}, CatalogueRow)) existing.set(r.number, { year: r.year, provenance: r.provenance });
    const numbers = [...new Set(records.flatMap((r) => (r.kind === 'resolution' ? [r.resolution.number] : [])))].sort((a, b) => a - b);
    if (numbers.length > 0 && existing.size > 0) {
      const params = toCypherParams({ numbers, minNumber: numbers[0] }) as Record<string, unknown>;
      storedTexts = await db.read(cypher('ingest/storedTexts'), params, TextRow);
    }
  }

  const built = buildWriteSet(records, existing, storedTexts);
  for (const s of built.skipped) skipped.push(s); // a loop: a spread of a million overflows the stack
  let written: Record<string, number> = {};
  let graph: IngestSummary['graph'] = null;
  let pageRankIterations: number | null = null;
  let timings: Record<string, number> = {};
  let dataset: DatasetChange | null = null;
  if (db) {
    const t0 = Date.now();
    const baseline = await readDatasetBaseline(db, built.writeSet);
    const result = await writeGraph(db, built.writeSet, { batchSize, progress });
    written = result.counts;
    timings = { ...result.timings };
    timings.prepare = t0 - started;
    const tm = Date.now();
    Object.assign(written, await writeMandates(db, built.writeSet, extractMandates(built.writeSet), batchSize));
    timings.mandates = Date.now() - tm;
    const t1 = Date.now();
    const derived = await writeDerived(db, batchSize);
    timings.derived = Date.now() - t1;
    pageRankIterations = derived.iterations;
    // Last, after the derived values: a server that sees the new version reads a finished graph.
    const t2 = Date.now();
    dataset = await recordDataset(db, baseline, built.writeSet);
    timings.dataset = Date.now() - t2;
    graph = await readGraphCounts(db);
  }
  const durationMs = Date.now() - started;
  const rows = Object.entries(written).reduce((n, [k, v]) => (k === 'paragraphs' ? n : n + v), 0);
  return {
    dryRun,
    durationMs,
    files,
    records: tally(records.map((r) => r.kind)),
    written,
    rowsPerSecond: durationMs > 0 ? Math.round((rows * 1000) / durationMs) : 0,
    graph,
    citationsInRun: tally(built.writeSet.cites.map((c) => c.source)),
    skipped: { count: skipped.length, byReason: tally(skipped.map((s) => reasonKey(s.reason))), items: skipped.slice(0, SUMMARY_MAX_ITEMS) },
    rejectedMentions: { count: built.rejectedMentions.length, byReason: tally(built.rejectedMentions.map((r) => reasonKey(r.reason))), items: built.rejectedMentions.slice(0, SUMMARY_MAX_ITEMS) },
    conflicts: built.conflicts,
    timingsMs: timings,
    pageRankIterations,
    dataset: dataset && { version: dataset.version, finishedAt: dataset.finishedAt, resolutionsAdded: dataset.resolutionsAdded.length, resolutionsUpdated: dataset.resolutionsUpdated.length, citationsAdded: dataset.citationsAdded },
  };
}
