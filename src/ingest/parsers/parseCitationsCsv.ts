import type { IngestRecord } from '../model/IngestRecord';
import type { ParseResult } from '../model/ParseResult';
import type { Skipped } from '../model/Skipped';
import { parseCsv } from './parseCsv';

/** `citations.csv`: `from,to,verb,source,context`, the dataset's citation edges with their source names. */
export function parseCitationsCsv(text: string, file: string): ParseResult {
  const rows = parseCsv(text);
  const records: IngestRecord[] = [];
  const skipped: Skipped[] = [];
  const header = rows.shift()?.fields.map((h) => h.trim()) ?? [];
  const [iFrom, iTo, iVerb, iSource, iContext] = ['from', 'to', 'verb', 'source', 'context'].map((h) => header.indexOf(h));
  if (iFrom === undefined || iTo === undefined || iFrom < 0 || iTo < 0 || iSource === undefined || iSource < 0) {
    return { records, skipped: [{ file, line: 1, reason: 'header lacks from,to,source' }] };
  }
  for (const { line, fields } of rows) {
    const from = Number(fields[iFrom]);
    const to = Number(fields[iTo]);
    const source = (fields[iSource] ?? '').trim();
    if (!Number.isInteger(from) || from <= 0 || !Number.isInteger(to) || to <= 0) {
      skipped.push({ file, line, reason: `bad resolution numbers "${fields[iFrom]}" -> "${fields[iTo]}"` });
    } else if (from === to) skipped.push({ file, line, reason: `self-citation ${from}` });
    else if (source === '') skipped.push({ file, line, reason: 'no source' });
    else {
      const verb = iVerb !== undefined && iVerb >= 0 ? (fields[iVerb] ?? '').trim() : '';
      const context = iContext !== undefined && iContext >= 0 ? (fields[iContext] ?? '').trim() : '';
      records.push({ kind: 'citation', origin: { file, line }, citation: { from, to, verb: verb || null, source, context: context || null } });
    }
  }
  return { records, skipped };
}
