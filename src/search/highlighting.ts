/**
 * Finding a query's words again in a text (a title or a paragraph) to mark them: the terms a query looks for,
 * a light stemmer, and the ranges where the terms occur.
 */

/**
 * A positive term of a search query, as far as highlighting needs it; each hit carries its query's terms to
 * its snippets. `field` is null when the term searches both title and text.
 */
export interface SearchTerm {
  kind: 'word' | 'wildcard' | 'fuzzy' | 'phrase';
  /** the word, the wildcard pattern, or the phrase's words joined by spaces (lower-case) */
  value: string;
  field: 'title' | 'text' | null;
  /** fuzzy terms: the largest edit distance (Lucene's default is 2) */
  maxEdits?: number;
}

/** A marked range of a text, [start, end) in UTF-16 code units (the GraphQL `Highlight`). */
export interface Highlight {
  start: number;
  end: number;
}

/**
 * A light English stemmer for highlighting only: Lucene's English analyzer (Porter) decides what matches;
 * this merely finds those words again in the text, so it errs on the side of recall.
 */
export function lightStem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (/(xes|zes|ches|shes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) return w.slice(0, -1);
  return w;
}

/** Same stem, or one stem extends the other by a short suffix ("terror" / "terrorism", "nation" / "national"). */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 4;
}

/** Edit distance between two short words, stopping early once it exceeds `max`. */
export function levenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** A word of a text: letters and digits, with an apostrophe and letters after them ("Council's", "d'Ivoire"). */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

/** Classes of the ASCII characters: 2 a letter, 1 a digit, 0 neither. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 2 : c >= 48 && c <= 57 ? 1 : 0));

/**
 * The classes of the Basic Multilingual Plane's code points beyond ASCII, each found by the regexes once and
 * kept (UNKNOWN until then): the texts' no-break spaces, dashes, quotes and accented letters otherwise cost a
 * one-character string and two regex tests each time. (The allocation profile had put 5 % of a search request's
 * bytes on scanWords, but the total per request did not measurably fall with this table: inlining had moved
 * the closure's own allocations onto it.)
 */
const UNKNOWN = 255;
const BMP_CLASS = new Uint8Array(0x10000).fill(UNKNOWN);

/** The code point's class: 2 a letter, 1 a number (not a letter), 0 neither. ASCII is answered without a regex. */
function charClass(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp]!;
  if (cp === 0x2019) return 0;
  if (cp < 0x10000) {
    const known = BMP_CLASS[cp]!;
    if (known !== UNKNOWN) return known;
    return (BMP_CLASS[cp] = regexClass(cp));
  }
  return regexClass(cp);
}

function regexClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? 2 : LETTER_OR_NUMBER.test(ch) ? 1 : 0;
}

/** The code point at `i`: its code unit, or the pair's code point at a high surrogate. */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
}

/**
 * Calls `visit(start, end)` for each match of {@link WORD} in `text`, in order, without building match arrays
 * or substrings: the highlighter passes over most words by their first character alone. Reads code points
 * as WORD's `u` flag does.
 */
export function scanWords(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = codePointAt(text, i);
    if (charClass(cp) === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    while (i < n && charClass((cp = codePointAt(text, i))) !== 0) i += cp > 0xffff ? 2 : 1;
    if (i < n - 1 && (cp === 39 || cp === 0x2019)) {
      let j = i + 1;
      while (j < n && charClass((cp = codePointAt(text, j))) === 2) j += cp > 0xffff ? 2 : 1;
      if (j > i + 1) i = j;
    }
    visit(start, i);
  }
}

function wildcardRegex(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'u');
}

/** A word-level test for one term, prepared once per term (stem, pattern): `lower` is the word lower-cased, `stem` its light stem. */
function wordMatcher(term: SearchTerm): (lower: string, stem: string) => boolean {
  switch (term.kind) {
    case 'word': {
      const stem = lightStem(term.value);
      return (_lower, s) => stemsMatch(s, stem);
    }
    case 'wildcard': {
      const pattern = wildcardRegex(term.value);
      return (lower) => pattern.test(lower);
    }
    case 'fuzzy': {
      const stem = lightStem(term.value);
      const edits = term.maxEdits ?? 2;
      return (lower, s) => levenshtein(lower, term.value, edits) <= edits || stemsMatch(s, stem);
    }
    default:
      return () => false;
  }
}

