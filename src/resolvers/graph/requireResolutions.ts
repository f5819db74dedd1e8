import { notFound } from '../../errors/AppError';
import type { Loaders } from '../../../loaders/createLoaders';
import type { ResolutionModel } from '../../../loaders/resolutionRow';

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
