import { ApiError } from '../../api';
import { ErrorBox, Loading } from '../../components/Status';
import { Link } from '../../router';
import { useQuery } from '../../useQuery';
import { usePageTitle } from '../browse/BrowseParts';
import { MISSION_QUERIES } from './missionQueries';
import { EventTable, ResolutionLink } from './MissionParts';
import { missionsRoute, regimeRoute, type RegimeRoute } from './missionRoutes';
import type { MeasureAction, MeasureKind, RegimeAction, RegimeDetail, SanctionsRegimeResult, SanctionsRegimesResult } from './missionTypes';
import './missions.css';
import { DataTable } from '../../components/DataTable';

export const REGIME_ACTION_LABEL: Record<RegimeAction, string> = { ESTABLISHES: 'Establishes', RENEWS: 'Renews', MODIFIES: 'Modifies' };
export const MEASURE_LABEL: Record<MeasureKind, string> = { ARMS_EMBARGO: 'Arms embargo', ASSET_FREEZE: 'Asset freeze', TRAVEL_BAN: 'Travel ban', OTHER: 'Other measures' };
export const MEASURE_ACTION_LABEL: Record<MeasureAction, string> = { IMPOSES: 'imposes', EXTENDS: 'extends', LIFTS: 'lifts', MODIFIES: 'modifies' };

/** The sanctions regimes list answers in one page: the corpus holds a few dozen. */
const LIST_FIRST = 100;

function SanctionsCrumbs({ current }: { current: string | null }) {
  return (
    <p className="muted breadcrumbs">
      <Link to={missionsRoute()}>Missions</Link> › {current ? <Link to={{ name: 'sanctions' }}>Sanctions regimes</Link> : 'Sanctions regimes'}
      {current ? ` › ${current}` : ''}
    </p>
  );
}

/** `/explore/sanctions`: every regime, keyed by the resolution that set up its committee. */
export function SanctionsPage() {
  usePageTitle('Sanctions regimes');
  const state = useQuery<SanctionsRegimesResult>(MISSION_QUERIES.sanctionsRegimes, { first: LIST_FIRST, after: null }, 'all');
  const connection = state.status === 'ok' ? state.data.sanctionsRegimes : null;
  return (
    <div className="browse-page sanctions-page">
      <SanctionsCrumbs current={null} />
      <h1>Sanctions regimes</h1>
      <p>Each regime is named after the resolution that set up its committee (“the Committee established pursuant to resolution 1267 (1999)”).</p>
      {state.status === 'loading' && <Loading what="sanctions regimes" />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {connection && (
        <>
          <p className="muted" role="status">
            {connection.totalCount} regimes{connection.pageInfo.hasNextPage ? `, the first ${connection.edges.length} shown` : ''}.
          </p>
          <DataTable caption="Sanctions regimes" testId="regimes-table" columns={['Regime', 'Target', 'Established', 'Resolutions acting on it', 'Last renewed until']}>
            {connection.edges.map(({ node: s }) => {
              const until = s.resolutions.reduce<string | null>((max, e) => (e.until && (!max || e.until > max) ? e.until : max), null);
              return (
                <tr key={s.key}>
                  <th scope="row">
                    <Link to={regimeRoute(s.key)}>{s.key}</Link>
                  </th>
                  <td>{s.target ?? <span className="muted">{s.name}</span>}</td>
                  <td className="nowrap">
                    <ResolutionLink r={s.establishedBy} />
                  </td>
                  <td>{new Set(s.resolutions.map((e) => e.resolution.number)).size}</td>
                  <td className="nowrap">{until ?? <span className="muted">—</span>}</td>
                </tr>
              );
            })}
          </DataTable>
        </>
      )}
    </div>
  );
}

/** `/explore/sanctions/1267`: a regime's facts, its measures with the resolution and paragraph of each, and every resolution acting on it. */
export function RegimePage({ route }: { route: RegimeRoute }) {
  usePageTitle(`Sanctions regime ${route.key}`);
  const state = useQuery<SanctionsRegimeResult>(MISSION_QUERIES.sanctionsRegime, { key: route.key }, route.key);
  const regime = state.status === 'ok' ? state.data.sanctionsRegime : null;
  return (
    <div className="browse-page regime-page">
      <SanctionsCrumbs current={route.key} />
      {state.status === 'loading' && <Loading what={`sanctions regime ${route.key}`} />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'ok' && !regime && (
        <ErrorBox title="No such sanctions regime" error={new ApiError(`No sanctions committee was established pursuant to resolution ${route.key} in the corpus.`, 'NOT_FOUND')} />
      )}
      {regime && <RegimeView s={regime} />}
    </div>
  );
}

function RegimeView({ s }: { s: RegimeDetail }) {
  const renewals = s.resolutions.filter((e) => e.action === 'RENEWS');
  return (
    <>
      <h1>
        {s.target ? `${s.target}: ` : ''}
        {s.name}
      </h1>
      <dl className="facts">
        <dt>Target</dt>
        <dd>{s.target ?? <span className="muted">not named in the texts</span>}</dd>
        <dt>Established by</dt>
        <dd data-testid="established-by">
          <ResolutionLink r={s.establishedBy} long />
        </dd>
        <dt>Renewals</dt>
        <dd>
          {renewals.length === 0
            ? 'none found'
            : renewals.map((e, i) => (
                <span key={`${i}-${e.resolution.number}`}>
                  {i > 0 && ', '}
                  <Link to={{ name: 'resolution', number: e.resolution.number }}>{e.resolution.number}</Link>
                  {e.until ? ` until ${e.until}` : e.period ? ` for ${e.period}` : ''}
                </span>
              ))}
        </dd>
      </dl>
      <section aria-labelledby="measures-title">
        <h2 id="measures-title">
          Measures <span className="muted">({s.measures.length})</span>
        </h2>
        {s.measures.length === 0 ? (
          <p className="muted">No measure found in the operative paragraphs.</p>
        ) : (
          <DataTable caption="Measures imposed, extended, lifted or modified under this regime" testId="measures-table" columns={['Resolution', 'Measure', 'Action', 'Paragraph', 'Wording']}>
            {s.measures.map((m, i) => (
              <tr key={`${i}-${m.resolution.number}-${m.measure}-${m.action}`}>
                <th scope="row">
                  <Link to={{ name: 'resolution', number: m.resolution.number }}>{m.resolution.number}</Link> <span className="muted">({m.resolution.year})</span>
                </th>
                <td>{MEASURE_LABEL[m.measure]}</td>
                <td>{MEASURE_ACTION_LABEL[m.action]}</td>
                <td className="nowrap">{m.paragraph}</td>
                <td className="context">{m.context}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="regime-res-title">
        <h2 id="regime-res-title">
          Resolutions <span className="muted">({s.resolutions.length})</span>
        </h2>
        <EventTable caption="Resolutions acting on this regime" testId="regime-resolutions-table" events={s.resolutions} actionLabel={REGIME_ACTION_LABEL} />
      </section>
    </>
  );
}
