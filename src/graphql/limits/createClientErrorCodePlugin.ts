import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';

/**
 * Some request errors Apollo raises carry an HTTP 4xx status but no code (an unsupported persisted
 * query version, a hash that does not match). formatError would mask them as INTERNAL_SERVER_ERROR;
 * they are the client's mistake, so they get BAD_REQUEST and keep their message.
 */
export function createClientErrorCodePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const ext = error.extensions as Record<string, unknown> & { http?: { status?: unknown } };
            const status = typeof ext.http?.status === 'number' ? ext.http.status : 0;
            if (ext.code === undefined && status >= 400 && status < 500) ext.code = ApolloServerErrorCode.BAD_REQUEST;
          }
        },
      };
    },
  };
}
