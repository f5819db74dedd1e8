import type { IngestRecord } from '../model/IngestRecord';
import type { ParseResult } from '../model/ParseResult';
import type { Skipped } from '../model/Skipped';
import { csvRows } from './parseCsv';

/**
 * `citations.csv`: `from,to,verb,source,context`, the dataset's citation edges with their source names.
 * `input` is the whole text or its lines as `readLines` streams them; records go to `emit` one by one
 * (by default into the returned `records`), so the 100x file needs no more memory than one row.
 */
export function parseCitationsCsv(input: string | Iterable<string>, file: string, emit?: (record: IngestRecord) => void): ParseResult {
  const records: IngestRecord[] = [];
  const push = emit ?? ((r: IngestRecord) => void records.push(r));
  const skipped: Skipped[] = [];
  const rows = csvRows(typeof input === 'string' ? [input] : withNewlines(input));
  const first = rows.next();
  const header = first.done ? [] : first.value.fields.map((h) => h.trim());
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
      push({ kind: 'citation', origin: { file, line }, citation: { from, to, verb: verb || null, source, context: context || null } });
    }
  }
  return { records, skipped };
}

/** Lines as `readLines` yields them (without `\n`), each given its newline back for the CSV state machine. */
function* withNewlines(lines: Iterable<string>): Generator<string> {
  for (const l of lines) yield `${l}\n`;
}
