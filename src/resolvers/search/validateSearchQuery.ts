import { badInput } from '../../errors/AppError';
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
