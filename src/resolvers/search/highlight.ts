import type { Highlight } from '../../generated/graphql';
import { levenshtein } from './levenshtein';
import { lightStem, stemsMatch } from './lightStem';
import type { SearchTerm } from './SearchTerm';

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

function matchesWord(word: Word, term: SearchTerm): boolean {
  switch (term.kind) {
    case 'word':
      return stemsMatch(word.stem, lightStem(term.value));
    case 'wildcard':
      return wildcardRegex(term.value).test(word.lower);
    case 'fuzzy':
      return levenshtein(word.lower, term.value, term.maxEdits ?? 2) <= (term.maxEdits ?? 2) || stemsMatch(word.stem, lightStem(term.value));
    default:
      return false;
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
      for (const w of list) if (matchesWord(w, term)) ranges.push({ start: w.start, end: w.end });
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
