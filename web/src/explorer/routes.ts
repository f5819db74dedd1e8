/**
 * Every explorer view has a URL, so a search, a resolution, a graph or a path survives a reload and
 * can be shared. Pure functions: parse a location into a route and format a route back into a URL.
 */
import { DEFAULT_VIEW, parseViewSettings, viewSettingsParams, type GraphViewSettings } from './graph/viewSettings';
import { formatMissionsAreaRoute, parseMissionsAreaRoute, type MissionsAreaRoute } from './pages/missions/missionRoutes';

export type Direction = 'CITES' | 'CITED_BY' | 'BOTH';
export type ColorBy = 'year' | 'topic';

export interface SearchRoute {
  name: 'search';
  q: string;
  year: number | null;
  topic: string | null;
  member: string | null;
  /** A mission acronym (or key): only resolutions acting on its mandate. */
  mission: string | null;
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
export type TopicKind = 'AGENDA' | 'SITE' | 'SUBJECT';
export const TOPIC_KINDS: readonly TopicKind[] = ['AGENDA', 'SITE', 'SUBJECT'];
/** The browse pages: years, topics, Council members and meetings, each a URL without a query. */
export interface YearsRoute {
  name: 'years';
}
export interface YearRoute {
  name: 'year';
  year: number;
  /** Opaque cursor of the page to show (null: the first page); `start` is the 1-based rank of its first row. */
  after: string | null;
  start: number;
}
export interface TopicsRoute {
  name: 'topics';
  kind: TopicKind;
  after: string | null;
  start: number;
}
export interface TopicRoute {
  name: 'topic';
  kind: TopicKind;
  topic: string;
  after: string | null;
  start: number;
}
export interface MembersRoute {
  name: 'members';
}
export interface MemberRoute {
  name: 'member';
  code: string;
}
export interface MeetingRoute {
  name: 'meeting';
  symbol: string;
}
export type BrowseRoute = YearsRoute | YearRoute | TopicsRoute | TopicRoute | MembersRoute | MemberRoute | MeetingRoute;
const BROWSE_NAMES = new Set<string>(['years', 'year', 'topics', 'topic', 'members', 'member', 'meeting']);
export const isBrowseRoute = (route: { name: string }): route is BrowseRoute => BROWSE_NAMES.has(route.name);
export type Route = SearchRoute | ResolutionRoute | GraphRoute | PathRoute | BrowseRoute | MissionsAreaRoute | NotFoundRoute;

export const BASE = '/explore';
export const GRAPH_LIMITS = [100, 200, 500] as const;

const positiveInt = (value: string | null | undefined): number | null => {
  if (value == null || !/^\d{1,5}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
};

export function searchRoute(partial: Partial<Omit<SearchRoute, 'name'>> = {}): SearchRoute {
  return { name: 'search', q: '', year: null, topic: null, member: null, mission: null, after: null, start: 1, ...partial };
}

export function graphRoute(number: number, partial: Partial<Omit<GraphRoute, 'name' | 'number'>> = {}): GraphRoute {
  return { name: 'graph', number, depth: 1, direction: 'BOTH', colorBy: 'year', limit: 200, view: { ...DEFAULT_VIEW, verbs: [...DEFAULT_VIEW.verbs] }, ...partial };
}

export function yearRoute(year: number, after: string | null = null, start = 1): YearRoute {
  return { name: 'year', year, after, start };
}
export function topicsRoute(kind: TopicKind = 'AGENDA', after: string | null = null, start = 1): TopicsRoute {
  return { name: 'topics', kind, after, start };
}
export function topicRoute(kind: TopicKind, topic: string, after: string | null = null, start = 1): TopicRoute {
  return { name: 'topic', kind, topic, after, start };
}
export function memberRoute(code: string): MemberRoute {
  return { name: 'member', code };
}
export function meetingRoute(symbol: string): MeetingRoute {
  return { name: 'meeting', symbol };
}

const topicKind = (value: string | null | undefined): TopicKind | null => {
  const upper = (value ?? '').toUpperCase();
  return (TOPIC_KINDS as readonly string[]).includes(upper) ? (upper as TopicKind) : null;
};

const decoded = (value: string): string | null => {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
};

function parseBrowseRoute(rest: string, params: URLSearchParams): BrowseRoute | null {
  const after = params.get('after') || null;
  const start = after ? (positiveInt(params.get('start')) ?? 1) : 1;
  if (rest === '/years') return { name: 'years' };
  if (rest === '/members') return { name: 'members' };
  if (rest === '/topics') return topicsRoute(topicKind(params.get('kind')) ?? 'AGENDA', after, start);
  const year = /^\/year\/(\d{4})$/.exec(rest);
  if (year) return yearRoute(Number(year[1]), after, start);
  const member = /^\/member\/([A-Za-z]{3})$/.exec(rest);
  if (member) return memberRoute((member[1] ?? '').toUpperCase());
  const topic = /^\/topic\/(agenda|site|subject)\/(.+)$/i.exec(rest);
  const name = topic ? decoded(topic[2] ?? '') : null;
  if (topic && name?.trim()) return topicRoute(topicKind(topic[1]) ?? 'AGENDA', name, after, start);
  // Meeting symbols keep their slashes in the path: /explore/meeting/S/PV.8148.
  const meeting = /^\/meeting\/(.+)$/.exec(rest);
  const symbol = meeting ? decoded(meeting[1] ?? '') : null;
  if (symbol?.trim()) return meetingRoute(symbol);
  return null;
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
      mission: params.get('mission')?.trim() || null,
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
  return parseBrowseRoute(rest, params) ?? parseMissionsAreaRoute(rest, params) ?? { name: 'notFound', path: pathname };
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
        ['mission', route.mission],
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
    case 'years':
      return `${BASE}/years`;
    case 'year':
      return `${BASE}/year/${route.year}${query([
        ['after', route.after],
        ['start', route.after && route.start > 1 ? route.start : null],
      ])}`;
    case 'topics':
      return `${BASE}/topics${query([
        ['kind', route.kind],
        ['after', route.after],
        ['start', route.after && route.start > 1 ? route.start : null],
      ])}`;
    case 'topic':
      return `${BASE}/topic/${route.kind.toLowerCase()}/${encodeURIComponent(route.topic)}${query([
        ['after', route.after],
        ['start', route.after && route.start > 1 ? route.start : null],
      ])}`;
    case 'members':
      return `${BASE}/members`;
    case 'member':
      return `${BASE}/member/${route.code}`;
    case 'meeting':
      return `${BASE}/meeting/${encodeURIComponent(route.symbol).replace(/%2F/g, '/')}`;
    case 'missions':
    case 'mission':
    case 'sanctions':
    case 'regime':
      return formatMissionsAreaRoute(BASE, route);
    case 'notFound':
      return route.path;
  }
}
