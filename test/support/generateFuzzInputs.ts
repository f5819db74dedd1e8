import { createRng, type Rng } from './createRng';

export interface FuzzInput {
  kind: string;
  /** A JSON body as sent, or raw text when the input is a malformed body. */
  body: unknown;
}

const WORDS = ['peace', 'security', 'Iraq', 'sanctions', 'resolution', 'Council', 'decides', 'reaffirms', 'Somalia', 'piracy', 'women', 'children', 'ceasefire', 'Kosovo', 'nuclear', 'terrorism', 'humanitarian', '2396', 'S/RES/1373'];
const LUCENE_BITS = ['AND', 'OR', 'NOT', '&&', '||', '!', '+', '-', '"', '(', ')', '[', ']', '{', '}', '^', '~', '*', '?', ':', '\\', '/', 'TO', 'title:', 'text:', 'nofield:', '_id:', '*:*', '~0.5', '~2', '^10', '^-1', '"', '\\\\', 'AND AND', 'OR (', '[* TO *]', '{a TO}', '/[a-z]+/', '/(', '?*', '**'];
const UNICODE = ['é', 'ß', 'İ', 'ﬁ', '中文', 'العربية', 'עברית', '\u202e', '\u200b', '\u0000', '\u0007', '\ufeff', '😀', '👩‍👩‍👧', 'e\u0301', '\ud800', '\udfff', '\u{10ffff}', '𝔘𝔫𝔦', 'Ω', '∑', '\t', '\n', '\r\n'];
const ODD_NUMBERS: unknown[] = [0, -1, 1, 2, 99, 100, 101, 2396, 2147483647, 2147483648, -2147483649, 9007199254740993, 1e308, -1e308, 1.5, -0, '12', 'NaN', 'Infinity', null, true, [], {}, '', ' 7 ', '0x10', '1e3'];
const SYMBOLS = ['S/RES/2396 (2017)', 's/res/2396', 'S/RES/2396(2017)', 'S/RES/', 'S/RES/-1 (2017)', 'S/RES/99999999999999999999 (2017)', 'S/PV.8148', '%00', "'; DROP", '") RETURN 1 //', '{number: 1}', '$param', 'MATCH (n) DETACH DELETE n'];

function luceneString(r: Rng): string {
  const parts: string[] = [];
  const n = r.int(1, 12);
  for (let i = 0; i < n; i++) {
    const roll = r.next();
    if (roll < 0.4) parts.push(r.pick(WORDS));
    else if (roll < 0.75) parts.push(r.pick(LUCENE_BITS));
    else if (roll < 0.9) parts.push(r.pick(UNICODE));
    else parts.push(String(r.pick(ODD_NUMBERS)));
  }
  return parts.join(r.chance(0.7) ? ' ' : '');
}

function randomChars(r: Rng, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const roll = r.next();
    s += roll < 0.7 ? String.fromCharCode(r.int(32, 126)) : roll < 0.9 ? r.pick(UNICODE) : String.fromCharCode(r.int(0, 0xffff));
  }
  return s;
}

function hugeString(r: Rng): string {
  const unit = r.pick(['peace ', 'a', '(', '"', '*', 'AND ', '\\', '😀', 'title:x ']);
  return unit.repeat(Math.ceil(r.int(1_000, 30_000) / unit.length));
}

const SEARCH = 'query($q: String!, $first: Int, $after: String) { search(query: $q, first: $first, after: $after) { totalCount edges { cursor node { score resolution { number title } snippets { ref text highlights { start end } } } } facets { years { value count } } } }';

function deepCites(depth: number): string {
  let inner = 'number';
  for (let i = 0; i < depth; i++) inner = `cites(first: 2) { edges { node { ${inner} } } }`;
  return `{ resolution(number: 1) { ${inner} } }`;
}

function wide(r: Rng, count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `a${i}: ${r.pick(['serverInfo { version }', 'resolution(number: 2) { number title }', 'stats { resolutions }', 'members { code }', 'search(query: "peace", first: 1) { totalCount }'])}`);
  return `{ ${fields.join(' ')} }`;
}

