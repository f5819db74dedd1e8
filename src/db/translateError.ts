import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors/AppError';
import { ErrorCode } from '../errors/ErrorCode';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * Maps a driver failure onto our codes. The message a client sees never holds Cypher or driver
 * internals; the original error stays attached (as `originalError`) for the server log.
 */
export function translateError(err: unknown, queryName: string): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof Neo4jError) {
    const code = err.code ?? '';
    if (UNAVAILABLE.has(code) || /connect|ECONNREFUSED|Pool is closed/i.test(err.message)) {
      return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is unavailable; try again shortly.', { query: queryName }, err);
    }
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped') {
      return new AppError(ErrorCode.TIMEOUT, 'The query took too long and was stopped.', { query: queryName }, err);
    }
    if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The server cannot sign in to the graph database.', { query: queryName }, err);
    }
  }
  return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Unexpected error while reading the graph.', { query: queryName }, err);
}
