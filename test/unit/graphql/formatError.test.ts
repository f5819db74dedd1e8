import { createFormatError } from '../../../src/graphql/formatError';

describe('formatError', () => {
  const prod = createFormatError(false);

  it('keeps our coded errors with their details', () => {
    const out = prod({ message: 'bad', extensions: { code: 'BAD_USER_INPUT', argument: 'query', stacktrace: ['x'] } });
    expect(out).toEqual({ message: 'bad', extensions: { code: 'BAD_USER_INPUT', argument: 'query' } });
  });

  it('keeps Apollo request-level codes', () => {
    expect(prod({ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }).extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('masks anything uncoded, with no stack trace or internals in production', () => {
    const out = prod({ message: 'Neo4jError: MATCH (n) ... failed', path: ['a'], extensions: { stacktrace: ['at x'] } });
    expect(out).toEqual({ message: 'Internal server error', path: ['a'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps the stack trace for developers outside production', () => {
    const out = createFormatError(true)({ message: 'boom', extensions: { stacktrace: ['at x'] } });
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] });
  });
});
