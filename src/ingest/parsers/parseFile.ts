import fs from 'node:fs';
import path from 'node:path';
import type { Layout } from '../detect/Layout';
import type { ParseResult } from '../model/ParseResult';
import { parseCitationsCsv } from './parseCitationsCsv';
import { parseCrUnscText } from './parseCrUnscText';
import { parseDhlVotes } from './parseDhlVotes';
import { parseMeetingsJsonl } from './parseMeetingsJsonl';
import { parseMembershipCsv } from './parseMembershipCsv';
import { parseResolutionsJsonl } from './parseResolutionsJsonl';
import { parseSitePage } from './parseSitePage';
import { readLines } from './readLines';

/** Reads one file and parses it with the parser of its layout; JSON Lines files are streamed by line. */
export function parseFile(file: string, layout: Layout): ParseResult {
  if (layout === 'resolutions') return parseResolutionsJsonl(readLines(file), file);
  if (layout === 'meetings') return parseMeetingsJsonl(readLines(file), file);
  const text = fs.readFileSync(file, 'utf8');
  switch (layout) {
    case 'citations':
      return parseCitationsCsv(text, file);
    case 'membership':
      return parseMembershipCsv(text, file);
    case 'dhl-votes':
      return parseDhlVotes(text, file);
    case 'page':
      return parseSitePage(text, file);
    case 'cr-unsc':
      return parseCrUnscText(text, file, path.basename(file));
  }
}
