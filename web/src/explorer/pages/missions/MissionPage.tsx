import { ApiError } from '../../api';
import { ErrorBox, Loading } from '../../components/Status';
import { Link } from '../../router';
import { searchRoute } from '../../routes';
import { useQuery } from '../../useQuery';
import { usePageTitle } from '../browse/BrowseParts';
import { MandateChart } from './MandateChart';
import { ACTION_LABEL } from './mandateTimeline';
import { missionLabel } from './missionData';
import { MISSION_QUERIES } from './missionQueries';
import { missionRoute, missionsRoute, type MissionRoute } from './missionRoutes';
import { EventTable, ResolutionLink } from './MissionParts';
import type { MissionDetail, MissionRef, MissionResult } from './missionTypes';
import { KIND_LABEL } from './MissionsPage';
import './missions.css';

function MissionLinks({ missions }: { missions: MissionRef[] }) {
  return (
    <>
      {missions.map((m, i) => (
        <span key={m.key}>
          {i > 0 && ', '}
          <Link to={missionRoute(m.key)}>{missionLabel(m)}</Link>
          {m.acronym && m.name ? ` (${m.name})` : ''}
        </span>
      ))}
    </>
  );
}

/** `/explore/mission/UNMISS`: a mission's facts, its successions, and its mandate timeline as a chart and a table. */
export function MissionPage({ route }: { route: MissionRoute }) {
  usePageTitle(`Mission ${route.key}`);
  const state = useQuery<MissionResult>(MISSION_QUERIES.mission, { acronym: route.key }, route.key);
  const mission = state.status === 'ok' ? state.data.mission : null;
  return (
    <div className="browse-page mission-page">
      <p className="muted breadcrumbs">
        <Link to={missionsRoute()}>Missions</Link> › {route.key}
      </p>
      {state.status === 'loading' && <Loading what={`mission ${route.key}`} />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'ok' && !mission && (
        <ErrorBox title="No such mission" error={new ApiError(`No mission with the acronym or key “${route.key}” is in the corpus.`, 'NOT_FOUND')} />
      )}
      {mission && <MissionView m={mission} />}
    </div>
  );
}

function MissionView({ m }: { m: MissionDetail }) {
  const title = `${missionLabel(m)} mandate timeline`;
  return (
    <>
      <h1>
        {m.acronym ? `${m.acronym}: ` : ''}
        {m.name}
      </h1>
      <dl className="facts" data-testid="mission-facts">
        <dt>Kind</dt>
        <dd>{KIND_LABEL[m.kind]}</dd>
        <dt>Established by</dt>
        <dd data-testid="established-by">
          <ResolutionLink r={m.establishedBy} long />
        </dd>
        {m.succeeds.length > 0 && (
          <>
            <dt>Succeeds</dt>
            <dd>
              <MissionLinks missions={m.succeeds} />
            </dd>
          </>
        )}
        {m.succeededBy.length > 0 && (
          <>
            <dt>Succeeded by</dt>
            <dd>
              <MissionLinks missions={m.succeededBy} />
            </dd>
          </>
        )}
        {m.terminatedBy && (
          <>
            <dt>Terminated by</dt>
            <dd>
              <ResolutionLink r={m.terminatedBy} long />
            </dd>
          </>
        )}
        <dt>Last mandate until</dt>
        <dd>{m.lastMandateUntil ?? <span className="muted">no end date in the texts</span>}</dd>
      </dl>
      <p className="actions">
        <Link className="button" to={searchRoute({ q: m.acronym ?? `"${m.name}"`, mission: m.key })}>
          Search its resolutions
        </Link>
      </p>
      <section aria-labelledby="mandates-title">
        <h2 id="mandates-title">
          Mandate timeline <span className="muted">({m.mandates.length})</span>
        </h2>
        {m.mandates.length === 0 ? (
          <p className="muted">No resolution acts on its mandate in the texts we hold.</p>
        ) : (
          <>
            <MandateChart events={m.mandates} title={title} />
            <EventTable caption={`${title}, as a table`} testId="mandate-table" events={m.mandates} actionLabel={ACTION_LABEL} />
          </>
        )}
      </section>
    </>
  );
}
