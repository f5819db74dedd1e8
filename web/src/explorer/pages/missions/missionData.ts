import { useEffect, useState } from 'react';
import { ApiError, gql } from '../../api';
import type { QueryState } from '../../useQuery';
import { MISSION_QUERIES } from './missionQueries';
import type { MissionKind } from './missionRoutes';
import type { MissionListItem, MissionsResult } from './missionTypes';

const PAGE = 100;
/** A bound on the pages followed (the corpus holds under a hundred missions). */
const MAX_PAGES = 20;

export interface AllMissions {
  missions: MissionListItem[];
  /** The adoption date of the corpus's latest resolution: the clock "active" and "ended" are judged by. */
  asOf: string;
}

/** Every mission of `kind` (null: all), following the cursor pages; the missions list and the search filter use it. */
export function useAllMissions(kind: MissionKind | null): QueryState<AllMissions> {
  const [state, setState] = useState<QueryState<AllMissions>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    (async () => {
      const missions: MissionListItem[] = [];
      let after: string | null = null;
      let asOf = '';
      for (let page = 0; page < MAX_PAGES; page++) {
        const data: MissionsResult = await gql<MissionsResult>(MISSION_QUERIES.missions, { kind, first: PAGE, after }, controller.signal);
        const latest = data.latest.edges[0]?.node;
        asOf = latest?.date ?? (latest ? `${latest.year}-12-31` : asOf);
        missions.push(...data.missions.edges.map((e) => e.node));
        if (!data.missions.pageInfo.hasNextPage || !data.missions.pageInfo.endCursor) break;
        after = data.missions.pageInfo.endCursor;
      }
      return { missions, asOf };
    })().then(
      (data) => setState({ status: 'ok', data }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: err instanceof ApiError ? err : new ApiError(String(err), 'CLIENT_ERROR') });
      },
    );
    return () => controller.abort();
  }, [kind]);
  return state;
}

/** "UNMISS", or the name of a mission the texts give no acronym. */
export const missionLabel = (m: { acronym: string | null; name?: string; key: string }): string => m.acronym ?? m.name ?? m.key;
