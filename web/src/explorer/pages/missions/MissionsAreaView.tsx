import { MissionPage } from './MissionPage';
import type { MissionsAreaRoute } from './missionRoutes';
import { MissionsPage } from './MissionsPage';
import { RegimePage, SanctionsPage } from './SanctionsPages';

/** The missions and sanctions pages, by route. */
export function MissionsAreaView({ route }: { route: MissionsAreaRoute }) {
  switch (route.name) {
    case 'missions':
      return <MissionsPage route={route} />;
    case 'mission':
      return <MissionPage key={route.key} route={route} />;
    case 'sanctions':
      return <SanctionsPage />;
    case 'regime':
      return <RegimePage key={route.key} route={route} />;
  }
}
