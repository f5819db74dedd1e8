import { BarChart } from '../../components/BarChart';
import { ErrorBox, Loading } from '../../components/Status';
import { Link } from '../../router';
import { memberRoute, yearRoute, type YearRoute } from '../../routes';
import { useQuery } from '../../useQuery';
import { BROWSE_QUERIES } from './browseQueries';
import type { YearResult, YearsResult } from './browseTypes';
import { Breadcrumbs, BrowseLinks, Pager, ResolutionTable, usePageTitle } from './BrowseParts';

const PAGE_SIZE = 50;

/** `/explore/years`: resolutions per year as a bar chart (each bar opens its year) and as a list. */
export function YearsPage() {
  usePageTitle('Resolutions by year');
  const state = useQuery<YearsResult>(BROWSE_QUERIES.years, {}, 'years');
  return (
    <div className="browse-page">
      <h1>Resolutions by year</h1>
      {state.status === 'loading' && <Loading what="years" />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'ok' && (
        <>
          <p>
            {state.data.stats.resolutions} resolutions adopted from {state.data.stats.firstYear} to {state.data.stats.lastYear}.
          </p>
          <BarChart id="years-chart" title="Resolutions per year" data={state.data.stats.perYear} unit="resolution" linkFor={(year) => yearRoute(year)} />
          <section aria-labelledby="years-list-title">
            <h2 id="years-list-title">Every year</h2>
            <ul className="year-grid" data-testid="year-list">
              {state.data.stats.perYear.map((y) => (
                <li key={y.year}>
                  <Link to={yearRoute(y.year)}>{y.year}</Link> <span className="muted">{y.count}</span>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      <BrowseLinks heading="Browse further" />
    </div>
  );
}

/** Whether the text says the Council acted under Chapter VII of the Charter; unknown where we have no text. */
const CHAPTER_VII: Record<string, string> = { true: 'yes', false: 'no', null: 'unknown' };

/** `/explore/year/2017`: the year's resolutions with their votes (cursor pages), its Council, and the years either side. */
export function YearPage({ route }: { route: YearRoute }) {
  const { year } = route;
  usePageTitle(`Resolutions of ${year}`);
  const variables = { year, first: PAGE_SIZE, after: route.after };
  const state = useQuery<YearResult>(BROWSE_QUERIES.year, variables, JSON.stringify(variables));
  return (
    <div className="browse-page">
      <Breadcrumbs>
        <Link to={{ name: 'years' }}>Years</Link> › {year}
      </Breadcrumbs>
      <h1>Resolutions of {year}</h1>
      {state.status === 'loading' && <Loading what={`the resolutions of ${year}`} />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'ok' && <YearView route={route} data={state.data} />}
    </div>
  );
}

function YearView({ route, data }: { route: YearRoute; data: YearResult }) {
  const { year } = route;
  const { resolutions, members, stats } = data;
  const end = route.start + resolutions.edges.length - 1;
  const previous = stats.firstYear !== null && year > stats.firstYear ? year - 1 : null;
  const next = stats.lastYear !== null && year < stats.lastYear ? year + 1 : null;
  const permanent = members.filter((m) => m.permanent);
  const elected = members.filter((m) => !m.permanent);
  return (
    <>
      <nav className="year-nav" aria-label="Other years">
        {previous !== null && (
          <Link to={yearRoute(previous)} rel="prev">
            ← {previous}
          </Link>
        )}
        {next !== null && (
          <Link to={yearRoute(next)} rel="next">
            {next} →
          </Link>
        )}
      </nav>
      <p className="result-count" role="status" data-testid="year-count">
        {resolutions.totalCount === 0
          ? `No resolution was adopted in ${year}.`
          : `${resolutions.totalCount} ${resolutions.totalCount === 1 ? 'resolution' : 'resolutions'} adopted in ${year}` +
            (resolutions.totalCount > resolutions.edges.length ? ` (showing ${route.start}–${end})` : '')}
      </p>
      <section aria-labelledby="council-title" className="council">
        <h2 id="council-title">The Council in {year}</h2>
        {members.length === 0 ? (
          <p className="muted">Unknown.</p>
        ) : (
          <p>
            <span className="muted">Permanent: </span>
            <MemberLinks members={permanent} />
            <br />
            <span className="muted">Elected: </span>
            <MemberLinks members={elected} />
          </p>
        )}
      </section>
      {resolutions.edges.length > 0 && (
        <section aria-labelledby="year-list-title">
          <h2 id="year-list-title">Resolutions</h2>
          <ResolutionTable
            caption={`Resolutions of ${year}`}
            rows={resolutions.edges.map((e) => e.node)}
            start={route.start}
            extra={{ title: 'Chapter VII', cell: (r) => CHAPTER_VII[String(r.chapterVII ?? null)] }}
          />
          <Pager
            label="Pages of this year"
            first={route.after ? yearRoute(year) : null}
            next={resolutions.pageInfo.hasNextPage && resolutions.pageInfo.endCursor ? yearRoute(year, resolutions.pageInfo.endCursor, end + 1) : null}
          />
        </section>
      )}
    </>
  );
}

function MemberLinks({ members }: { members: Array<{ code: string; name: string }> }) {
  return (
    <span className="member-links" data-testid="council-members">
      {members.map((m, i) => (
        <span key={m.code}>
          {i > 0 && ', '}
          <Link to={memberRoute(m.code)}>{m.name}</Link>
        </span>
      ))}
    </span>
  );
}
