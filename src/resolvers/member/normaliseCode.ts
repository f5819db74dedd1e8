import { badInput } from '../../errors/AppError';

/** A member code as stored (upper-case ISO alpha-3), or BAD_USER_INPUT. */
export function normaliseCode(code: string, argument: string): string {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper)) throw badInput(`\`${argument}\` must be an ISO alpha-3 member code such as "FRA"; got "${code.slice(0, 40)}".`, { argument });
  return upper;
}