/**
 * What one word of a text (as written) is to the terms: whether a single-word term marks it, and which phrase
 * words (by their index in the highlighter's list) it stands for. It depends on the word alone, so it is
 * worked out once per distinct word and then looked up.
 */
interface WordFit {
  single: boolean;
  phraseWords: boolean[];
}

/** The fit of a word that no term can mark. */
const NO_FIT: WordFit = { single: false, phraseWords: [] };

const lowerAscii = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/**
 * The ASCII first characters (lower-case char codes) that a word must start with for some term to mark it, or
 * null when no such rule holds (a fuzzy term, a wildcard that starts with `*` or `?`). A word term or phrase
 * word marks a word only when their light stems match, and light stems keep a word's first character and
 * match only from the same first character; a wildcard's literal first character must start the word. A word
 * that starts with a non-ASCII character is always matched in full, so the set needs no such characters.
 */
function firstCharacters(terms: SearchTerm[]): Set<number> | null {
  const set = new Set<number>();
  for (const t of terms) {
    if (t.kind === 'fuzzy' || (t.kind === 'wildcard' && /^[*?]/.test(t.value))) return null;
    const starts = t.kind === 'phrase' ? t.value.split(' ').map(lightStem) : [t.kind === 'word' ? lightStem(t.value) : t.value];
    for (const start of starts) set.add(lowerAscii(start.charCodeAt(0)));
  }
  return set;
}

/** Marks the terms in a text: `(text) => ranges`. */
export type Highlighter = (text: string) => Highlight[];

/**
 * The highlighter for `terms` in one field: the terms are prepared once (stems, patterns), a word whose first
 * character no term can start with is passed over, and every other distinct word is matched once, so a page
 * of snippets stems and tests each candidate word form once rather than every word of every paragraph. Marks
 * where the positive terms occur in a text (a title or a paragraph), as sorted, merged [start, end) ranges;
 * a phrase is marked as one range from its first to its last word.
 */
export function highlighter(terms: SearchTerm[], field: 'title' | 'text'): Highlighter {
  const relevant = terms.filter((t) => t.field === null || t.field === field);
  if (relevant.length === 0) return () => [];
  const singles = relevant.filter((t) => t.kind !== 'phrase').map(wordMatcher);
  const phraseStems: string[] = [];
  const phrases = relevant
    .filter((t) => t.kind === 'phrase')
    .map((t) =>
      t.value.split(' ').map((word) => {
        const stem = lightStem(word);
        const at = phraseStems.indexOf(stem);
        return at >= 0 ? at : phraseStems.push(stem) - 1;
      }),
    );
  const first = firstCharacters(relevant);
  const fits = new Map<string, WordFit>();
  const fitOf = (word: string): WordFit => {
    let fit = fits.get(word);
    if (!fit) {
      const lower = word.toLowerCase();
      const stem = lightStem(lower);
      fit = { single: singles.some((m) => m(lower, stem)), phraseWords: phraseStems.map((s) => stemsMatch(stem, s)) };
      fits.set(word, fit);
    }
    return fit;
  };
  return (text) => {
    const ranges: Highlight[] = [];
    // Phrases need the words in order; without phrases only the marked words are kept.
    const starts: number[] = [];
    const ends: number[] = [];
    const list: WordFit[] = [];
    const keepWords = phrases.length > 0;
    scanWords(text, (start, end) => {
      const code = text.charCodeAt(start);
      const fit = first !== null && code < 128 && !first.has(lowerAscii(code)) ? NO_FIT : fitOf(text.slice(start, end));
      if (fit.single) ranges.push({ start, end });
      if (keepWords) {
        starts.push(start);
        ends.push(end);
        list.push(fit);
      }
    });
    for (const words of phrases) {
      for (let i = 0; i + words.length <= list.length; i += 1) {
        if (words.every((w, k) => list[i + k]!.phraseWords[w] === true)) ranges.push({ start: starts[i]!, end: ends[i + words.length - 1]! });
      }
    }
    ranges.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: Highlight[] = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
      else merged.push(r);
    }
    return merged;
  };
}

/** Where the positive terms occur in `text` (see {@link highlighter}, which serves many texts of one query). */
export function highlight(text: string, terms: SearchTerm[], field: 'title' | 'text'): Highlight[] {
  return highlighter(terms, field)(text);
}
