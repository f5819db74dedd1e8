import { ApiError } from '../../api';
import { ErrorBox, Loading } from '../../components/Status';
import { Link } from '../../router';
import { yearRoute, type MeetingRoute } from '../../routes';
import { useQuery } from '../../useQuery';
import { BROWSE_QUERIES } from './browseQueries';
import type { MeetingResult } from './browseTypes';
import { Breadcrumbs, ResolutionTable, usePageTitle } from './BrowseParts';

/** `/explore/meeting/S/PV.8148`: a meeting that adopted resolutions: date, agenda, outcome and the resolutions. */
export function MeetingPage({ route }: { route: MeetingRoute }) {
  usePageTitle(`Meeting ${route.symbol}`);
  const state = useQuery<MeetingResult>(BROWSE_QUERIES.meeting, { symbol: route.symbol }, route.symbol);
  const meeting = state.status === 'ok' ? state.data.meeting : null;
  const year = meeting?.date ? Number(meeting.date.slice(0, 4)) : null;
  return (
    <div className="browse-page">
      <Breadcrumbs>
        {year ? <Link to={yearRoute(year)}>{year}</Link> : 'Meetings'} › {route.symbol}
      </Breadcrumbs>
      {state.status === 'loading' && <Loading what={`meeting ${route.symbol}`} />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'ok' && !meeting && (
        <ErrorBox title="No such meeting" error={new ApiError(`No meeting with the symbol ${route.symbol} adopted a resolution in the corpus.`, 'NOT_FOUND')} />
      )}
      {meeting && (
        <>
          <h1>Meeting {meeting.symbol}</h1>
          <dl className="facts">
            {meeting.number !== null && (
              <>
                <dt>Meeting number</dt>
                <dd>{meeting.number}</dd>
              </>
            )}
            <dt>Date</dt>
            <dd>{meeting.date ?? 'unknown'}</dd>
            <dt>Agenda</dt>
            <dd>{meeting.agenda ?? 'unknown'}</dd>
            {meeting.outcome && (
              <>
                <dt>Outcome</dt>
                <dd>{meeting.outcome}</dd>
              </>
            )}
          </dl>
          <section aria-labelledby="meeting-res-title">
            <h2 id="meeting-res-title">
              Resolutions adopted <span className="muted">({meeting.resolutions.length})</span>
            </h2>
            <ResolutionTable caption={`Resolutions adopted at ${meeting.symbol}`} rows={meeting.resolutions.map((r) => ({ ...r, date: meeting.date }))} />
          </section>
        </>
      )}
    </div>
  );
}
