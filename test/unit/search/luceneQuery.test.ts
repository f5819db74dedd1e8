import { escapeInWordSlashes, extractTerms, filteredInLucene, paragraphQuery } from '../../../src/search/luceneQuery';
import { toFilterParams } from '../../../src/resolvers/resolution/toFilterParams';

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
      { kind: 'word', value: 'arms', field: null },
      { kind: 'word', value: 'trade', field: null },
    ]);
    // Neo4j's parser matches any word of an unquoted term its analyzer splits: no phrase.
    expect(extractTerms('title:hiv\\/aids -arms\\-trade')).toEqual([
      { kind: 'word', value: 'hiv', field: 'title' },
      { kind: 'word', value: 'aids', field: 'title' },
    ]);
  });
});

describe('escapeInWordSlashes', () => {
  it('escapes a slash between letters or digits, and leaves regular expressions and escapes alone', () => {
    expect(escapeInWordSlashes('HIV/AIDS AND africa')).toBe('HIV\\/AIDS AND africa');
    expect(escapeInWordSlashes('S/RES/1718')).toBe('S\\/RES\\/1718');
    expect(escapeInWordSlashes('/terror.*/ OR text:/ab[cd]/')).toBe('/terror.*/ OR text:/ab[cd]/');
    expect(escapeInWordSlashes('a\\/b')).toBe('a\\/b');
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
