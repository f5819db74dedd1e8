import { GraphQLError } from 'graphql';
import { ErrorCode } from './ErrorCode';

/**
 * Every error we raise on purpose. `extensions.code` is always one of {@link ErrorCode};
 * `details` carries machine-readable facts (the argument at fault, the limit hit) and never
 * internals such as Cypher text or driver messages.
 */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, cause?: unknown) {
    super(message, { extensions: { code, ...(details ?? {}) }, originalError: cause instanceof Error ? cause : undefined });
    this.code = code;
    this.name = 'AppError';
  }
}

export function badInput(message: string, details?: Record<string, unknown>): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, details);
}

export function notFound(message: string, details?: Record<string, unknown>): AppError {
  return new AppError(ErrorCode.NOT_FOUND, message, details);
}
