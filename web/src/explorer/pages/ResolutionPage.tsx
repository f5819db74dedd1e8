import { useEffect, useState } from 'react';
import { ApiError, gql } from '../api';
import { ErrorBox, Loading } from '../components/Status';
import { WatchCitations } from '../components/WatchCitations';
import { QUERIES } from '../queries';
import { Link } from '../router';
import { graphRoute, meetingRoute, memberRoute, searchRoute, topicRoute, yearRoute } from '../routes';
import type { CitationList, MoreCitationsResult, ResolutionDetail, ResolutionResult, Vote } from '../types';
import { useQuery } from '../useQuery';
import { ResolutionActions } from './missions/ResolutionActions';

const VOTE_LABEL: Record<Vote, string> = { YES: 'Yes', NO: 'No', ABSTAIN: 'Abstained', NON_VOTING: 'Did not vote' };

export function ResolutionPage({ number }: { number: number }) {
  const state = useQuery<ResolutionResult>(QUERIES.resolution, { number }, String(number));
  useEffect(() => {
    document.title = `Resolution ${number} — UNSC explorer`;
  }, [number]);
  if (state.status === 'loading' || state.status === 'idle') return <Loading what={`resolution ${number}`} />;
  if (state.status === 'error') return <ErrorBox error={state.error} />;
  const r = state.data.resolution;
  if (!r) return <ErrorBox title={`No resolution ${number}`} error={new ApiError(`There is no Security Council resolution numbered ${number} in the corpus.`, 'NOT_FOUND')} />;
  return <ResolutionView r={r} />;
}

