import { AppError } from '../../../../src/errors/AppError';
import { ErrorCode } from '../../../../src/errors/ErrorCode';
import { extractTerms, filteredInLucene, paragraphQuery } from '../../../../src/resolvers/search/luceneQuery';
import { toFilterParams } from '../../../../src/resolvers/resolution/toFilterParams';
import { translateSearchError, validateSearchQuery } from '../../../../src/resolvers/search/searchErrors';
import { cutSnippet } from '../../../../src/resolvers/search/snippets';
import { highlight } from '../../../../src/resolvers/search/textMatching';

describe('extractTerms', () => {
  it('keeps positive words, phrases, wildcards and fuzzy terms with their fields', () => {
    expect(extractTerms('"foreign terrorist fighters" AND title:threats OR sanct* OR talibn~1 text:(cyprus OR "buffer zone")')).toEqual([
      { kind: 'phrase', value: 'foreign terrorist fighters', field: null },
      { kind: 'word', value: 'threats', field: 'title' },
      { kind: 'wildcard', value: 'sanct*', field: null },
      { kind: 'fuzzy', value: 'talibn', maxEdits: 1, field: null },
      { kind: 'word', value: 'cyprus', field: 'text' },
      { kind: 'phrase', value: 'buffer zone', field: 'text' },
    ]);
  });

  it('drops negated terms and groups, ranges, and unknown fields', () => {
    expect(extractTerms('peace -war NOT (iraq OR "gulf war") !kuwait year:[1990 TO 1991] other:field')).toEqual([{ kind: 'word', value: 'peace', field: null }]);
  });

  it('treats boosts, escapes and operators leniently', () => {
    expect(extractTerms('+sanctions^2 && embargo || arms\\-trade')).toEqual([
      { kind: 'word', value: 'sanctions', field: null },
      { kind: 'word', value: 'embargo', field: null },
      { kind: 'phrase', value: 'arms trade', field: null },
    ]);
  });
});

describe('paragraphQuery', () => {
  it('ORs the terms that search the text, escaping Lucene syntax', () => {
    expect(paragraphQuery(extractTerms('title:korea AND "rule of law" OR sanct* OR talibn~'))).toBe('"rule of law" OR sanct* OR talibn~2');
  });
  it('is null when only the title is searched', () => {
    expect(paragraphQuery(extractTerms('title:korea'))).toBeNull();
  });
});

describe('highlight', () => {
  const text = 'Reaffirming that terrorism, and terrorists returning from conflict zones, threaten peace; the Foreign Terrorist Fighters return.';
  const marked = (t: string, q: string, field: 'title' | 'text' = 'text') => highlight(t, extractTerms(q), field).map((h) => t.slice(h.start, h.end));

  it('marks light-stemmed variants of a word', () => {
    expect(marked(text, 'terrorist')).toEqual(['terrorists', 'Terrorist']);
    expect(marked(text, 'returns')).toEqual(['returning', 'return']);
  });
  it('marks a phrase as one range, wildcards and fuzzy terms word by word', () => {
    expect(marked(text, '"foreign terrorist fighters"')).toEqual(['Foreign Terrorist Fighters']);
    expect(marked(text, 'threat*')).toEqual(['threaten']);
    expect(marked(text, 'peacc~1')).toEqual(['peace']);
  });
  it('leaves out terms for the other field, and merges overlaps', () => {
    expect(marked(text, 'title:peace')).toEqual([]);
    expect(marked(text, '"foreign terrorist" OR terrorist')).toEqual(['terrorists', 'Foreign Terrorist']);
  });
});

describe('cutSnippet', () => {
  it('keeps short text whole', () => {
    expect(cutSnippet('short text', [{ start: 0, end: 5 }], 100)).toEqual({ text: 'short text', highlights: [{ start: 0, end: 5 }] });
  });
  it('cuts long text around the first highlight at word boundaries and shifts the highlights', () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    const start = words.indexOf('w120');
    const cut = cutSnippet(words, [{ start, end: start + 4 }], 120);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(122);
    expect(cut.highlights).toHaveLength(1);
    expect(cut.text.slice(cut.highlights[0]!.start, cut.highlights[0]!.end)).toBe('w120');
  });
});

