import { gql } from './api';
import { WEBGL_MIN_NODES } from './graph/rendererChoice';
import { loadSurface } from './graph/surfaceLoader';
import { QUERIES } from './queries';
import { parseRoute, type GraphRoute } from './routes';

/**
 * The data of the page the explorer opens on, requested before React mounts: main.tsx imports this module
 * first, so the request leaves while the rest of the bundle is still being evaluated and the first render
 * is done. Only the graph page does this (its data is the slow part of its first frame); it also starts
 * loading the renderer its graph most likely needs. useQuery takes the answer once, for the same query and key.
 */
const pending = new Map<string, Promise<unknown>>();

/** The graph page's query variables; GraphPage's key is their JSON. */
export const graphVariables = (route: GraphRoute) => ({ numbers: [route.number], direction: route.direction, depth: route.depth, limit: route.limit });

/** The early request for this query and key, if one was started and not yet taken (each is taken once). */
export function takeEarlyQuery<T>(query: string, key: string): Promise<T> | null {
  const id = `${key}\n${query}`;
  const found = pending.get(id);
  if (!found) return null;
  pending.delete(id);
  return found as Promise<T>;
}

function startEarlyQuery(): void {
  const route = parseRoute(window.location.pathname, window.location.search);
  if (route.name !== 'graph') return;
  const variables = graphVariables(route);
  const request = gql(QUERIES.graph, variables);
  // Taken by useQuery, which reports errors; an early request nobody takes must not be an unhandled rejection.
  request.catch(() => undefined);
  pending.set(`${JSON.stringify(variables)}\n${QUERIES.graph}`, request);
  // The limit is the best guess of the node count before the answer: sigma for a large timeline graph.
  void loadSurface(route.view.layout === 'timeline' && route.limit > WEBGL_MIN_NODES ? 'sigma' : 'cytoscape').catch(() => undefined);
}

startEarlyQuery();
