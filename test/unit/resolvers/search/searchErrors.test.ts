import { AppError } from '../../../../src/errors/AppError';
import { ErrorCode } from '../../../../src/errors/ErrorCode';
import { translateSearchError, validateSearchQuery } from '../../../../src/resolvers/search/searchErrors';

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
