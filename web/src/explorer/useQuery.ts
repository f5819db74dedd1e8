import { useEffect, useState } from 'react';
import { ApiError, gql } from './api';
import { takeEarlyQuery } from './earlyQuery';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ok'; data: T };

/**
 * Runs `query` whenever `key` changes (null skips it), cancelling the previous request so a slow
 * answer never overwrites a newer one (an early request, not cancellable, is ignored instead).
 */
export function useQuery<T>(query: string, variables: Record<string, unknown> | null, key: string): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: variables ? 'loading' : 'idle' });
  useEffect(() => {
    if (!variables) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    // The page's first request may already be on its way (earlyQuery.ts).
    (takeEarlyQuery<T>(query, key) ?? gql<T>(query, variables, controller.signal)).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ok', data });
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: err instanceof ApiError ? err : new ApiError(String(err), 'CLIENT_ERROR') });
      },
    );
    return () => controller.abort();
  }, [query, key]);
  return state;
}
