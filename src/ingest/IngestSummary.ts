import type { Skipped } from './model/Skipped';

/** The machine-readable result of one ingest run (`--json` prints it). */
export interface IngestSummary {
  dryRun: boolean;
  durationMs: number;
  files: Array<{ path: string; layout: string; records: number; skipped: number }>;
  /** Parsed records by kind. */
  records: Record<string, number>;
  /** Rows written per step (empty on a dry run). */
  written: Record<string, number>;
  rowsPerSecond: number;
  /** The graph after the run: nodes by label, relationships by type, citation edges by source. */
  graph: {
    labels: Record<string, number>;
    relationships: Record<string, number>;
    citationsByPreferredSource: Record<string, number>;
    citationsByAnySource: Record<string, number>;
  } | null;
  /** Citation edges this run's input produced, by preferred source (also on a dry run). */
  citationsInRun: Record<string, number>;
  /**
   * `items` lists the first SUMMARY_MAX_ITEMS; `count` and `byReason` cover them all. Parse skips come file by file;
   * citation skips range by range of citing numbers (see ingestCorpus), so their order depends on the slice size.
   */
  skipped: { count: number; byReason: Record<string, number>; items: Skipped[] };
  /** `items` lists the first SUMMARY_MAX_ITEMS; `count` and `byReason` cover them all. */
  rejectedMentions: { count: number; byReason: Record<string, number>; items: Array<{ citing: number; number: number; year: number | null; reason: string; context: string }> };
  /** Disagreements between sources and how the merge settled them. */
  conflicts: Array<{ number: number; conflict: string }>;
  pageRankIterations: number | null;
  /**
   * The data version this run recorded (counts of what changed), or null when it changed nothing
   * (a rerun) or wrote nothing (a dry run).
   */
  dataset: { version: number; finishedAt: string; resolutionsAdded: number; resolutionsUpdated: number; citationsAdded: number } | null;
  /** Milliseconds per phase: prepare (detect, parse, merge, extract), each write step, derived. */
  timingsMs: Record<string, number>;
}

/**
 * How many skipped records and rejected mentions a summary lists one by one. The real corpus has a
 * few hundred; a synthetic 100x corpus has a million, whose listing would outgrow a JSON string.
 */
export const SUMMARY_MAX_ITEMS = 10_000;
