import type { Paragraph } from '../clean/Paragraph';
import { normaliseVerb } from './normaliseVerb';

/** What the extractor knows of each resolution: its year, when known. */
export type Catalogue = (number: number) => { year: number | null } | undefined;

export interface ExtractInput {
  number: number;
  year: number | null;
  paragraphs: Paragraph[];
  known: Catalogue;
}

export interface ExtractedCitation {
  to: number;
  verb: string | null;
  /** "pp 3" (third preambular paragraph) or "op 5" (operative paragraph 5) of the first mention. */
  paragraph: string | null;
  context: string;
  mentions: number;
}

/**
 * A mention of a number the catalogue does not hold (yet): a citation once that resolution is in the
 * graph and, when the text gives a year, that year is its year. It is also reported as rejected.
 */
export interface PendingMention extends ExtractedCitation {
  year: number | null;
}

export interface RejectedMention {
  number: number;
  year: number | null;
  reason: string;
  context: string;
}

/** Bodies other than the Security Council whose resolutions the texts cite. */
const OTHER_BODY =
  /(General Assembly|Assembly|ECOSOC|Economic and Social Council|Human Rights Council|Commission on Human Rights|Trusteeship Council|Board of Governors|World Health Assembly|Executive Board|Governing Council|Council of the League|League of Nations|Conference|Commission|Council of Ministers|Assembly of Heads of State|Summit|OAU|African Union|ECOWAS|Organization of American States|OAS|League of Arab States|Arab League|UNESCO|IAEA|WHO|ICAO Assembly|IMO|Peace and Security Council|European Union|Parliament)(?:['’]s)?\s+(?:(?:the|its|relevant|previous|earlier|various|draft|emergency|special)\s+){0,2}$/;
const OTHER_BODY_AFTER = /^\s*,?\s*(?:of|by|adopted by|of the)\s+(?:the\s+)?(General Assembly|Economic and Social Council|Human Rights Council|Commission|Trusteeship Council|Board of Governors|Assembly|Conference|Council of the League|African Union|Organization of African Unity|OAU)/;

const OTHER_BODY_IN_GAP = /General Assembly|Economic and Social Council|Human Rights Council|Commission|Assembly/;
/** "60/180": a General Assembly (or other body's) session/number symbol. */
const SESSION_NUMBER = /\s*(\d{1,3})\/\d{1,4}/y;
const ITEM = /\s*(?:No\.\s*)?(\d{1,4})(?![\d/]|\.\d|,\d{3}|\s*\/|-\d)(?:\s*\((\d{4})\))?/y;
const ROMAN_SESSION = /^\s*\((?:[IVXL]+|ES-[IVXL0-9]+|S-[IVXL]+)\)/;
const DATE_PHRASE = /^\s+of\s+\d{1,2},?\s+[A-Z][a-z]+(?:\s+\d{4})?/;
/** A dated reference standing alone: "the values set forth in 2367 (2017)", "supplemented by 2664 (2022)". */
const DATED = /(?<![\w/.\-$!£€])(\d{1,4})\s*\((\d{4})\)/g;
/** Dated numbers that are not resolutions: treaty volumes, pages, items. */
const NOT_RESOLUTION = /(?:vol\.|volume|No\.|Nos\.|p\.|pp\.|para\.|page|item|Series,?)\s*$/i;
const SEPARATOR = /^(\s*,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+|\s+)(?=(?:No\.\s*)?\d)/;
const SYMBOL = /S\/RES\/(\d{1,4})\s*\((\d{4})\)/g;
/** Words between the keyword and a dated list: "resolutions on Countering Terrorism including 2178 (2014), ..." */
const GAP = /((?:\s+[^\s;.:()\d][^\s;.:]*){1,12}?)\s+(?=\d{1,4}\s*\(\d{4}\))/y;

interface Mention {
  number: number;
  year: number | null;
  at: number;
  otherBody: boolean;
}

/** Every candidate reference in one paragraph, in order, with whether another body issued it. */
function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const kw of text.matchAll(/\bresolutions?\b/gi)) {
    const start = (kw.index ?? 0) + kw[0].length;
    const prefix = text.slice(Math.max(0, (kw.index ?? 0) - 90), kw.index ?? 0);
    const before = OTHER_BODY.exec(prefix);
    let otherBody = before !== null && !/Security Council/i.test(prefix.slice(before.index + before[0].length - 1));
    const items: Mention[] = [];
    SESSION_NUMBER.lastIndex = start;
    const session = SESSION_NUMBER.exec(text);
    if (session) {
      // "resolution 60/180", "resolution 33/30": the session/number notation of other bodies.
      out.push({ number: Number(session[1]), year: null, at: start + session[0].indexOf(session[1] ?? ''), otherBody: true });
      continue;
    }
    let pos = start;
    let withYears: boolean | null = null;
    ITEM.lastIndex = pos;
    if (!ITEM.test(text)) {
      GAP.lastIndex = pos;
      const gap = GAP.exec(text);
      if (gap) {
        if (OTHER_BODY_IN_GAP.test(gap[1] ?? '')) otherBody = true;
        pos += gap[0].length;
        withYears = true;
      }
    }
    let lastSeparatorWasSpace = false;
    for (;;) {
      ITEM.lastIndex = pos;
      const m = ITEM.exec(text);
      if (!m) break;
      const hasYear = m[2] !== undefined;
      if (withYears === null) withYears = hasYear;
      else if (hasYear !== withYears || (lastSeparatorWasSpace && !hasYear)) break;
      let end = pos + m[0].length;
      const tail = text.slice(end);
      if (ROMAN_SESSION.test(tail)) {
        otherBody = true;
        end += ROMAN_SESSION.exec(tail)?.[0].length ?? 0;
      }
      items.push({ number: Number(m[1]), year: hasYear ? Number(m[2]) : null, at: pos + m[0].indexOf(m[1] ?? ''), otherBody: false });
      const date = DATE_PHRASE.exec(text.slice(end));
      if (date) end += date[0].length;
      const sep = SEPARATOR.exec(text.slice(end));
      if (!sep) {
        pos = end;
        break;
      }
      lastSeparatorWasSpace = (sep[1] ?? '').trim() === '';
      if (lastSeparatorWasSpace && !hasYear) break;
      pos = end + (sep[0] ?? '').length;
    }
    if (OTHER_BODY_AFTER.test(text.slice(pos, pos + 80))) otherBody = true;
    for (const it of items) out.push({ ...it, otherBody });
  }
  const seen = new Set(out.map((m) => m.at));
  for (const d of text.matchAll(DATED)) {
    const at = d.index ?? 0;
    if (seen.has(at)) continue;
    const prefix = text.slice(Math.max(0, at - 90), at);
    if (/S\/RES\/$/.test(prefix) || NOT_RESOLUTION.test(prefix)) continue;
    out.push({ number: Number(d[1]), year: Number(d[2]), at, otherBody: OTHER_BODY.test(prefix) });
  }
  for (const s of text.matchAll(SYMBOL)) {
    out.push({ number: Number(s[1]), year: Number(s[2]), at: (s.index ?? 0) + 'S/RES/'.length, otherBody: false });
  }
  return out.sort((a, b) => a.at - b.at);
}

