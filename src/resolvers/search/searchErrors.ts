import { AppError, badInput } from '../../errors/AppError';
import { ErrorCode } from '../../errors/ErrorCode';
import { MAX_SEARCH_QUERY_LENGTH } from '../../limits';

/**
 * Catches the mistakes we can explain better than Lucene's parser does (empty query, unbalanced quotes or
 * parentheses, a dangling operator). Anything else the parser rejects is translated by `translateSearchError`.
 */
export function validateSearchQuery(raw: string): string {
  const query = raw.trim();
  if (query.length === 0) throw badInput('The search query is empty; type at least one word, e.g. "terrorism".', { argument: 'query' });
  if (query.length > MAX_SEARCH_QUERY_LENGTH) {
    throw badInput(`The search query is ${query.length} characters long; the limit is ${MAX_SEARCH_QUERY_LENGTH}.`, {
      argument: 'query',
      max: MAX_SEARCH_QUERY_LENGTH,
    });
  }
  const unescaped = query.replace(/\\./g, '');
  if ((unescaped.match(/"/g) ?? []).length % 2 !== 0) throw badInput('The search query has an unclosed double quote (").', { argument: 'query' });
  let depth = 0;
  for (const ch of unescaped.replace(/"[^"]*"/g, '')) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (depth < 0) throw badInput('The search query closes a parenthesis that was never opened.', { argument: 'query' });
  }
  if (depth > 0) throw badInput('The search query opens a parenthesis that is never closed.', { argument: 'query' });
  if (/^(AND|OR|&&|\|\|)\b/.test(unescaped) || /(\bAND|\bOR|\bNOT|&&|\|\|)\s*$/.test(unescaped)) {
    throw badInput('The search query starts or ends with an operator (AND, OR, NOT); put a word on each side of it.', { argument: 'query' });
  }
  return query;
}

/** Where Lucene's parser or lexer gave up: what it met, and the 1-based character position. */
function locate(cause: string): { found: string; at: number } | null {
  const parse = /Encountered (.*?) at line \d+, column (\d+)/.exec(cause);
  if (parse) return { found: parse[1]!.trim(), at: Number(parse[2]) + 1 };
  const lexical = /Lexical error at line \d+, column (\d+)\.\s+Encountered: ([^\n]*)/.exec(cause);
  if (lexical) return { found: lexical[2]!.trim(), at: Number(lexical[1]) };
  return null;
}

/**
 * The full-text procedure fails with Lucene's parser message when the syntax is wrong; that becomes
 * BAD_USER_INPUT with the parser's own explanation (which quotes only the user's query, never Cypher).
 * Every other failure is passed on unchanged.
 */
export function translateSearchError(err: unknown): unknown {
  if (!(err instanceof AppError) || err.code !== ErrorCode.INTERNAL_SERVER_ERROR) return err;
  const cause = err.originalError?.message ?? '';
  if (/ParseException|TokenMgrError|Cannot parse/.test(cause)) {
    const where = locate(cause);
    const detail = where ? `unexpected ${where.found} near character ${where.at}` : 'it could not be parsed';
    return badInput(`The search query is not valid Lucene syntax: ${detail}.`, { argument: 'query' });
  }
  // Lucene's RegExp parser (a /.../ term) rejects bad patterns with IllegalArgumentException, e.g.
  // "integer expected at position 3" for /{a TO}/; only the user's query reaches that parser.
  const regex = /IllegalArgumentException: ([^\n]*?at position (\d+))/.exec(cause) ?? /IllegalArgumentException: ([^\n]{0,120})/.exec(cause);
  if (regex) {
    const position = regex[2] !== undefined ? ` (position ${Number(regex[2]) + 1} of the pattern)` : '';
    return badInput(`The search query has an invalid regular expression between slashes${position}; escape "/" as "\\/" to search for it literally.`, { argument: 'query' });
  }
  if (/TooManyClauses|too many clauses|maxClauseCount/i.test(cause)) {
    return badInput('The search query expands to too many terms (a wildcard or fuzzy term is too broad); make it more specific.', { argument: 'query' });
  }
  return err;
}
