import type { GraphSurface, SurfaceInput } from './graphSurface';
import type { Engine } from './rendererChoice';

/**
 * The renderers are loaded on demand, each in its own chunk: pages without a graph never load them and the
 * explorer's first script stays small. earlyQuery.ts starts loading the likely one with the data.
 */
export const loadSurface = (engine: Engine): Promise<(input: SurfaceInput) => GraphSurface> =>
  engine === 'sigma' ? import('./sigmaSurface').then((m) => m.createSigmaSurface) : import('./cytoscapeSurface').then((m) => m.createCytoscapeSurface);
