import type { IngestRecord, MemberSeat } from '../model/IngestRecord';
import type { ParseResult } from '../model/ParseResult';
import { checkIsoDate } from './checkIsoDate';
import { parseDayMonthYear } from './parseDayMonthYear';

export const SITE_BANNER = 'Search engine for the United Nations Security Council Resolutions';

const SECTIONS = ['Abstract', 'Topics', 'Year', 'Title', 'Related with resolutions', 'Quoted in resolutions', 'Security Council Composition'] as const;
type Section = (typeof SECTIONS)[number];

/** Codes of the permanent seats, past and present. */
const PERMANENT = new Set(['CHN', 'TWN', 'FRA', 'RUS', 'SUN', 'GBR', 'USA']);

/** True when the text looks like a page of the original site: its banner or a "Resolution N" heading plus a known section. */
export function isSitePage(text: string): boolean {
  const head = text.slice(0, 2000);
  if (head.includes(SITE_BANNER)) return true;
  return /^Resolution \d+\s*$/m.test(head) && SECTIONS.some((s) => new RegExp(`^${s}\\s*$`, 'm').test(text));
}

const numbers = (s: string): number[] => (s.match(/\d+/g) ?? []).map(Number).filter((n) => n > 0);

/**
 * A page of the original site: "Resolution N", a title, then sections (Abstract = full text, Topics,
 * Year, Title, Related with resolutions, Quoted in resolutions, Security Council Composition). Any
 * section may be missing; the number comes from the heading, else the text's symbol, else the file name.
 */
export function parseSitePage(text: string, file: string): ParseResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const sections = new Map<Section, string[]>();
  let current: Section | 'head' = 'head';
  const head: string[] = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    const heading = SECTIONS.find((s) => s === line.trim());
    if (heading) {
      current = heading;
      sections.set(heading, []);
      continue;
    }
    if (current === 'head') head.push(line);
    else sections.get(current)?.push(line);
  }
  const body = (s: Section) => (sections.get(s) ?? []).join('\n').trim();

  const headingNumber = head.map((l) => /^Resolution (\d+)\s*$/.exec(l.trim())).find(Boolean);
  const abstract = body('Abstract');
  const symbolMatch = /S\/RES\/(\d+)\s*\((\d{4})\)/.exec(abstract);
  const fileMatch = /resolution[_-](\d+)/i.exec(file);
  const number = headingNumber ? Number(headingNumber[1]) : symbolMatch ? Number(symbolMatch[1]) : fileMatch ? Number(fileMatch[1]) : null;
  if (!number) return { records: [], skipped: [{ file, line: 0, reason: 'site page without a resolution number' }] };
  if (symbolMatch && Number(symbolMatch[1]) !== number) {
    return { records: [], skipped: [{ file, line: 0, reason: `number ${number} disagrees with symbol S/RES/${symbolMatch[1]} (${symbolMatch[2]}) in its text` }] };
  }

  const adopted = /Adopted by the Security Council at its (\d+)(?:st|nd|rd|th)? meeting,?\s+on\s+(\d{1,2}\s+[A-Za-z]+\s+\d{4})/.exec(abstract);
  let date = adopted ? parseDayMonthYear(adopted[2] ?? '') : null;
  if (!date) {
    const distr = /Distr\.:\s*General\s+(\d{1,2}\s+[A-Za-z]+\s+\d{4})/.exec(abstract);
    date = distr ? parseDayMonthYear(distr[1] ?? '') : null;
  }
  if (date && checkIsoDate(date)) return { records: [], skipped: [{ file, line: 0, reason: checkIsoDate(date) ?? 'bad date' }] };
  const yearText = body('Year');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : date ? Number(date.slice(0, 4)) : symbolMatch ? Number(symbolMatch[2]) : undefined;
  if (date && year !== undefined && Number(date.slice(0, 4)) !== year) {
    return { records: [], skipped: [{ file, line: 0, reason: `year ${year} disagrees with adoption date ${date}` }] };
  }
  const headTitle = head.map((l) => l.trim()).filter((l) => l && l !== SITE_BANNER && !/^Resolution \d+$/.test(l))[0];
  const title = body('Title') || headTitle || undefined;
  const topics = body('Topics')
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
  const members: MemberSeat[] = (body('Security Council Composition').match(/\b[A-Z]{3}\b/g) ?? []).map((code) => ({
    code,
    permanent: PERMANENT.has(code),
    vote: null,
    voteSource: null,
  }));
  const record: IngestRecord = {
    kind: 'resolution',
    origin: { file, line: 1 },
    resolution: {
      number,
      source: 'page',
      symbol: year !== undefined ? `S/RES/${number} (${year})` : undefined,
      date: date ?? undefined,
      year,
      title,
      siteTopics: topics.length > 0 ? topics : undefined,
      meeting: adopted ? `S/PV.${adopted[1]}` : undefined,
      members: members.length > 0 ? members : undefined,
      rawText: abstract || undefined,
      textSource: 'page',
      pageCites: sections.has('Related with resolutions') ? numbers(body('Related with resolutions')) : undefined,
      pageCitedBy: sections.has('Quoted in resolutions') ? numbers(body('Quoted in resolutions')) : undefined,
    },
  };
  return { records: [record], skipped: [] };
}
