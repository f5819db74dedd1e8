import { useEffect, useRef } from 'react';
import { BrowseView } from './pages/browse/BrowseView';
import { GraphPage } from './pages/GraphPage';
import { PathPage } from './pages/PathPage';
import { ResolutionPage } from './pages/ResolutionPage';
import { SearchPage } from './pages/SearchPage';
import { MissionsAreaView } from './pages/missions/MissionsAreaView';
import { missionsRoute } from './pages/missions/missionRoutes';
import { Link, useRoute } from './router';
import { isBrowseRoute, searchRoute, type Route } from './routes';

function View({ route }: { route: Route }) {
  switch (route.name) {
    case 'search':
      return <SearchPage route={route} />;
    case 'resolution':
      return <ResolutionPage number={route.number} />;
    case 'graph':
      return <GraphPage route={route} />;
    case 'path':
      return <PathPage route={route} />;
    case 'missions':
    case 'mission':
    case 'sanctions':
    case 'regime':
      return <MissionsAreaView route={route} />;
    default:
      return <BrowseView route={route} />;
    case 'notFound':
      return (
        <div className="status error" role="alert">
          <strong>No such page</strong>
          <p>
            {route.path} is not an explorer page. <Link to={searchRoute()}>Go to search</Link>.
          </p>
        </div>
      );
  }
}

export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After a client-side navigation, move focus to the new view so keyboard and screen-reader users follow.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [route]);
  useEffect(() => {
    if (route.name === 'search') document.title = route.q ? `${route.q} — UNSC explorer` : 'UNSC resolutions explorer';
  }, [route]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to={searchRoute()} className="brand">
          UNSC resolutions
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link to={searchRoute()} aria-current={route.name === 'search' ? 'page' : undefined}>
                Search
              </Link>
            </li>
            <li>
              <Link to={{ name: 'years' }} aria-current={isBrowseRoute(route) ? 'page' : undefined}>
                Browse
              </Link>
            </li>
            <li>
              <Link to={missionsRoute()} aria-current={route.name === 'missions' || route.name === 'mission' ? 'page' : undefined}>
                Missions
              </Link>
            </li>
            <li>
              <Link to={{ name: 'sanctions' }} aria-current={route.name === 'sanctions' || route.name === 'regime' ? 'page' : undefined}>
                Sanctions
              </Link>
            </li>
            <li>
              <Link to={{ name: 'path', from: null, to: null }} aria-current={route.name === 'path' ? 'page' : undefined}>
                Path finder
              </Link>
            </li>
            <li>
              <a href="/playground">GraphQL playground</a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <View route={route} />
      </main>
      <footer className="site-footer muted">Data: UN Security Council resolutions 1–2799 and their citations. Served by this server’s public GraphQL API.</footer>
    </>
  );
}