function ResolutionView({ r }: { r: ResolutionDetail }) {
  const agenda = r.topics.filter((t) => t.kind !== 'SUBJECT');
  const subjects = r.topics.filter((t) => t.kind === 'SUBJECT');
  return (
    <article className="resolution" aria-labelledby="res-title">
      <header>
        <p className="muted">
          <Link to={searchRoute()}>Search</Link> › Resolution {r.number}
        </p>
        <h1 id="res-title">
          Resolution {r.number}{' '}
          <span className="muted">
            (<Link to={yearRoute(r.year)}>{r.year}</Link>)
          </span>
        </h1>
        <p className="res-title">{r.title ?? r.agenda ?? 'Untitled'}</p>
        <dl className="facts">
          <dt>Symbol</dt>
          <dd>{r.symbol}</dd>
          <dt>Adopted</dt>
          <dd>{r.date ?? String(r.year)}</dd>
          <dt>Meeting</dt>
          <dd>
            {r.meeting ? (
              <>
                <Link to={meetingRoute(r.meeting.symbol)}>{r.meeting.symbol}</Link>
                {r.meeting.date ? ` (${r.meeting.date})` : ''}
              </>
            ) : (
              'unknown'
            )}
          </dd>
          {r.votes && (
            <>
              <dt>Vote</dt>
              <dd>
                {r.votes.modality ?? 'unknown'}
                {r.votes.yes !== null && ` · ${r.votes.yes} yes, ${r.votes.no ?? 0} no, ${r.votes.abstain ?? 0} abstaining`}
                {r.votes.nonVoting ? `, ${r.votes.nonVoting} not voting` : ''}
              </dd>
            </>
          )}
          <dt>Citations</dt>
          <dd>
            cites {r.citesCount}, cited by {r.citedByCount} · influence (PageRank) {(r.influence * 1000).toFixed(3)}‰
          </dd>
        </dl>
        <p className="actions">
          <Link className="button" to={graphRoute(r.number)}>
            Citation graph
          </Link>
          <Link className="button" to={{ name: 'path', from: r.number, to: null }}>
            Find a path from here
          </Link>
        </p>
        <WatchCitations number={r.number} />
      </header>

      <div className="resolution-layout">
        <section className="res-text" aria-labelledby="text-title">
          <h2 id="text-title">Text</h2>
          {r.paragraphs.length > 0 ? (
            <ol className="paragraphs">
              {r.paragraphs.map((p) => (
                <li key={p.id} id={`p-${p.ordinal}`} className={`para ${p.kind.toLowerCase()}`}>
                  <span className="para-ref" aria-label={`paragraph ${p.ref}`}>
                    {p.ref}
                  </span>
                  <p>{p.text}</p>
                </li>
              ))}
            </ol>
          ) : r.text ? (
            <p className="plain-text">{r.text}</p>
          ) : (
            <p className="muted">We have no text for this resolution; it is known by its title and metadata.</p>
          )}
        </section>

        <div className="res-side">
          <ResolutionActions missions={r.missions} sanctions={r.sanctions} />
          <section aria-labelledby="topics-title">
            <h2 id="topics-title">Topics</h2>
            {r.topics.length === 0 ? (
              <p className="muted">None recorded.</p>
            ) : (
              <ul className="tags">
                {[...agenda, ...subjects].map((t) => (
                  <li key={`${t.kind}:${t.name}`}>
                    <Link to={topicRoute(t.kind, t.name)} title={`${t.kind.toLowerCase()} topic`}>
                      {t.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="composition-title">
            <h2 id="composition-title">Security Council composition</h2>
            {r.composition.length === 0 ? (
              <p className="muted">Unknown.</p>
            ) : (
              <table className="composition">
                <thead>
                  <tr>
                    <th scope="col">Member</th>
                    <th scope="col">Seat</th>
                    <th scope="col">Vote</th>
                  </tr>
                </thead>
                <tbody>
                  {r.composition.map((seat) => (
                    <tr key={seat.member.code}>
                      <td>
                        <abbr title={seat.member.name}>{seat.member.code}</abbr> <Link to={memberRoute(seat.member.code)}>{seat.member.name}</Link>
                      </td>
                      <td>{seat.permanent ? 'permanent' : 'elected'}</td>
                      <td className={`vote ${seat.vote?.toLowerCase() ?? 'unknown'}`}>{seat.vote ? VOTE_LABEL[seat.vote] : 'unknown'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <CitationSection number={r.number} initial={r.cites} cites title="Related with resolutions" empty="It cites no earlier resolution that we know of." />
          <CitationSection number={r.number} initial={r.citedBy} cites={false} title="Quoted in resolutions" empty="No later resolution cites it." />
        </div>
      </div>
    </article>
  );
}

/** One citation list; each link shows its verb and paragraph, and the quoted context on expand. */
function CitationSection({ number, initial, cites, title, empty }: { number: number; initial: CitationList; cites: boolean; title: string; empty: string }) {
  const [list, setList] = useState(initial);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => setList(initial), [initial]);
  const id = cites ? 'cites-title' : 'citedby-title';
  const more = async () => {
    setLoading(true);
    setError(null);
    try {
      const data = await gql<MoreCitationsResult>(QUERIES.moreCitations, { number, after: list.pageInfo.endCursor, cites });
      const next = cites ? data.resolution?.cites : data.resolution?.citedBy;
      if (next) setList({ ...next, edges: [...list.edges, ...next.edges] });
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(String(err), 'CLIENT_ERROR'));
    } finally {
      setLoading(false);
    }
  };
  return (
    <section aria-labelledby={id} className="citations" data-testid={cites ? 'cites' : 'cited-by'}>
      <h2 id={id}>
        {title} <span className="muted">({list.totalCount})</span>
      </h2>
      {list.edges.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="citation-list">
          {list.edges.map((e) => {
            const how = [e.verb, e.paragraph].filter(Boolean).join(' · ');
            return (
              <li key={e.node.number}>
                {/* The link stays outside <summary>: a link inside it is a nested interactive control (axe: nested-interactive). */}
                <Link to={{ name: 'resolution', number: e.node.number }} title={`${e.node.symbol}: ${e.node.title ?? ''}${how ? ` (${how})` : ''}`}>
                  {e.node.number}
                </Link>
                <details>
                  <summary>
                    <span className="muted">({e.node.year})</span> {how && <span className="verb">{how}</span>}
                  </summary>
                  <p className="citation-detail">
                    {e.node.title}
                    {e.context && (
                      <>
                        <br />
                        <q>{e.context}</q>
                      </>
                    )}
                    <br />
                    <span className="muted">source: {e.source ?? 'unknown'}</span>
                  </p>
                </details>
              </li>
            );
          })}
        </ul>
      )}
      {list.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void more()} disabled={loading}>
          {loading ? 'Loading…' : `Show more (${list.totalCount - list.edges.length} left)`}
        </button>
      )}
      {error && <ErrorBox error={error} />}
    </section>
  );
}
