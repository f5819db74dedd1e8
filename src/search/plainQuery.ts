import type { SearchTerm } from './highlighting';
import { aliasesOf, LONGEST_ALIAS_WORDS } from './nameAliases';

/** The weights of a plain-words query's clauses (see `readPlainQuery`). */
export interface Ranking {
  /** extra weight of the words in the title, on top of their match in the text */
  title: number;
  /**
   * weight of the words in how later resolutions cite this one (`citedAs`: the text around each citation of it,
   * like the anchor text of links to a web page); it only ranks what the other clauses found
   */
  citedAs: number;
  /** extra weight of the words in the agenda item and the library's subject headings */
  meta: number;
  /** boost when the document holds every word (or an alias of it): AND ranks first, OR still finds */
  allWords: number;
  /** boost of two neighbouring query words found next to each other ("lasting peace", "arms embargo") */
  pair: number;
  pairSlop: number;
  /** boost of two neighbouring query words found within `windowSlop` positions, in either order */
  window: number;
  windowSlop: number;
  /** boost of a number in the query matching a resolution's number in its symbol ("S/RES/1718 (2006)") */
  symbol: number;
  /** boost of a year (or decade, "1990s") in the query matching a resolution's year of adoption */
  year: number;
  /** whether a year of the query is also searched as a word of the title and text */
  yearInText: boolean;
}

/**
 * How a query typed in plain words is ranked (tuned on the tuning part of the known-item evaluation,
 * test/integration/api/searchKnownItems.ts). Lucene's English analyzer drops the same stop words, so they are
 * left out of the required-words clause (a `+the` would be dropped anyway).
 */
export const RANKING: Ranking = {
  // Small on purpose: titles repeat across hundreds of resolutions ("The situation in Libya") and the short
  // titles of routine follow-ups would otherwise outrank the resolution a person means.
  title: 0.1,
  // 0: the agenda item and subject headings repeat across every resolution of a topic; weighting them lowered
  // the tuning figures (they stay searchable through Lucene syntax, `agenda:` and `subjectText:`).
  meta: 0,
  // The Council cites a resolution by what it did ("the Counter-Terrorism Committee established by resolution
  // 1373", "all necessary means … resolution 678"), in words its own text may not use. Tuning MRR 0.750 at 0,
  // 0.775 at 0.1, 0.796 at 0.2, 0.78-0.81 from 0.25 to 0.5: the smallest weight of that plateau.
  citedAs: 0.2,
  allWords: 0.05,
  // 0: phrase and window boosts of neighbouring words lowered the tuning figures at every weight tried
  // (0.01 to 0.3); hyphenated words ("no-fly") and quoted phrases still match as phrases.
  pair: 0,
  pairSlop: 1,
  window: 0,
  windowSlop: 8,
  symbol: 2,
  // A year typed in the query ("Iran-Iraq ceasefire 1987") favours that year's resolutions; any weight from 1
  // to 8 gave the same tuning figures (0.25 and 0.5 too little). Searched in the text as well, the year found
  // the follow-ups that cite "resolution 598 (1987)" instead of 598 itself, so it is not.
  year: 2,
  yearInText: false,
};

const STOP = new Set('a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '));

/**
 * Lucene syntax the documentation promises (quotes, groups, ranges, wildcards, fuzzy and boost marks, regular
 * expressions, escapes, AND / OR / NOT, + / - / ! before a word, the `title:` and `text:` prefixes). A query
 * with none of it is plain words, and is rewritten by `readPlainQuery`; any other query is passed to Lucene
 * as it is. A colon after another word ("Congo: Belgian troops") is punctuation, not a field.
 */
const SYNTAX = /["()[\]{}*?~^\\/]|\b(?:AND|OR|NOT)\b|&&|\|\||(?:^|\s)[+\-!]|\b(?:title|text):/;

/**
 * Punctuation that only looks like syntax: a slash between two letters or digits ("HIV/AIDS", "S/RES/1718")
 * and the year in brackets after a resolution's number, as the Council cites it ("resolution 1325 (2000)",
 * "S/RES/1718 (2006)"). A Lucene regular expression starts a term (`/terror.*\/`), so neither is one.
 */
const NOT_SYNTAX = /(?<=[\p{L}\p{N}])\/(?=[\p{L}\p{N}])|(?<=\d)\s*\(\d{4}\)/gu;

/** True when `query` uses none of the documented Lucene syntax. */
export function isPlainQuery(query: string): boolean {
  return !SYNTAX.test(query.replace(NOT_SYNTAX, ' '));
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
      const word = list[i]!;
      if (!STOP.has(word)) out.push({ names: variants(word) });
      taken = 1;
    }
    i += taken;
  }
  return out;
}

