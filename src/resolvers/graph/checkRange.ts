import { badInput } from '../../errors/AppError';

/** An integer argument within [min, max], or BAD_USER_INPUT naming the argument and the bounds. */
export function checkRange(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`\`${name}\` must be between ${min} and ${max}; got ${value}.`, { argument: name, min, max });
  }
  return value;
}
