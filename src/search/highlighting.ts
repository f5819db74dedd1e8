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

interface Word {
  start: number;
  end: number;
  lower: string;
  stem: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    const lower = m[0].toLowerCase();
    return { start: m.index, end: m.index + m[0].length, lower, stem: lightStem(lower) };
  });
}

function wildcardRegex(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'u');
}

/** A word-level test for one term, prepared once per term (stem, pattern) rather than once per word. */
function wordMatcher(term: SearchTerm): (word: Word) => boolean {
  switch (term.kind) {
    case 'word': {
      const stem = lightStem(term.value);
      return (w) => stemsMatch(w.stem, stem);
    }
    case 'wildcard': {
      const pattern = wildcardRegex(term.value);
      return (w) => pattern.test(w.lower);
    }
    case 'fuzzy': {
      const stem = lightStem(term.value);
      const edits = term.maxEdits ?? 2;
      return (w) => levenshtein(w.lower, term.value, edits) <= edits || stemsMatch(w.stem, stem);
    }
    default:
      return () => false;
  }
}

/**
 * Where the positive terms occur in `text` (a title or a paragraph), as sorted, merged [start, end) ranges.
 * Phrases are marked as one range from their first to their last word.
 */
export function highlight(text: string, terms: SearchTerm[], field: 'title' | 'text'): Highlight[] {
  const relevant = terms.filter((t) => t.field === null || t.field === field);
  if (relevant.length === 0) return [];
  const list = words(text);
  const ranges: Highlight[] = [];
  for (const term of relevant) {
    if (term.kind === 'phrase') {
      const stems = term.value.split(' ').map(lightStem);
      for (let i = 0; i + stems.length <= list.length; i += 1) {
        if (stems.every((s, k) => stemsMatch(list[i + k]!.stem, s))) ranges.push({ start: list[i]!.start, end: list[i + stems.length - 1]!.end });
      }
    } else {
      const matches = wordMatcher(term);
      for (const w of list) if (matches(w)) ranges.push({ start: w.start, end: w.end });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Highlight[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