/** "criminalise", "organisation": the Council writes "-ize" (Oxford spelling); a British "-ise" finds it too. */
const OXFORD_Z = /(?<=\p{L}{3})is(e|es|ed|ing|ation|ations)$/u;
/** A word and the spellings and forms it should also find. */
function variants(word: string): string[] {
  return OXFORD_Z.test(word) ? [word, word.replace(OXFORD_Z, 'iz$1')] : [word];
}

const nameWords = (name: string) => name.split(/[\s-]+/).filter((p) => p.length > 0);

/** A name as a Lucene clause: one word as a term, several (or a hyphenated word) as a phrase. */
function clause(name: string): string {
  const parts = nameWords(name);
  return parts.length === 1 ? parts[0]! : `"${parts.join(' ')}"`;
}

/** A concept as a Lucene clause; names that give the same clause ("timor-leste", "timor leste") count once. */
function conceptClause(c: Concept): string {
  const clauses = [...new Set(c.names.map(clause))];
  return clauses.length === 1 ? clauses[0]! : `(${clauses.join(' OR ')})`;
}

/** A plain-words query read: the Lucene query that ranks it, and the terms to highlight (aliases included). */
export interface PlainQuery {
  lucene: string;
  terms: SearchTerm[];
}

/**
 * The Lucene query for a plain-words query: the words (and their aliases) in the text, plus boosts when they
 * are in the title or the agenda and subject headings, when the document holds all of them, when neighbouring
 * words stand together (a phrase) or close (a window), and when a number or year of the query is in the
 * symbol. Every word counts, but a document lacking one is still found. Null when no searchable word is left
 * (only stop words).
 */
export function readPlainQuery(query: string, ranking: Ranking = RANKING): PlainQuery | null {
  const list = words(query);
  const years = list.map(yearSpan).filter((y): y is YearSpan => y !== null);
  // A year says when, not what: it need not be in the text (a text names years mostly when it cites older
  // resolutions); only a query of nothing but years searches them as words.
  const inText = ranking.yearInText ? list : list.filter((w) => yearSpan(w) === null);
  const textFound = concepts(inText);
  const found = textFound.length > 0 ? textFound : concepts(list);
  if (found.length === 0) return null;
  const terms = found.flatMap((c) =>
    c.names.map((name): SearchTerm => {
      const parts = nameWords(name);
      return parts.length === 1 ? { kind: 'word', value: parts[0]!, field: null } : { kind: 'phrase', value: parts.join(' '), field: null };
    }),
  );
  const each = found.map(conceptClause).join(' ');
  const weighted = (clause: string, weight: number) => (weight > 0 ? [`${clause}^${weight}`] : []);
  const parts = [`text:(${each})`, ...weighted(`title:(${each})`, ranking.title)];
  parts.push(...weighted(`agenda:(${each})`, ranking.meta), ...weighted(`subjectText:(${each})`, ranking.meta));
  if (found.length > 1) parts.push(...weighted(`(${found.map((c) => `+${conceptClause(c)}`).join(' ')})`, ranking.allWords));
  const plainWords = list.filter((w) => !STOP.has(w)).flatMap((w) => w.split('-').filter((p) => !STOP.has(p)));
  for (let i = 1; i < plainWords.length; i += 1) {
    const pair = `"${plainWords[i - 1]} ${plainWords[i]}"`;
    parts.push(...weighted(`${pair}~${ranking.pairSlop}`, ranking.pair), ...weighted(`${pair}~${ranking.windowSlop}`, ranking.window));
  }
  // A number names a resolution: "res 1718" is the phrase its symbol "S/RES/1718 (2006)" holds (not its year).
  const numbers = list.filter((w) => /^\d{1,6}$/.test(w));
  if (numbers.length > 0) parts.push(...weighted(`symbol:(${numbers.map((n) => `"res ${n}"`).join(' ')})`, ranking.symbol));
  // The year and the citing texts only rank what the words found: they are optional beside a required group of
  // the other clauses (a resolution is never found only because another one cites it with these words).
  const year = years.length > 0 ? weighted(`(${years.map((y) => `dayKey:[${y.from}0101 TO ${y.to}1231]`).join(' OR ')})`, ranking.year) : [];
  const ranks = [...weighted(`citedAs:(${each})`, ranking.citedAs), ...year];
  return { lucene: ranks.length > 0 ? `+(${parts.join(' OR ')}) ${ranks.join(' ')}` : parts.join(' OR '), terms };
}

/** The years a query word names: a year of the Council (1946 to this year) or a decade ("1990s"). */
interface YearSpan {
  from: number;
  to: number;
}

const FIRST_YEAR = 1946;

function yearSpan(word: string): YearSpan | null {
  const decade = /^(\d{3})0s$/.exec(word);
  const from = decade ? Number(decade[1]) * 10 : /^\d{4}$/.test(word) ? Number(word) : NaN;
  const to = decade ? from + 9 : from;
  if (!(to >= FIRST_YEAR && from <= new Date().getUTCFullYear())) return null;
  return { from, to };
}
