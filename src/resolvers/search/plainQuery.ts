import type { SearchTerm } from './luceneQuery';
import { aliasesOf, LONGEST_ALIAS_WORDS } from './nameAliases';

/**
 * How a query typed in plain words is ranked. Lucene's English analyzer drops the same stop words, so they
 * are left out of the required-words clause (a `+the` would be dropped anyway).
 */
export const RANKING = {
  /**
   * Extra weight of the query's words in the title, on top of their match in the text. Small on purpose: the
   * short titles of routine follow-up resolutions ("Iraq-Kuwait", "amendment of the Statute of the
   * Tribunal") would otherwise outrank the resolution a person means (tuned on the evaluation's tuning part).
   */
  title: 0.3,
  /** boost when the document holds every word (or an alias of it): AND ranks first, OR still finds */
  allWords: 0.03,
  /** boost when the words occur within `slop` positions of each other, in order or not */
  proximity: 0.03,
  slop: 12,
  /** boost of a number or year in the query matching a resolution's symbol ("S/RES/1718 (2006)") */
  symbol: 2,
} as const;

const STOP = new Set('a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '));

/**
 * Lucene syntax the documentation promises (quotes, groups, ranges, wildcards, fuzzy and boost marks, regular
 * expressions, escapes, AND / OR / NOT, + / - / ! before a word, the `title:` and `text:` prefixes). A query
 * with none of it is plain words, and is rewritten by `readPlainQuery`; any other query is passed to Lucene
 * as it is. A colon after another word ("Congo: Belgian troops") is punctuation, not a field.
 */
const SYNTAX = /["()[\]{}*?~^\\/]|\b(?:AND|OR|NOT)\b|&&|\|\||(?:^|\s)[+\-!]|\b(?:title|text):/;

/** True when `query` uses none of the documented Lucene syntax. */
export function isPlainQuery(query: string): boolean {
  return !SYNTAX.test(query);
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** One thing the person asked for: a word, or every name the alias table knows for it. */
interface Concept {
  names: string[];
}

function words(query: string): string[] {
  return (query.match(WORD) ?? []).map((w) => (w === 'US' ? 'usa' : w.toLowerCase().replace(/’/g, "'")));
}

function concepts(list: string[]): Concept[] {
  const out: Concept[] = [];
  let i = 0;
  while (i < list.length) {
    let taken = 0;
    for (let n = Math.min(LONGEST_ALIAS_WORDS, list.length - i); n >= 1 && taken === 0; n -= 1) {
      const names = aliasesOf(list.slice(i, i + n).join(' '));
      if (names) {
        out.push({ names });
        taken = n;
      }
    }
    if (taken === 0) {
      if (!STOP.has(list[i]!)) out.push({ names: [list[i]!] });
      taken = 1;
    }
    i += taken;
  }
  return out;
}

const nameWords = (name: string) => name.split(/[\s-]+/).filter((p) => p.length > 0);

/** A name as a Lucene clause: one word as a term, several (or a hyphenated word) as a phrase. */
function clause(name: string): string {
  const parts = nameWords(name);
  return parts.length === 1 ? parts[0]! : `"${parts.join(' ')}"`;
}

function conceptClause(c: Concept): string {
  return c.names.length === 1 ? clause(c.names[0]!) : `(${c.names.map(clause).join(' OR ')})`;
}

/** A plain-words query read: the Lucene query that ranks it, and the terms to highlight (aliases included). */
export interface PlainQuery {
  lucene: string;
  terms: SearchTerm[];
}

/**
 * The Lucene query for a plain-words query: the words (and their aliases) in the text, plus boosts when they are in the title, when the document holds all of them, when they stand close together, and
 * when a number or year of the query is in the symbol. Every word counts, but a document lacking one is still
 * found. Null when no searchable word is left (only stop words).
 */
export function readPlainQuery(query: string): PlainQuery | null {
  const list = words(query);
  const found = concepts(list);
  if (found.length === 0) return null;
  const terms = found.flatMap((c) =>
    c.names.map((name): SearchTerm => {
      const parts = nameWords(name);
      return parts.length === 1 ? { kind: 'word', value: parts[0]!, field: null } : { kind: 'phrase', value: parts.join(' '), field: null };
    }),
  );
  const each = found.map(conceptClause);
  const parts = [`text:(${each.join(' ')})`, `title:(${each.join(' ')})^${RANKING.title}`];
  if (found.length > 1) {
    parts.push(`(${each.map((c) => `+${c}`).join(' ')})^${RANKING.allWords}`);
    const plainWords = list.filter((w) => !STOP.has(w)).flatMap((w) => w.split('-'));
    parts.push(`"${plainWords.join(' ')}"~${RANKING.slop}^${RANKING.proximity}`);
  }
  const numbers = list.filter((w) => /^\d{1,6}$/.test(w));
  if (numbers.length > 0) parts.push(`symbol:(${numbers.join(' ')})^${RANKING.symbol}`);
  return { lucene: parts.join(' OR '), terms };
}
