import fs from 'node:fs';
import path from 'node:path';
import type { Layout } from '../detect/Layout';
import type { IngestRecord } from '../model/IngestRecord';
import type { ParseResult } from '../model/ParseResult';
import type { Skipped } from '../model/Skipped';
import { parseCitationsCsv } from './parseCitationsCsv';
import { parseCrUnscText } from './parseCrUnscText';
import { parseDhlVotes } from './parseDhlVotes';
import { parseMeetingsJsonl } from './parseMeetingsJsonl';
import { parseMembershipCsv } from './parseMembershipCsv';
import { parseResolutionsJsonl } from './parseResolutionsJsonl';
import { parseSitePage } from './parseSitePage';
import { readLines } from './readLines';
import { readTarGz } from './readTarGz';
import { parseUnXml } from './parseUnXml';

/** A .tar.gz of UN XML files (both layouts of raw/unxml); entries are named "archive:path" in reports. */
function parseUnXmlArchive(file: string): ParseResult {
  let entries;
  try {
    entries = readTarGz(file);
  } catch (err) {
    return { records: [], skipped: [{ file, line: 0, reason: `unreadable archive: ${(err as Error).message}` }] };
  }
  const out: ParseResult = { records: [], skipped: [] };
  for (const e of entries.filter((x) => /\.xml$/i.test(x.name))) {
    const r = parseUnXml(e.data.toString('utf8'), `${file}:${e.name}`);
    for (const rec of r.records) out.records.push(rec);
    for (const s of r.skipped) out.skipped.push(s);
  }
  return out;
}

/** Reads one file and parses it with the parser of its layout; JSON Lines files are streamed by line. */
export function parseFile(file: string, layout: Layout): ParseResult {
  const records: IngestRecord[] = [];
  const skipped = parseFileInto(file, layout, (r) => void records.push(r));
  return { records, skipped };
}

/**
 * Parses one file and hands each good record to `emit` as it is read; returns the skipped ones. The large
 * layouts (resolutions, meetings, citations) are streamed by line and never held whole, so the ingest can
 * spool a corpus of any size; the others are small and parsed whole, then emitted.
 */
export function parseFileInto(file: string, layout: Layout, emit: (record: IngestRecord) => void): Skipped[] {
  if (layout === 'resolutions') return parseResolutionsJsonl(readLines(file), file, emit).skipped;
  if (layout === 'meetings') return parseMeetingsJsonl(readLines(file), file, emit).skipped;
  if (layout === 'citations') return parseCitationsCsv(readLines(file), file, emit).skipped;
  const result = parseWhole(file, layout);
  for (const r of result.records) emit(r);
  return result.skipped;
}

function parseWhole(file: string, layout: Exclude<Layout, 'resolutions' | 'meetings' | 'citations'>): ParseResult {
  if (layout === 'unxml-archive') return parseUnXmlArchive(file);
  const text = fs.readFileSync(file, 'utf8');
  switch (layout) {
    case 'membership':
      return parseMembershipCsv(text, file);
    case 'dhl-votes':
      return parseDhlVotes(text, file);
    case 'page':
      return parseSitePage(text, file);
    case 'unxml':
      return parseUnXml(text, file);
    case 'cr-unsc':
      return parseCrUnscText(text, file, path.basename(file));
  }
}
