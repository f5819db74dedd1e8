import type { GraphLayout } from './viewSettings';

/** Above this many nodes a graph is drawn with WebGL: sigma.js on the timeline, cytoscape's WebGL renderer otherwise. */
export const WEBGL_MIN_NODES = 300;

/** The library that draws a graph. */
export type Engine = 'cytoscape' | 'sigma';

/**
 * Sigma draws large timeline graphs on the graph page; cytoscape the rest: small graphs, the force and ring
 * layouts (its own layouts, with its WebGL renderer when large), and the path page (verbs drawn on edges).
 */
export const engineFor = (nodeCount: number, layout: GraphLayout, graphPage: boolean): Engine =>
  graphPage && layout === 'timeline' && nodeCount > WEBGL_MIN_NODES ? 'sigma' : 'cytoscape';
