import type { IngestSummary } from './IngestSummary';

const table = (title: string, rec: Record<string, number>) => {
  const entries = Object.entries(rec).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return `${title}: none`;
  const width = Math.max(...entries.map(([k]) => k.length));
  return [`${title}:`, ...entries.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
};

/** The human-readable end-of-run report: what was read, written and skipped, and why. */
export function formatSummary(s: IngestSummary, maxItems = 20): string {
  const out: string[] = [];
  out.push(`${s.dryRun ? 'Dry run (nothing written)' : 'Ingest'} finished in ${(s.durationMs / 1000).toFixed(1)} s${s.dryRun ? '' : `, ${s.rowsPerSecond} rows/s`}.`);
  out.push('Files:');
  for (const f of s.files) out.push(`  ${f.layout.padEnd(11)} ${f.records} records, ${f.skipped} skipped  ${f.path}`);
  out.push(table('Records parsed', s.records));
  if (!s.dryRun) out.push(table('Rows written', s.written));
  if (!s.dryRun) {
    const d = s.dataset;
    out.push(
      d
        ? `Data version ${d.version}: ${d.resolutionsAdded} resolutions added, ${d.resolutionsUpdated} updated, ${d.citationsAdded} citations added.`
        : 'Data version unchanged: this run changed no resolution and added no citation.',
    );
  }
  if (s.graph) {
    out.push(table('Graph nodes by label', s.graph.labels));
    out.push(table('Graph relationships by type', s.graph.relationships));
    out.push(table('CITES edges by preferred source', s.graph.citationsByPreferredSource));
    out.push(table('CITES edges by any source', s.graph.citationsByAnySource));
  } else out.push(table('Citation edges in this input, by preferred source', s.citationsInRun));
  out.push(table(`Skipped (${s.skipped.count}) by reason`, s.skipped.byReason));
  for (const item of s.skipped.items.slice(0, maxItems)) out.push(`  ${item.file}:${item.line}  ${item.reason}`);
  if (s.skipped.items.length > maxItems) out.push(`  ... ${s.skipped.items.length - maxItems} more (--json lists all)`);
  out.push(table(`Citation candidates rejected by the extractor (${s.rejectedMentions.count})`, s.rejectedMentions.byReason));
  if (s.conflicts.length > 0) out.push(`Source conflicts settled (${s.conflicts.length}):`, ...s.conflicts.slice(0, maxItems).map((c) => `  ${c.number}: ${c.conflict}`));
  return out.join('\n');
}
