import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors/ErrorCode';

const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), ...Object.values(ApolloServerErrorCode)]);

/**
 * Anything that does not carry one of our codes (or Apollo's own request-level codes) becomes
 * INTERNAL_SERVER_ERROR with a generic message, so driver messages, Cypher and stack traces never
 * reach a client. In development the stack trace stays for the developer.
 */
export function createFormatError(exposeStack: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    const known = code !== undefined && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR;
    const extensions: Record<string, unknown> = { ...(formatted.extensions ?? {}) };
    if (!exposeStack) delete extensions.stacktrace;
    if (known) return { ...formatted, extensions };
    return {
      message: 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { ...(exposeStack && extensions.stacktrace ? { stacktrace: extensions.stacktrace } : {}), code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
