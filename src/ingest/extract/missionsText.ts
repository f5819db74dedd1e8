import type { Paragraph } from '../clean/Paragraph';
import { parseDayMonthYear } from '../parsers/parseDayMonthYear';

/** One resolution as the mission and sanctions extractors read it: its cleaned paragraphs, in order. */
export interface MandateDoc {
  number: number;
  /** ISO date of adoption, when known. */
  date: string | null;
  title: string | null;
  /** The agenda item it was adopted under ("The question concerning Haiti"), when known. */
  agenda: string | null;
  paragraphs: Paragraph[];
}

/** An operative paragraph with its reference ("op 4"), as CITES edges carry it. */
export interface OperativeParagraph {
  ref: string;
  text: string;
}

/** The operative paragraphs of a resolution, numbered as printed (else by their order). */
export function operativeParagraphs(doc: MandateDoc): OperativeParagraph[] {
  const out: OperativeParagraph[] = [];
  let op = 0;
  for (const p of doc.paragraphs) {
    if (p.kind !== 'operative') continue;
    op++;
    out.push({ ref: `op ${p.number ?? op}`, text: p.text.replace(/\s+/g, ' ') });
  }
  return out;
}

/** About 200 characters of text around a position, cut at word boundaries. */
export function contextAt(text: string, at: number): string {
  const from = Math.max(0, at - 80);
  const to = Math.min(text.length, at + 160);
  let s = text.slice(from, to);
  if (from > 0) s = s.replace(/^\S*\s/, '');
  if (to < text.length) s = s.replace(/\s\S*$/, '');
  return s.trim();
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "until 30 April 2026", "ending 15 June 1975", "to 31 May 1994", "up to and including 31 July 2001". */
const UNTIL = new RegExp(
  `\\b(?:until|till|to|through|(?:ending|terminating|expiring)(?:\\s+on)?|expir\\w*\\s+on|up to and including|no later than)\\s+(?:the\\s+)?(?:(\\d{1,2})\\s+(${MONTH})\\s*,?\\s+(\\d{4})|(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4}))`,
);
/** "for a further period of twelve months", "for an initial period of 6 months", "for one year". */
const PERIOD =
  /\bfor\s+(?:a|an|another|one)?\s*(?:(?:further|additional|final|new|initial|technical|single|limited)\s+)*(?:period\s+of\s+)?((?:up to\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty-four|twenty four|thirty|thirty-one|forty|sixty|ninety|a)[\s-]+(?:calendar\s+)?(?:months?|years?|weeks?|days?))\b/i;

function checkedIso(day: string, month: string, year: string): string | null {
  const iso = parseDayMonthYear(`${day} ${month} ${year}`);
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** The end date a clause gives ("until 30 April 2026"), as ISO; null when it gives none. */
export function untilDate(clause: string): string | null {
  const m = UNTIL.exec(clause);
  if (!m) return null;
  return m[1] ? checkedIso(m[1], m[2] ?? '', m[3] ?? '') : checkedIso(m[5] ?? '', m[4] ?? '', m[6] ?? '');
}

/** The period a clause gives ("twelve months"), as written; null when it gives none. */
export function periodOf(clause: string): string | null {
  const m = PERIOD.exec(clause);
  return m ? (m[1] ?? '').replace(/\s+/g, ' ').trim() : null;
}

/**
 * The words that govern a clause: the last operative verb before `at`. A mention governed by
 * "commends", "requests" or "welcomes" does not act on a mandate; one governed by "decides" may.
 */
const GOVERNING =
  /\b(decides|decided|decide|authori[sz]es|extends|renews|approves|endorses|establishes|recommends|resolves|agrees|terminates|welcomes|commends|notes|takes note|requests|calls|urges|encourages|expresses|reiterates|stresses|underlines|emphasi[sz]es|looks forward|invites|condemns|demands|reaffirms|recalls|acknowledges|supports|affirms|underscores|requires|directs)\b/gi;
const ACTING = new Set(['decides', 'decided', 'decide', 'authorizes', 'authorises', 'extends', 'renews', 'approves', 'endorses', 'establishes', 'recommends', 'resolves', 'agrees', 'terminates', 'supports']);

export function governingVerb(text: string, at: number): string | null {
  let last: string | null = null;
  for (const m of text.slice(0, at).matchAll(GOVERNING)) last = (m[1] ?? '').toLowerCase();
  return last;
}

export function isActing(text: string, at: number): boolean {
  const verb = governingVerb(text, at);
  return verb !== null && ACTING.has(verb);
}

/** The clause around `at`: from the previous ";" to the next ";" (paragraph bounds otherwise). */
export function clauseAt(text: string, at: number): { start: number; text: string } {
  const start = text.lastIndexOf(';', at - 1) + 1;
  const endSemi = text.indexOf(';', at);
  const end = endSemi < 0 ? text.length : endSemi;
  return { start, text: text.slice(start, end) };
}
