import { z } from 'zod';
import { rebuildIndex } from '../db/applySchema';
import { cypher } from '../db/CypherQuery';
import type { Database } from '../db/Database';
import type { Logger } from '../logger';
import { byMention, byPlace, CappedReport } from './CappedReport';
import { detectInputs } from './detect/detectInputs';
import { mandateDoc, mandateExtractor, writeMandates } from './extract/missionsIngest';
import type { MandateDoc } from './extract/missionsText';
import { contentHashes, readDatasetBaseline, recordDataset, type DatasetChange } from './dataset/recordDataset';
import { writeDerived } from './derive/writeDerived';
import type { IngestSummary } from './IngestSummary';
import { buildSlice, catalogueOf, councilOf, datasetEdges, settleEdges, storedTextEdges, type BuildContext, type EdgeEvidence, type ExistingResolution, type PlacedCitation, type StoredText } from './merge/buildWriteSet';
import { mergeResolutions } from './merge/mergeResolutions';
import type { MeetingRow } from './merge/WriteSet';
import { normaliseTopicName } from './merge/topicName';
import type { MembershipInput, ResolutionInput } from './model/IngestRecord';
import type { Skipped } from './model/Skipped';
import { parseFileInto } from './parsers/parseFile';
import { Progress } from './progress/Progress';
import { readGraphCounts } from './readGraphCounts';
import { SpoolDir } from './spool/Spool';
import { toCypherParams } from './write/toCypherParams';
import { GraphWriter } from './write/writeGraph';

export interface IngestOptions {
  /** Files and folders; layouts are detected. */
  paths: string[];
  /** Null only with dryRun: validates without a database. */
  db: Database | null;
  dryRun?: boolean;
  batchSize?: number;
  /**
   * Resolution numbers per slice (default SLICE_SIZE): the run holds one slice's texts and rows at a time, and
   * citations are settled per range of this many citing numbers. The graph written does not depend on it.
   */
  sliceSize?: number;
  /** Where the run's scratch files go (default: the OS temp folder); removed at the end. */
  spoolDir?: string;
  /** Where the progress bar goes (stderr in the CLI); null for none. */
  progress?: NodeJS.WritableStream | null;
  logger?: Logger;
}

/** A few thousand resolutions: at 100x (280,000 resolutions) 140 slices. */
export const SLICE_SIZE = 2_000;

const CatalogueRow = z.object({ number: z.number().int(), year: z.number().int().nullable(), provenance: z.string().nullable() });
const TextRow = z.object({ number: z.number().int(), year: z.number().int().nullable(), text: z.string(), others: z.array(z.string()) });

/** What mergeResolutions needs to settle a resolution's year; kept for the whole run while texts are spooled. */
const yearFields = (r: ResolutionInput): ResolutionInput => ({ number: r.number, source: r.source, year: r.year, date: r.date });