const GENERATORS: Array<[string, (r: Rng) => unknown]> = [
  ['lucene', (r) => ({ query: SEARCH, variables: { q: luceneString(r), first: r.pick([1, 5, 20]) } })],
  ['lucene-unicode', (r) => ({ query: SEARCH, variables: { q: randomChars(r, r.int(0, 60)), first: 3 } })],
  ['lucene-huge', (r) => ({ query: SEARCH, variables: { q: hugeString(r), first: 2 } })],
  ['lucene-inline', (r) => ({ query: `{ search(query: ${JSON.stringify(luceneString(r))}, first: 3) { totalCount edges { node { score } } } }` })],
  ['search-odd-args', (r) => ({ query: SEARCH, variables: { q: r.pick(WORDS), first: r.pick(ODD_NUMBERS), after: r.pick([null, randomChars(r, r.int(0, 40)), 'bm8=', 'MTA=', 'eyJvIjotMX0=']) } })],
  [
    'search-filter',
    (r) => ({
      query: 'query($q: String!, $f: ResolutionFilter) { search(query: $q, filter: $f, first: 5) { totalCount facets { topics { value count } members { value count } } } }',
      variables: { q: r.pick(WORDS), f: { year: r.pick(ODD_NUMBERS), yearFrom: r.pick(ODD_NUMBERS), dateFrom: r.pick(['2017-12-21', '2017-13-45', 'yesterday', '', 0]), topic: r.pick([null, randomChars(r, 10)]), member: r.pick([null, 'FRA', 'xx', randomChars(r, 4)]), hasText: r.pick([true, false, null, 'yes']) } },
    }),
  ],
  ['resolution-number', (r) => ({ query: 'query($n: Int!) { resolution(number: $n) { number symbol title citesCount cites(first: 3) { totalCount } } }', variables: { n: r.pick(ODD_NUMBERS) } })],
  ['resolution-symbol', (r) => ({ query: 'query($s: String!) { resolutionBySymbol(symbol: $s) { number } }', variables: { s: r.chance(0.5) ? r.pick(SYMBOLS) : randomChars(r, r.int(0, 30)) } })],
  [
    'listing',
    (r) => ({
      query: 'query($first: Int, $after: String, $f: ResolutionFilter) { resolutions(first: $first, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } edges { node { number } } } }',
      variables: { first: r.pick(ODD_NUMBERS), after: r.pick([null, randomChars(r, r.int(0, 24)), 'MQ==', '////']), f: r.pick([null, { cites: r.pick(ODD_NUMBERS) }, { citedBy: r.pick(ODD_NUMBERS), unanimous: r.pick([true, null]) }]) },
    }),
  ],
  ['chain', (r) => ({ query: 'query($n: Int!, $d: Int) { citationChain(number: $n, maxDepth: $d) { totalCount truncated entries { distance resolution { number } } } }', variables: { n: r.pick(ODD_NUMBERS), d: r.pick(ODD_NUMBERS) } })],
  ['paths', (r) => ({ query: 'query($a: Int!, $b: Int!, $d: Int, $l: Int) { citationPaths(from: $a, to: $b, maxDepth: $d, limit: $l) { length nodes { number } edges { source target } } }', variables: { a: r.pick(ODD_NUMBERS), b: r.pick(ODD_NUMBERS), d: r.pick(ODD_NUMBERS), l: r.pick(ODD_NUMBERS) } })],
  [
    'graph',
    (r) => ({
      query: 'query($ns: [Int!]!, $d: Int, $l: Int) { citationGraph(numbers: $ns, depth: $d, limit: $l) { truncated nodes { id inDegree } edges { source target } } }',
      variables: { ns: r.pick([[], [1], [1, 2, 3], Array.from({ length: 60 }, (_, i) => i), [r.pick(ODD_NUMBERS)], 'x']), d: r.pick(ODD_NUMBERS), l: r.pick(ODD_NUMBERS) },
    }),
  ],
  ['lookups', (r) => ({ query: 'query($s: String!) { topic(name: $s) { name } member(code: $s) { code } meeting(symbol: $s) { symbol } }', variables: { s: r.chance(0.5) ? r.pick(SYMBOLS) : randomChars(r, r.int(0, 20)) } })],
  ['deep', (r) => ({ query: deepCites(r.int(1, 14)) })],
  ['wide', (r) => ({ query: wide(r, r.int(1, 40)) })],
  ['directives', (r) => ({ query: `{ serverInfo { version ${'@include(if: true) '.repeat(r.int(0, 30))} } }` })],
  ['fragments', (r) => ({ query: `{ resolution(number: 1) { ...F } } fragment F on Resolution { ${'number '.repeat(r.int(1, 5))} ${r.chance(0.3) ? '...F' : ''} }` })],
  ['garbage-document', (r) => ({ query: randomChars(r, r.int(0, 300)) })],
  ['truncated-document', (r) => ({ query: SEARCH.slice(0, r.int(0, SEARCH.length - 1)), variables: { q: 'peace' } })],
  ['odd-body', (r) => r.pick<unknown>([{}, [], [{}], null, 42, 'text', { query: 42 }, { query: ['{ x }'] }, { query: '{ serverInfo { version } }', variables: 'nope' }, { query: '{ serverInfo { version } }', operationName: 7 }, { query: '{ serverInfo { version } }', extensions: { persistedQuery: { version: 9 } } }])],
  ['malformed-json', (r) => `{"query": ${randomChars(r, r.int(0, 40))}`],
];

/** `count` inputs from `seed`, cycling through every generator so each kind is well represented. */
export function generateFuzzInputs(seed: number, count: number): FuzzInput[] {
  const r = createRng(seed);
  const inputs: FuzzInput[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, make] = GENERATORS[i % GENERATORS.length]!;
    inputs.push({ kind, body: make(r) });
  }
  return inputs;
}

export const FUZZ_KINDS = GENERATORS.map(([k]) => k);
