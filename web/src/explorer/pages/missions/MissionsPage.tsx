import { ErrorBox, Loading } from '../../components/Status';
import { Link, navigate } from '../../router';
import { usePageTitle } from '../browse/BrowseParts';
import { missionLabel, useAllMissions } from './missionData';
import { ResolutionLink } from './MissionParts';
import { MISSION_KINDS, MISSION_STATUSES, missionRoute, missionsRoute, type MissionKind, type MissionsRoute } from './missionRoutes';
import { missionStatus } from './missionStatus';
import './missions.css';
import { DataTable } from '../../components/DataTable';

export const KIND_LABEL: Record<MissionKind, string> = { PEACEKEEPING: 'Peacekeeping', POLITICAL: 'Political or assistance', OTHER: 'Other' };

/** `/explore/missions?kind=…&status=…`: every mission with its kind, establishment and last mandate end; filters as links. */
export function MissionsPage({ route }: { route: MissionsRoute }) {
  usePageTitle('Missions');
  const state = useAllMissions(route.kind);
  const rows =
    state.status === 'ok'
      ? state.data.missions
          .map((m) => ({ m, status: missionStatus({ ...m, actedOn: m.mandates.map((e) => e.resolution.date ?? String(e.resolution.year)) }, state.data.asOf) }))
          .filter((r) => route.status === null || r.status === route.status)
      : [];
  return (
    <div className="browse-page missions-page">
      <p className="muted breadcrumbs">
        Missions › <Link to={{ name: 'sanctions' }}>Sanctions regimes</Link>
      </p>
      <h1>Missions</h1>
      <p>UN peace operations and political missions, as the resolutions establish, extend, modify and terminate them (extracted from the operative paragraphs).</p>
      <form className="mission-filters" aria-label="Filter missions" onSubmit={(e) => e.preventDefault()}>
        <label>
          Kind{' '}
          <select value={route.kind ?? ''} onChange={(e) => navigate(missionsRoute((e.target.value || null) as MissionKind | null, route.status), { replace: true })}>
            <option value="">all kinds</option>
            {MISSION_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select value={route.status ?? ''} onChange={(e) => navigate(missionsRoute(route.kind, (e.target.value || null) as MissionsRoute['status']), { replace: true })}>
            <option value="">active and ended</option>
            {MISSION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </form>
      {state.status === 'loading' && <Loading what="missions" />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'ok' && (
        <>
          <p className="muted" role="status">
            {rows.length} {rows.length === 1 ? 'mission' : 'missions'}. “Active”: a mandate runs to {state.data.asOf} (the latest resolution we hold) or later, or ran out less than a year before it with no resolution terminating it (its renewal may be missing from the corpus).
          </p>
          <DataTable caption="Missions" testId="missions-table" columns={['Acronym', 'Name', 'Kind', 'Established', 'Last mandate until', 'Status']}>
            {rows.map(({ m, status }) => (
              <tr key={m.key} data-key={m.key}>
                <th scope="row">
                  <Link to={missionRoute(m.key)}>{missionLabel(m)}</Link>
                </th>
                <td>{m.name}</td>
                <td>{KIND_LABEL[m.kind]}</td>
                <td className="nowrap">
                  <ResolutionLink r={m.establishedBy} />
                </td>
                <td className="nowrap">{m.lastMandateUntil ?? <span className="muted">—</span>}</td>
                <td>{status}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </div>
  );
}