/**
 * Ingests files and folders into the graph: detect layouts, parse, merge, clean, extract citations,
 * write in batches (one transaction each), then recompute the derived values over the whole graph.
 * Bad records are skipped and reported; only database failures throw.
 *
 * Memory does not grow with the texts: parsing spools each resolution input to a scratch file of its slice
 * (a range of numbers), keeping only numbers and years (for the citation checks), meeting symbols and the
 * Council's composition. Each slice is then merged, cleaned, extracted and written on its own and let go.
 * Citation evidence (texts, pages, citations.csv) is spooled by citing number too and settled per range,
 * once every resolution is written; the mission extractor's two passes read the cleaned paragraphs back
 * from a spool. The graph written is the one the whole corpus in memory gave.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestSummary> {
  if (!(options.dryRun ?? false) && !options.db) throw new Error('ingestCorpus needs a database unless dryRun is set');
  const scratch = new SpoolDir(options.spoolDir);
  try {
    return await ingestSpooled(options, scratch);
  } finally {
    scratch.remove();
  }
}

async function ingestSpooled(options: IngestOptions, scratch: SpoolDir): Promise<IngestSummary> {
  const started = Date.now();
  const dryRun = options.dryRun ?? false;
  const progress = options.progress ?? null;
  const batchSize = options.batchSize ?? 1000;
  const sliceSize = options.sliceSize ?? SLICE_SIZE;
  const sliceOf = (n: number) => Math.floor(n / sliceSize);

  // Parse: every file streamed once; resolution inputs, meetings and citation rows go to disk.
  const detected = detectInputs(options.paths);
  const skipped = new CappedReport<Skipped>(byPlace);
  for (const s of detected.skipped) skipped.add(s);
  const resolutionSpool = scratch.spool<ResolutionInput>('resolutions');
  const meetingSpool = scratch.spool<MeetingRow>('meetings');
  const citationSpool = scratch.spool<PlacedCitation>('citations');
  const yearInputs = new Map<number, ResolutionInput[]>();
  const meetingOf = new Map<number, string>();
  const membership: MembershipInput[] = [];
  const records: Record<string, number> = {};
  const files: IngestSummary['files'] = [];
  const parsing = new Progress('parse', detected.files.length, progress);
  for (const f of detected.files) {
    let count = 0;
    const fileSkipped = parseFileInto(f.path, f.layout, (r) => {
      count++;
      records[r.kind] = (records[r.kind] ?? 0) + 1;
      if (r.kind === 'resolution') {
        const n = r.resolution.number;
        resolutionSpool.append(sliceOf(n), r.resolution);
        const list = yearInputs.get(n) ?? [];
        list.push(yearFields(r.resolution));
        yearInputs.set(n, list);
      } else if (r.kind === 'meeting') {
        const m = r.meeting;
        meetingSpool.append(0, { symbol: m.symbol, number: m.number, date: m.date, agenda: m.agenda, agendaKey: m.agenda === null ? null : normaliseTopicName(m.agenda), outcome: m.outcome });
        // The resolutions a meeting lists, for those without a meeting of their own: the first listing wins.
        for (const n of m.resolutions) if (!meetingOf.has(n)) meetingOf.set(n, m.symbol);
      } else if (r.kind === 'membership') membership.push(r.membership);
      else citationSpool.append(sliceOf(r.citation.from), { c: r.citation, file: r.origin.file, line: r.origin.line });
    });
    for (const s of fileSkipped) skipped.add(s);
    files.push({ path: f.path, layout: f.layout, records: count, skipped: fileSkipped.length });
    options.logger?.debug({ file: f.path, layout: f.layout, records: count, skipped: fileSkipped.length }, 'parsed');
    parsing.tick(1);
  }

  // What every slice shares: the run's numbers and years, the graph's catalogue, the Council's composition.
  const runYears = new Map<number, number | null>();
  for (const [n, inputs] of yearInputs) runYears.set(n, mergeResolutions(inputs).fields.year ?? null);
  yearInputs.clear();
  const numbers = [...runYears.keys()].sort((a, b) => a - b);
  const existing = new Map<number, ExistingResolution>();
  let storedTexts: StoredText[] = [];
  const db = dryRun ? null : options.db;
  if (db) {
    for (const r of await db.read(cypher('ingest/catalogue'), {}, CatalogueRow)) existing.set(r.number, { year: r.year, provenance: r.provenance });
    if (numbers.length > 0 && existing.size > 0) {
      const params = toCypherParams({ numbers, minNumber: numbers[0] }) as Record<string, unknown>;
      storedTexts = await db.read(cypher('ingest/storedTexts'), params, TextRow);
    }
  }
  const council = councilOf(membership);
  const ctx: BuildContext = { existing, known: catalogueOf(runYears, existing), seats: council.seats, meetingOf };
  const baseline = db ? await readDatasetBaseline(db, numbers) : null;
  const firstLoad = db !== null && existing.size === 0;
  const writer = db ? new GraphWriter(db, { batchSize, progress }) : null;
  const prepareMs = Date.now() - started;
  if (writer) await writer.nodes(council.members, meetingSpool.readAll(), meetingSpool.size());

  // Slices: merge, clean, extract and write a range of resolutions, then let it go.
  const edgeSpool = scratch.spool<EdgeEvidence>('edges');
  const addEdge = (e: EdgeEvidence) => edgeSpool.append(sliceOf(e.from), e);
  const docSpool = db ? scratch.spool<MandateDoc>('mandateDocs') : null;
  const mandates = mandateExtractor();
  const withParagraphs: number[] = [];
  const hashes = new Map<number, string>();
  const rejectedMentions = new CappedReport<IngestSummary['rejectedMentions']['items'][number]>(byMention);
  const conflicts: IngestSummary['conflicts'] = [];
  let buildMs = 0;
  const slicing = new Progress('resolutions', numbers.length, progress);
  for (const slice of resolutionSpool.buckets()) {
    const t0 = Date.now();
    const byNumber = new Map<number, ResolutionInput[]>();
    for (const r of resolutionSpool.read(slice)) {
      const list = byNumber.get(r.number) ?? [];
      list.push(r);
      byNumber.set(r.number, list);
    }
    const merged = [...byNumber.values()].map(mergeResolutions).sort((a, b) => a.number - b.number);
    const built = buildSlice(merged, ctx, addEdge);
    for (const r of built.rejectedMentions) rejectedMentions.add(r);
    for (const c of built.conflicts) conflicts.push(c);
    for (const [n, h] of contentHashes(built.rows)) hashes.set(n, h);
    if (docSpool) {
      const rows = new Map(built.rows.resolutions.map((r) => [r.number, r]));
      for (const p of built.rows.paragraphs) {
        const row = rows.get(p.number);
        if (!row) continue;
        const doc = mandateDoc(row, p);
        mandates.define(doc);
        docSpool.append(0, doc);
        withParagraphs.push(p.number);
      }
    }
    buildMs += Date.now() - t0;
    if (writer) await writer.slice(built.rows);
    slicing.tick(merged.length);
  }
  if (writer && (writer.counts.topics ?? 0) > 0) await writer.dropOrphanTopics();

  // Citations: every piece of evidence about a pair sits in the range of its citing number.
  storedTextEdges(storedTexts, new Set(numbers), ctx.known, addEdge);
  storedTexts = [];
  const citationsInRun: Record<string, number> = {};
  const ranges = [...new Set([...edgeSpool.buckets(), ...citationSpool.buckets()])].sort((a, b) => a - b);
  const linking = new Progress('citations', edgeSpool.size() + citationSpool.size(), progress);
  for (const range of ranges) {
    const t0 = Date.now();
    const evidence = [...edgeSpool.read(range), ...datasetEdges(citationSpool.read(range), (s) => skipped.add(s))];
    const settled = settleEdges(evidence, ctx.known, (s) => skipped.add(s));
    for (const c of settled.cites) citationsInRun[c.source] = (citationsInRun[c.source] ?? 0) + 1;
    buildMs += Date.now() - t0;
    if (writer) await writer.edges(settled);
    linking.tick(edgeSpool.count(range) + citationSpool.count(range));
  }

  let written: Record<string, number> = {};
  let graph: IngestSummary['graph'] = null;
  let pageRankIterations: number | null = null;
  let timings: Record<string, number> = {};
  let dataset: DatasetChange | null = null;
  if (db && writer && baseline) {
    await writer.resolvePending();
    written = { ...writer.counts };
    timings = { ...writer.timings, prepare: prepareMs, build: buildMs };
    const tm = Date.now();
    // The extractors' second pass, over the cleaned paragraphs in number order (slices are ascending).
    if (docSpool) for (const doc of docSpool.readAll()) mandates.act(doc);
    Object.assign(written, await writeMandates(db, withParagraphs, mandates.finish(), batchSize));
    timings.mandates = Date.now() - tm;
    const t1 = Date.now();
    const derived = await writeDerived(db, batchSize);
    timings.derived = Date.now() - t1;
    // The resolutions whose `citedAs` changed: only they were written, and re-indexed.
    written.citedAs = derived.citedAsChanged;
    // A first load writes each cited resolution's `citedAs` after its text was indexed: the replaced documents
    // stay in resolution_ranked's statistics until Lucene merges them away, and scores drift as it does (by a
    // query's worth in the search evaluation). Built again once here, the index starts as it would end up.
    if (firstLoad && derived.citedAsChanged > 0) {
      const t3 = Date.now();
      await rebuildIndex(db, cypher('ingest/dropRankedIndex'));
      timings.rankedIndex = Date.now() - t3;
    }
    pageRankIterations = derived.iterations;
    // Last, after the derived values: a server that sees the new version reads a finished graph.
    const t2 = Date.now();
    dataset = await recordDataset(db, baseline, hashes);
    timings.dataset = Date.now() - t2;
    graph = await readGraphCounts(db);
  }
  const durationMs = Date.now() - started;
  const rows = Object.entries(written).reduce((n, [k, v]) => (k === 'paragraphs' ? n : n + v), 0);
  return {
    dryRun,
    durationMs,
    files,
    records,
    written,
    rowsPerSecond: durationMs > 0 ? Math.round((rows * 1000) / durationMs) : 0,
    graph,
    citationsInRun,
    skipped: skipped.summary(),
    rejectedMentions: rejectedMentions.summary(),
    conflicts,
    timingsMs: timings,
    pageRankIterations,
    dataset: dataset && { version: dataset.version, finishedAt: dataset.finishedAt, resolutionsAdded: dataset.resolutionsAdded.length, resolutionsUpdated: dataset.resolutionsUpdated.length, citationsAdded: dataset.citationsAdded },
  };
}
