import { badInput, notFound } from '../../errors/AppError';
import { readResolutionSymbol } from '../../resolutionSymbol';
import type { Loaders } from '../../../loaders/createLoaders';
import type { ResolutionModel } from '../../../loaders/resolutionRow';

/** An integer argument within [min, max], or BAD_USER_INPUT naming the argument and the bounds. */
export function checkRange(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`\`${name}\` must be between ${min} and ${max}; got ${value}.`, { argument: name, min, max });
  }
  return value;
}

/** A member code as stored (upper-case ISO alpha-3), or BAD_USER_INPUT. */
export function normaliseCode(code: string, argument: string): string {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper)) throw badInput(`\`${argument}\` must be an ISO alpha-3 member code such as "FRA"; got "${code.slice(0, 40)}".`, { argument });
  return upper;
}

/** A resolution symbol as {@link readResolutionSymbol} reads it, or BAD_USER_INPUT with the accepted forms in the message. */
export function parseSymbol(symbol: string): { number: number; year: number | null } {
  const parsed = readResolutionSymbol(symbol);
  if (!parsed) {
    throw badInput(`"${symbol.slice(0, 60)}" is not a resolution symbol; expected e.g. "S/RES/2396 (2017)", "S/RES/2396(2017)" or "S/RES/2396".`, {
      argument: 'symbol',
    });
  }
  return parsed;
}

/** Loads every named resolution, or fails with NOT_FOUND listing the numbers that name none. */
export async function requireResolutions(loaders: Loaders, numbers: number[], argument: string): Promise<ResolutionModel[]> {
  const found = await loaders.resolution.loadMany(numbers);
  const missing = numbers.filter((_n, i) => !found[i] || found[i] instanceof Error);
  const failure = found.find((f) => f instanceof Error);
  if (failure instanceof Error) throw failure;
  if (missing.length > 0) {
    throw notFound(`No resolution has the number${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`, { argument, missing });
  }
  return found as ResolutionModel[];
}
