/**
 * The missions and sanctions pages' URLs: `/explore/missions?kind=…&status=…`, `/explore/mission/UNMISS`,
 * `/explore/sanctions` and `/explore/sanctions/1267`. Pure: routes.ts parses and formats through these.
 */
export type MissionKind = 'PEACEKEEPING' | 'POLITICAL' | 'OTHER';
export const MISSION_KINDS: readonly MissionKind[] = ['PEACEKEEPING', 'POLITICAL', 'OTHER'];
/** Judged against the corpus's latest resolution (missionStatus.ts). */
export type MissionStatus = 'active' | 'ended';
export const MISSION_STATUSES: readonly MissionStatus[] = ['active', 'ended'];

export interface MissionsRoute {
  name: 'missions';
  kind: MissionKind | null;
  status: MissionStatus | null;
}
export interface MissionRoute {
  name: 'mission';
  /** The acronym, or the key of a mission the texts give no acronym (what `mission(acronym:)` accepts). */
  key: string;
}
export interface SanctionsRoute {
  name: 'sanctions';
}
export interface RegimeRoute {
  name: 'regime';
  /** The number of the resolution that set up the regime's committee. */
  key: string;
}
export type MissionsAreaRoute = MissionsRoute | MissionRoute | SanctionsRoute | RegimeRoute;
const AREA_NAMES = new Set<string>(['missions', 'mission', 'sanctions', 'regime']);
export const isMissionsAreaRoute = (route: { name: string }): route is MissionsAreaRoute => AREA_NAMES.has(route.name);

export function missionsRoute(kind: MissionKind | null = null, status: MissionStatus | null = null): MissionsRoute {
  return { name: 'missions', kind, status };
}
export function missionRoute(key: string): MissionRoute {
  return { name: 'mission', key };
}
export function regimeRoute(key: string): RegimeRoute {
  return { name: 'regime', key };
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null => {
  const v = (value ?? '').trim();
  return (values as readonly string[]).includes(v) ? (v as T) : null;
};

/** `rest` is the path after `/explore`, without a trailing slash; null when it is not one of these pages. */
export function parseMissionsAreaRoute(rest: string, params: URLSearchParams): MissionsAreaRoute | null {
  if (rest === '/missions') return missionsRoute(oneOf(MISSION_KINDS, (params.get('kind') ?? '').toUpperCase()), oneOf(MISSION_STATUSES, (params.get('status') ?? '').toLowerCase()));
  if (rest === '/sanctions') return { name: 'sanctions' };
  const mission = /^\/mission\/([^/]+)$/.exec(rest);
  if (mission) {
    let key: string | null = null;
    try {
      key = decodeURIComponent(mission[1] ?? '').trim();
    } catch {
      key = null;
    }
    if (key) return missionRoute(key);
  }
  const regime = /^\/sanctions\/(\d{1,5})$/.exec(rest);
  if (regime) return regimeRoute(String(Number(regime[1])));
  return null;
}

export function formatMissionsAreaRoute(base: string, route: MissionsAreaRoute): string {
  switch (route.name) {
    case 'missions': {
      const params = new URLSearchParams();
      if (route.kind) params.set('kind', route.kind);
      if (route.status) params.set('status', route.status);
      const text = params.toString();
      return `${base}/missions${text ? `?${text}` : ''}`;
    }
    case 'mission':
      return `${base}/mission/${encodeURIComponent(route.key)}`;
    case 'sanctions':
      return `${base}/sanctions`;
    case 'regime':
      return `${base}/sanctions/${encodeURIComponent(route.key)}`;
  }
}