describe('validateSearchQuery', () => {
  it.each([
    ['', /empty/],
    ['"open', /double quote/],
    ['(a OR b', /never closed/],
    ['a) OR (b', /never opened/],
    ['AND peace', /operator/],
    ['peace NOT', /operator/],
    ['x'.repeat(501), /limit is 500/],
  ])('rejects %p', (q, message) => {
    expect(() => validateSearchQuery(q)).toThrow(message);
  });
  it('accepts and trims valid syntax, including escaped quotes', () => {
    expect(validateSearchQuery('  "rule of law" AND (iraq OR kuwait) \\"  ')).toBe('"rule of law" AND (iraq OR kuwait) \\"');
  });
});

describe('translateSearchError', () => {
  const wrapped = (message: string) => new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Unexpected error while reading the graph.', {}, new Error(message));

  it('turns a Lucene parse error into BAD_USER_INPUT with the position', () => {
    const err = translateSearchError(wrapped("Failed to invoke procedure: Caused by: org.apache.lucene.queryparser.classic.ParseException: Encountered \"<EOF>\" at line 1, column 6.\nWas expecting one of: ..."));
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The search query is not valid Lucene syntax: unexpected "<EOF>" near character 7.' });
  });
  it('turns a lexical error into BAD_USER_INPUT', () => {
    const err = translateSearchError(wrapped('Caused by: org.apache.lucene.queryparser.classic.TokenMgrError: Lexical error at line 1, column 12.  Encountered: <EOF>'));
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The search query is not valid Lucene syntax: unexpected <EOF> near character 12.' });
  });
  it('turns a bad /regex/ term into BAD_USER_INPUT (found by the fuzz test)', () => {
    const err = translateSearchError(wrapped('Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: java.lang.IllegalArgumentException: integer expected at position 3'));
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { argument: 'query' } });
    expect((err as Error).message).toMatch(/invalid regular expression .*position 4/);
  });
  it("turns Lucene's TooManyClauses into BAD_USER_INPUT on the query argument", () => {
    // The message Neo4j 5.26 relays from Lucene 9 when a rewritten query exceeds its clause limit.
    const err = translateSearchError(wrapped('Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.search.IndexSearcher$TooManyClauses: maxClauseCount is set to 1024'));
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { argument: 'query' } });
    expect((err as Error).message).toMatch(/too many terms/);
  });
  it('passes other errors on unchanged', () => {
    const other = wrapped('connection reset');
    expect(translateSearchError(other)).toBe(other);
    const unavailable = new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'down');
    expect(translateSearchError(unavailable)).toBe(unavailable);
  });
});

describe('filteredInLucene', () => {
  const inLucene = (filter: Parameters<typeof toFilterParams>[0]) => filteredInLucene('sanctions OR embargo', toFilterParams(filter));

  it('keeps the query as it is without a filter', () => {
    expect(inLucene({})).toBe('sanctions OR embargo');
  });

  it('puts years and dates into the query as one dayKey range of weight 0, the narrowest bounds winning', () => {
    expect(inLucene({ year: 2011 })).toBe('+(sanctions OR embargo) +dayKey:[20110101 TO 20111231]^0');
    expect(inLucene({ yearFrom: 1990 })).toBe('+(sanctions OR embargo) +dayKey:[19900101 TO 99999999]^0');
    expect(inLucene({ yearFrom: 1990, yearTo: 1999, dateFrom: '1991-03-15' })).toBe('+(sanctions OR embargo) +dayKey:[19910315 TO 19991231]^0');
    expect(inLucene({ dateTo: '1960-07-14' })).toBe('+(sanctions OR embargo) +dayKey:[00000000 TO 19600714]^0');
  });

  it('leaves filters that need the graph to Cypher', () => {
    expect(inLucene({ year: 2011, topic: 'libya' })).toBeNull();
    expect(inLucene({ chapterVII: true })).toBeNull();
    expect(inLucene({ hasText: true })).toBeNull();
  });
});
