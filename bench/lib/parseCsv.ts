import { parseCsv as parseCsvRows } from '../../src/ingest/parsers/parseCsv';

/**
 * CSV into objects keyed by the header row, on top of the ingest's RFC 4180 parser (one parser for
 * the corpus CSVs in the whole project). Missing trailing fields read as ''.
 */
export function parseCsv(text: string): Array<Record<string, string>> {
  const [header, ...body] = parseCsvRows(text);
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.fields.map((h, i) => [h, r.fields[i] ?? ''])));
}
