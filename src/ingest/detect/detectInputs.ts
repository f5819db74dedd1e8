import fs from 'node:fs';
import path from 'node:path';
import type { Skipped } from '../model/Skipped';
import { CR_UNSC_NAME } from '../parsers/parseCrUnscText';
import { isAkomaNtoso } from '../parsers/parseUnXml';
import { isSitePage } from '../parsers/parseSitePage';
import type { DetectedFile, Layout } from './Layout';

/** The files of a data directory, by name; `raw/` (the original downloads) is not read. */
const DATA_FILES: Array<[string, Layout]> = [
  ['council_membership.csv', 'membership'],
  ['meetings.jsonl', 'meetings'],
  ['resolutions.jsonl', 'resolutions'],
  ['dhl_votes.jsonl', 'dhl-votes'],
  ['citations.csv', 'citations'],
];

function sniffJsonLines(firstLine: string): Layout | null {
  try {
    const o = JSON.parse(firstLine) as Record<string, unknown>;
    if ('votes' in o && 'summary' in o && 'number' in o) return 'dhl-votes';
    if ('number' in o && 'symbol' in o) return 'resolutions';
    if ('meeting' in o && 'topic' in o) return 'meetings';
  } catch {
    return null;
  }
  return null;
}

/** Detects one file's layout from its name and first bytes, or null when unknown. */
export function detectFile(file: string): Layout | null {
  const base = path.basename(file);
  if (CR_UNSC_NAME.test(base)) return 'cr-unsc';
  if (/\.(?:tar\.gz|tgz)$/i.test(base)) return 'unxml-archive';
  const named = DATA_FILES.find(([name]) => name === base);
  if (named) return named[1];
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(4096);
  const n = fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const text = head.subarray(0, n).toString('utf8');
  const first = text.split('\n')[0]?.trim() ?? '';
  if (first.startsWith('{')) return sniffJsonLines(first);
  if (/^from,to(,|$)/.test(first)) return 'citations';
  if (/^year,code,name,permanent/.test(first)) return 'membership';
  if (isSitePage(text)) return 'page';
  if (isAkomaNtoso(text)) return 'unxml';
  return null;
}

/**
 * Expands the CLI's paths into files with their layouts. A folder holding resolutions.jsonl is a
 * data directory (its known files, in dependency order); any other folder is walked. Files whose
 * layout is unknown are reported and skipped.
 */
export function detectInputs(paths: string[]): { files: DetectedFile[]; skipped: Skipped[] } {
  const files: DetectedFile[] = [];
  const skipped: Skipped[] = [];
  const visit = (p: string) => {
    if (!fs.existsSync(p)) {
      skipped.push({ file: p, line: 0, reason: 'no such file or directory' });
      return;
    }
    if (fs.statSync(p).isDirectory()) {
      if (fs.existsSync(path.join(p, 'resolutions.jsonl'))) {
        for (const [name, layout] of DATA_FILES) if (fs.existsSync(path.join(p, name))) files.push({ path: path.join(p, name), layout });
        return;
      }
      for (const entry of fs.readdirSync(p).sort()) if (!entry.startsWith('.')) visit(path.join(p, entry));
      return;
    }
    const layout = detectFile(p);
    if (layout) files.push({ path: p, layout });
    else skipped.push({ file: p, line: 0, reason: 'unknown layout' });
  };
  for (const p of paths) visit(path.resolve(p));
  const seen = new Set<string>();
  return { files: files.filter((f) => (seen.has(f.path) ? false : (seen.add(f.path), true))), skipped };
}
