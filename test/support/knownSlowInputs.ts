import type { FuzzInput } from './generateFuzzInputs';

/**
 * Fuzz inputs known to drive the database into its transaction timeout (`TIMEOUT`) or to meet it
 * unavailable (`SERVICE_UNAVAILABLE`). Any other input answered with either code fails the fuzz
 * test: an input that keeps Neo4j busy for 15 s is a way to take the server down. Each entry must
 * say why the case is accepted and where it is documented (docs/limits.md, "Fuzz: known slow
 * inputs"). None is known today.
 */
export interface KnownSlowInput {
  kind: string;
  /** Matched against the input's body as JSON. */
  body: RegExp;
  why: string;
}

export const KNOWN_SLOW_INPUTS: readonly KnownSlowInput[] = [];

/** The error codes that mean the database did not answer. */
export const SLOW_CODES: ReadonlySet<string> = new Set(['TIMEOUT', 'SERVICE_UNAVAILABLE']);

export function isKnownSlow(input: FuzzInput, known: readonly KnownSlowInput[] = KNOWN_SLOW_INPUTS): boolean {
  const body = JSON.stringify(input.body);
  return known.some((k) => k.kind === input.kind && k.body.test(body));
}
