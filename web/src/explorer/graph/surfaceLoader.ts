import type { GraphSurface, SurfaceInput } from './graphSurface';
import type { GraphLayout } from './viewSettings';

/** Above this many nodes a graph is drawn with WebGL: sigma.js on the timeline, cytoscape's WebGL renderer otherwise. */
export const WEBGL_MIN_NODES = 300;

export type Engine = GraphSurface['engine'];

/**
 * The renderers are loaded on demand, each in its own chunk: pages without a graph never load them and the
 * explorer's first script stays small. graphPrefetch.ts starts loading the likely one with the data.
 */
export const loadSurface = (engine: Engine): Promise<(input: SurfaceInput) => GraphSurface> =>
  engine === 'sigma' ? import('./sigmaSurface').then((m) => m.createSigmaSurface) : import('./cytoscapeSurface').then((m) => m.createCytoscapeSurface);

/** Sigma draws large timeline graphs on the graph page; cytoscape the rest (its WebGL renderer for large graphs in the other layouts). */
export const engineFor = (nodeCount: number, layout: GraphLayout, graphPage: boolean): Engine =>
  graphPage && layout === 'timeline' && nodeCount > WEBGL_MIN_NODES ? 'sigma' : 'cytoscape';