function contextAround(text: string, at: number): string {
  const from = Math.max(0, at - 100);
  const to = Math.min(text.length, at + 100);
  let s = text.slice(from, to);
  if (from > 0) s = s.replace(/^\S*\s/, '');
  if (to < text.length) s = s.replace(/\s\S*$/, '');
  return s.trim();
}

/**
 * Finds the Security Council resolutions a resolution's text cites. Each candidate is checked
 * against the catalogue: the number must exist, a given year must match its known year, and it must
 * be older than the citing resolution; other bodies' resolutions and self-citations are rejected.
 * One result per cited number, with the verb, paragraph and context of its first mention.
 */
export function extractCitations(input: ExtractInput): { cites: ExtractedCitation[]; rejected: RejectedMention[]; pending: PendingMention[] } {
  const cites = new Map<number, ExtractedCitation>();
  const pending = new Map<number, PendingMention>();
  const rejected: RejectedMention[] = [];
  let pp = 0;
  let op = 0;
  for (const paragraph of input.paragraphs) {
    if (paragraph.kind === 'preambular') pp++;
    if (paragraph.kind === 'operative') op++;
    const ref = paragraph.kind === 'preambular' ? `pp ${pp}` : paragraph.kind === 'operative' ? `op ${paragraph.number ?? op}` : null;
    for (const m of findMentions(paragraph.text)) {
      const context = contextAround(paragraph.text, m.at);
      const reject = (reason: string) => rejected.push({ number: m.number, year: m.year, reason, context });
      if (m.otherBody) {
        reject('another body’s resolution');
        continue;
      }
      if (m.number === input.number) {
        reject('self-citation');
        continue;
      }
      if (m.number > input.number) {
        reject('newer than the citing resolution');
        continue;
      }
      const known = input.known(m.number);
      if (!known) {
        reject('unknown resolution number');
        const hit = pending.get(m.number);
        if (hit) hit.mentions++;
        else if (m.year === null || input.year === null || m.year <= input.year) {
          pending.set(m.number, { to: m.number, year: m.year, verb: normaliseVerb(paragraph.text), paragraph: ref, context, mentions: 1 });
        }
        continue;
      }
      if (m.year !== null && known.year !== null && m.year !== known.year) {
        reject(`year ${m.year} does not match ${m.number} (${known.year})`);
        continue;
      }
      if (m.year !== null && input.year !== null && m.year > input.year) {
        reject('year after the citing resolution');
        continue;
      }
      const hit = cites.get(m.number);
      if (hit) hit.mentions++;
      else cites.set(m.number, { to: m.number, verb: normaliseVerb(paragraph.text), paragraph: ref, context, mentions: 1 });
    }
  }
  return { cites: [...cites.values()], rejected, pending: [...pending.values()] };
}
