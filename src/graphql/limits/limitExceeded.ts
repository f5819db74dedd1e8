import { AppError } from '../../errors/AppError';
import { ErrorCode } from '../../errors/ErrorCode';

/** The query limits a client can hit; `extensions.limit` names one of them. */
export type LimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost' | 'batch';

/**
 * A request refused before any database work because it is too big. HTTP 400 (not Apollo's
 * default 500 for errors raised by plugins), code QUERY_TOO_COMPLEX, and the limit with its maximum
 * and what the request asked for, so a client can shrink the query instead of guessing.
 */
export function limitExceeded(limit: LimitName, max: number, found: number | null, message: string): AppError {
  return new AppError(ErrorCode.QUERY_TOO_COMPLEX, message, { limit, max, ...(found !== null ? { found } : {}), http: { status: 400 } });
}
