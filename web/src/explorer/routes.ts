/**
 * Every explorer view has a URL, so a search, a resolution, a graph or a path survives a reload and
 * can be shared. Pure functions: parse a location into a route and format a route back into a URL.
 */
import { DEFAULT_VIEW, parseViewSettings, viewSettingsParams, type GraphViewSettings } from './graph/viewSettings';

export type Direction = 'CITES' | 'CITED_BY' | 'BOTH';
export type ColorBy = 'year' | 'topic';

export interface SearchRoute {
  name: 'search';
  q: string;
  year: number | null;
  topic: string | null;
  member: string | null;
  /** Opaque cursor of the page to show (null: the first page). */
  after: string | null;
  /** 1-based rank of the first hit on this page, for display. */
  start: number;
}
export interface ResolutionRoute {
  name: 'resolution';
  number: number;
}
export interface GraphRoute {
  name: 'graph';
  number: number;
  depth: 1 | 2 | 3;
  direction: Direction;
  colorBy: ColorBy;
  limit: number;
  /** Layout, labels, edge filters and focus (graph/viewSettings.ts). */
  view: GraphViewSettings;
}
export interface PathRoute {
  name: 'path';
  from: number | null;
  to: number | null;
}
export interface NotFoundRoute {
  name: 'notFound';
  path: string;
}
export type Route = SearchRoute | ResolutionRoute | GraphRoute | PathRoute | NotFoundRoute;

export const BASE = '/explore';
export const GRAPH_LIMITS = [100, 200, 500] as const;

const positiveInt = (value: string | null | undefined): number | null => {
  if (value == null || !/^\d{1,5}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
};

export function searchRoute(partial: Partial<Omit<SearchRoute, 'name'>> = {}): SearchRoute {
  return { name: 'search', q: '', year: null, topic: null, member: null, after: null, start: 1, ...partial };
}

export function graphRoute(number: number, partial: Partial<Omit<GraphRoute, 'name' | 'number'>> = {}): GraphRoute {
  return { name: 'graph', number, depth: 1, direction: 'BOTH', colorBy: 'year', limit: 200, view: { ...DEFAULT_VIEW, verbs: [...DEFAULT_VIEW.verbs] }, ...partial };
}

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length).replace(/\/+$/, '') : null;
  if (rest === null) return { name: 'notFound', path: pathname };
  if (rest === '' || rest === '/search') {
    return searchRoute({
      q: params.get('q') ?? '',
      year: positiveInt(params.get('year')),
      topic: params.get('topic') || null,
      member: params.get('member') || null,
      after: params.get('after') || null,
      start: positiveInt(params.get('start')) ?? 1,
    });
  }
  const resolution = /^\/resolution\/(\d{1,5})$/.exec(rest);
  if (resolution) {
    const number = positiveInt(resolution[1]);
    if (number) return { name: 'resolution', number };
  }
  const graph = /^\/graph\/(\d{1,5})$/.exec(rest);
  if (graph) {
    const number = positiveInt(graph[1]);
    if (number) {
      const depth = Number(params.get('depth'));
      const direction = params.get('direction');
      const limit = Number(params.get('limit'));
      return graphRoute(number, {
        depth: depth === 2 || depth === 3 ? depth : 1,
        direction: direction === 'CITES' || direction === 'CITED_BY' ? direction : 'BOTH',
        colorBy: params.get('color') === 'topic' ? 'topic' : 'year',
        limit: (GRAPH_LIMITS as readonly number[]).includes(limit) ? limit : 200,
        view: parseViewSettings(params),
      });
    }
  }
  if (rest === '/path') {
    return { name: 'path', from: positiveInt(params.get('from')), to: positiveInt(params.get('to')) };
  }
  return { name: 'notFound', path: pathname };
}

export function formatRoute(route: Route): string {
  const query = (entries: Array<[string, string | number | null]>) => {
    const params = new URLSearchParams();
    for (const [k, v] of entries) if (v !== null && v !== '') params.set(k, String(v));
    const text = params.toString();
    return text ? `?${text}` : '';
  };
  switch (route.name) {
    case 'search':
      return `${BASE}/search${query([
        ['q', route.q],
        ['year', route.year],
        ['topic', route.topic],
        ['member', route.member],
        ['after', route.after],
        ['start', route.start > 1 ? route.start : null],
      ])}`;
    case 'resolution':
      return `${BASE}/resolution/${route.number}`;
    case 'graph':
      return `${BASE}/graph/${route.number}${query([
        ['depth', route.depth],
        ['direction', route.direction],
        ['color', route.colorBy],
        ['limit', route.limit],
        ...viewSettingsParams(route.view),
      ])}`;
    case 'path':
      return `${BASE}/path${query([
        ['from', route.from],
        ['to', route.to],
      ])}`;
    case 'notFound':
      return route.path;
  }
}
