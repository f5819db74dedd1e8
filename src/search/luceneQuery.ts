/**
 * Reading and writing Lucene queries: the terms a query looks for (to highlight them), the paragraph query for
 * snippets, and the filter Lucene can apply itself.
 */
import type { ResolutionFilterParams } from '../../loaders/ResolutionFilterParams';
import type { SearchTerm } from './highlighting';

const OPERATORS = new Set(['AND', 'OR', '&&', '||']);
const NEGATIONS = new Set(['NOT', '!']);

type Field = 'title' | 'text' | null | 'other';

/**
 * The positive terms of a Lucene query (those a matching document must or may contain), with their field.
 * Negated terms and groups (NOT x, -x, NOT (...)) are left out, as are ranges and unknown fields. It reads
 * the query leniently: it runs after Lucene accepted the query, and only to find words to highlight.
 */
export function extractTerms(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  // One entry per open parenthesis: whether the group is negated, and the field it searches.
  const groups: Array<{ negated: boolean; field: Field }> = [{ negated: false, field: null }];
  let negateNext = false;
  let fieldNext: Field | undefined;
  let i = 0;
  const top = () => groups[groups.length - 1]!;
  const push = (term: Omit<SearchTerm, 'field'>) => {
    const field = fieldNext ?? top().field;
    if (!negateNext && !top().negated && field !== 'other') terms.push({ ...term, field });
    negateNext = false;
    fieldNext = undefined;
  };
  while (i < query.length) {
    const ch = query[i]!;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (ch === '(') {
      groups.push({ negated: top().negated || negateNext, field: fieldNext ?? top().field });
      negateNext = false;
      fieldNext = undefined;
      i += 1;
      continue;
    }
    if (ch === ')') {
      if (groups.length > 1) groups.pop();
      i += 1;
      continue;
    }
    if (ch === '-' || ch === '!') {
      negateNext = true;
      i += 1;
      continue;
    }
    if (ch === '+') {
      i += 1;
      continue;
    }
    if (ch === '[' || ch === '{') {
      const close = query.slice(i).search(/[\]}]/);
      i = close < 0 ? query.length : i + close + 1;
      negateNext = false;
      fieldNext = undefined;
      continue;
    }
    if (ch === '"') {
      const end = query.indexOf('"', i + 1);
      const inner = query.slice(i + 1, end < 0 ? query.length : end);
      i = end < 0 ? query.length : end + 1;
      const suffix = /^(~\d*)?(\^[\d.]+)?/.exec(query.slice(i))![0];
      i += suffix.length;
      const words = inner.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length === 1) push({ kind: 'word', value: words[0]! });
      else if (words.length > 1) push({ kind: 'phrase', value: words.join(' ') });
      else {
        negateNext = false;
        fieldNext = undefined;
      }
      continue;
    }
    const token = /^(?:\\.|[^\s()"[\]{}])+/.exec(query.slice(i))?.[0] ?? ch;
    i += token.length;
    if (OPERATORS.has(token)) continue;
    if (NEGATIONS.has(token)) {
      negateNext = true;
      continue;
    }
    const fieldMatch = /^([\p{L}_]+):(.*)$/u.exec(token);
    let body = token;
    if (fieldMatch) {
      const name = fieldMatch[1]!.toLowerCase();
      fieldNext = name === 'title' ? 'title' : name === 'text' ? 'text' : 'other';
      body = fieldMatch[2]!;
      if (body === '') continue; // the field applies to the phrase or group that follows
    }
    body = body.replace(/\^[\d.]+$/, '').replace(/\\(.)/g, '$1');
    const fuzzy = /^(.*?)~(\d*(?:\.\d+)?)$/.exec(body);
    if (fuzzy) {
      const word = fuzzy[1]!.toLowerCase();
      const edits = fuzzy[2] ? Math.min(2, Math.floor(Number(fuzzy[2]))) : 2;
      if (word) push({ kind: 'fuzzy', value: word, maxEdits: edits >= 1 ? edits : 2 });
      continue;
    }
    const lower = body.toLowerCase();
    if (/[*?]/.test(lower)) {
      if (/[\p{L}\p{N}]/u.test(lower)) push({ kind: 'wildcard', value: lower });
      continue;
    }
    // An unquoted term the analyzer splits ("arms\-trade", "hiv\/aids") matches any of its words, as
    // Neo4j's parser makes no phrase of it.
    const words = lower.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) {
      negateNext = false;
      fieldNext = undefined;
      continue;
    }
    const negate: boolean = negateNext;
    const field = fieldNext;
    for (const value of words) {
      negateNext = negate;
      fieldNext = field;
      push({ kind: 'word', value });
    }
  }
  return terms;
}

/**
 * A Lucene query with every slash between two letters or digits escaped ("HIV/AIDS AND africa"): Lucene would
 * read it as the start of a regular expression, which has to start a term, so none is meant there.
 */
export function escapeInWordSlashes(query: string): string {
  return query.replace(/(?<=[\p{L}\p{N}])\/(?=[\p{L}\p{N}])/gu, '\\/');
}

const escape = (word: string) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');

/**
 * The Lucene query that picks snippet paragraphs: any positive term that searches the text, OR-ed, so a
 * paragraph qualifies when it holds one of the words that made its resolution match. Null when no term
 * searches the text (e.g. `title:` only): such hits get a title snippet.
 */
export function paragraphQuery(terms: SearchTerm[]): string | null {
  const parts = terms
    .filter((t) => t.field !== 'title')
    .map((t) => {
      switch (t.kind) {
        case 'phrase':
          return `"${t.value}"`;
        case 'fuzzy':
          return `${escape(t.value)}~${t.maxEdits ?? 2}`;
        case 'wildcard':
          return t.value.replace(/[+\-&|!(){}[\]^"~:\\/]/g, '\\$&');
        default:
          return escape(t.value);
      }
    });
  return parts.length > 0 ? [...new Set(parts)].join(' OR ') : null;
}

/** The filter keys Lucene applies itself, through the indexed adoption day `dayKey` ("YYYYMMDD"). */
const DAY_KEYS = new Set<keyof ResolutionFilterParams>(['year', 'yearFrom', 'yearTo', 'dateFrom', 'dateTo']);

const day = (year: number, monthDay: string) => `${String(year).padStart(4, '0')}${monthDay}`;

/**
 * The search query with the filter inside it, when Lucene can apply the whole filter: none, or only years and
 * dates (a `dayKey` range). Then Lucene's own top-k pages and counts the results. The range clause has weight
 * 0, so scores and ranking are those of the query alone. Null when the filter needs the graph (topics,
 * members, citations, votes…): those searches walk every match and filter it in Cypher.
 */
export function filteredInLucene(query: string, f: ResolutionFilterParams): string | null {
  const used = (Object.keys(f) as Array<keyof ResolutionFilterParams>).filter((k) => f[k] !== null);
  if (used.length === 0) return query;
  if (!used.every((k) => DAY_KEYS.has(k))) return null;
  const lows = [f.year !== null ? day(f.year, '0101') : null, f.yearFrom !== null ? day(f.yearFrom, '0101') : null, f.dateFrom?.replace(/-/g, '') ?? null];
  const highs = [f.year !== null ? day(f.year, '1231') : null, f.yearTo !== null ? day(f.yearTo, '1231') : null, f.dateTo?.replace(/-/g, '') ?? null];
  const low = lows.filter((d): d is string => d !== null).sort().at(-1) ?? '00000000';
  const high = highs.filter((d): d is string => d !== null).sort()[0] ?? '99999999';
  return `+(${query}) +dayKey:[${low} TO ${high}]^0`;
}
