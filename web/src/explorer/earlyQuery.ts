import { gql } from './api';
import { engineFor } from './graph/rendererChoice';
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

/** Where an early request is kept: by useQuery's key and the query text. */
const pendingId = (query: string, key: string) => `${key}\n${query}`;

/** The early request for this query and key, if one was started and not yet taken (each is taken once). */
export function takeEarlyQuery<T>(query: string, key: string): Promise<T> | null {
  const id = pendingId(query, key);
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
  pending.set(pendingId(QUERIES.graph, JSON.stringify(variables)), request);
  // The limit is the best guess of the node count before the answer.
  void loadSurface(engineFor(route.limit, route.view.layout, true)).catch(() => undefined);
}

startEarlyQuery();
