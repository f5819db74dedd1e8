import { useEffect, useState } from 'react';
import { ApiError, gql } from '../../api';
import { StackedChart, type StackPart } from '../../components/StackedChart';
import { ErrorBox, Loading } from '../../components/Status';
import { Link } from '../../router';
import { memberRoute, yearRoute, type MemberRoute } from '../../routes';
import type { Vote } from '../../types';
import { useQuery } from '../../useQuery';
import { BROWSE_QUERIES } from './browseQueries';
import type { MemberResult, MembersResult, MemberVotesPage, MemberVotesResult } from './browseTypes';
import { Breadcrumbs, usePageTitle } from './BrowseParts';

const VOTES_PAGE = 20;
const VOTE_PARTS: StackPart[] = [
  { key: 'yes', label: 'Yes', className: 'stack-yes' },
  { key: 'no', label: 'No', className: 'stack-no' },
  { key: 'abstain', label: 'Abstained', className: 'stack-abstain' },
  { key: 'nonVoting', label: 'Did not vote', className: 'stack-nonvoting' },
  { key: 'unknown', label: 'Unknown', className: 'stack-unknown' },
];
const NOT_YES: Array<{ vote: Exclude<Vote, 'YES'>; title: string; empty: string }> = [
  { vote: 'NO', title: 'Voted no', empty: 'It never voted against an adopted resolution.' },
  { vote: 'ABSTAIN', title: 'Abstained', empty: 'It never abstained.' },
  { vote: 'NON_VOTING', title: 'Did not vote', empty: 'It voted on every resolution adopted while it sat.' },
];
const VOTE_WORD: Record<Vote, string> = { YES: 'yes', NO: 'no', ABSTAIN: 'abstained', NON_VOTING: 'did not vote' };

const termText = (terms: Array<{ from: number; to: number }>) => terms.map((t) => (t.from === t.to ? String(t.from) : `${t.from}–${t.to}`)).join(', ');

/** `/explore/members`: every state that sat on the Council, permanent members first. */
export function MembersPage() {
  usePageTitle('Council members');
  const state = useQuery<MembersResult>(BROWSE_QUERIES.members, {}, 'members');
  return (
    <div className="browse-page">
      <Breadcrumbs>Council members</Breadcrumbs>
      <h1>Council members</h1>
      {state.status === 'loading' && <Loading what="members" />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'ok' &&
        ([true, false] as const).map((permanent) => (
          <section key={String(permanent)} aria-labelledby={`members-${permanent}`}>
            <h2 id={`members-${permanent}`}>{permanent ? 'Permanent members' : 'Elected members'}</h2>
            <ul className="member-list" data-testid={permanent ? 'permanent-members' : 'elected-members'}>
              {state.data.members
                .filter((m) => m.permanent === permanent)
                .map((m) => (
                  <li key={m.code}>
                    <Link to={memberRoute(m.code)}>{m.name}</Link> <span className="muted">({m.code}) {termText(m.terms)}</span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
    </div>
  );
}

/** `/explore/member/CHN`: its terms, its votes per year as a stacked chart, and every vote other than yes. */
export function MemberPage({ route }: { route: MemberRoute }) {
  const state = useQuery<MemberResult>(BROWSE_QUERIES.member, { code: route.code }, route.code);
  const member = state.status === 'ok' ? state.data.member : null;
  usePageTitle(member ? `${member.name} on the Council` : `Member ${route.code}`);
  return (
    <div className="browse-page">
      <Breadcrumbs>
        <Link to={{ name: 'members' }}>Council members</Link> › {member?.name ?? route.code}
      </Breadcrumbs>
      {state.status === 'loading' && <Loading what={`member ${route.code}`} />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'ok' && !member && (
        <ErrorBox title={`No member ${route.code}`} error={new ApiError(`No state with the code ${route.code} has sat on the Council.`, 'NOT_FOUND')} />
      )}
      {member && (
        <>
          <h1>
            {member.name} <span className="muted">({member.code})</span>
          </h1>
          <dl className="facts">
            <dt>Seat</dt>
            <dd>{member.permanent ? 'permanent member' : 'elected member'}</dd>
            <dt>On the Council</dt>
            <dd data-testid="member-terms">{termText(member.terms)}</dd>
            <dt>Votes</dt>
            <dd data-testid="member-vote-counts">
              {member.resolutionCount} resolutions adopted while it sat: {member.voteCounts.yes} yes, {member.voteCounts.no} no, {member.voteCounts.abstain} abstained,{' '}
              {member.voteCounts.nonVoting} did not vote{member.voteCounts.unknown ? `, ${member.voteCounts.unknown} unknown` : ''}
            </dd>
          </dl>
          <StackedChart
            id="member-votes-chart"
            title="Votes per year"
            parts={VOTE_PARTS}
            rows={member.votesPerYear.map((y) => ({ year: y.year, values: { ...y.counts } }))}
            linkFor={(year) => yearRoute(year)}
          />
          <h2>Where it did not vote yes</h2>
          {NOT_YES.map((kind) => (
            <VoteList key={kind.vote} code={member.code} {...kind} />
          ))}
        </>
      )}
    </div>
  );
}

/** One kind of vote: the first page, then "Show more" pages, each resolution with the other members' votes. */
function VoteList({ code, vote, title, empty }: { code: string; vote: Exclude<Vote, 'YES'>; title: string; empty: string }) {
  const [list, setList] = useState<MemberVotesPage | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const load = async (after: string | null, signal?: AbortSignal) => {
    setLoading(true);
    setError(null);
    try {
      const data = await gql<MemberVotesResult>(BROWSE_QUERIES.memberVotes, { code, vote, first: VOTES_PAGE, after }, signal);
      const page = data.member?.votingRecord;
      if (page) setList((prev) => (after && prev ? { ...page, edges: [...prev.edges, ...page.edges] } : page));
    } catch (err) {
      if (signal?.aborted) return;
      setError(err instanceof ApiError ? err : new ApiError(String(err), 'CLIENT_ERROR'));
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  };
  useEffect(() => {
    const controller = new AbortController();
    setList(null);
    void load(null, controller.signal);
    return () => controller.abort();
  }, [code, vote]);
  const id = `votes-${vote.toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="member-votes" data-testid={id}>
      <h3 id={id}>
        {title} {list && <span className="muted">({list.totalCount})</span>}
      </h3>
      {!list && loading && <Loading what={`${title.toLowerCase()} votes`} />}
      {list && list.edges.length === 0 && <p className="muted">{empty}</p>}
      {list && list.edges.length > 0 && (
        <ul className="vote-list">
          {list.edges.map(({ node }) => (
            <li key={node.number}>
              <Link to={{ name: 'resolution', number: node.number }}>{node.number}</Link> <span className="muted">({node.date ?? node.year})</span> {node.title ?? 'Untitled'}
              <OtherVotes code={code} composition={node.composition} />
            </li>
          ))}
        </ul>
      )}
      {list?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void load(list.pageInfo.endCursor)} disabled={loading}>
          {loading ? 'Loading…' : `Show more (${list.totalCount - list.edges.length} left)`}
        </button>
      )}
      {error && <ErrorBox error={error} />}
    </section>
  );
}

/** The rest of the Council's votes on one resolution, grouped by vote: "14 yes · abstained: RUS". */
function OtherVotes({ code, composition }: { code: string; composition: Array<{ member: { code: string; name: string }; vote: Vote | null }> }) {
  const others = composition.filter((s) => s.member.code !== code);
  if (others.length === 0) return null;
  const groups = new Map<string, Array<{ code: string; name: string }>>();
  for (const s of others) {
    const key = s.vote ? VOTE_WORD[s.vote] : 'unknown';
    groups.set(key, [...(groups.get(key) ?? []), s.member]);
  }
  return (
    <p className="other-votes">
      <span className="muted">Others: </span>
      {[...groups].map(([word, members], i) => (
        <span key={word}>
          {i > 0 && ' · '}
          <span className={`vote ${word === 'yes' ? 'yes' : word === 'no' ? 'no' : word === 'abstained' ? 'abstain' : ''}`}>{word}</span>{' '}
          {members.map((m, j) => (
            <span key={m.code}>
              {j > 0 && ', '}
              <Link to={memberRoute(m.code)} title={m.name}>
                {m.code}
              </Link>
            </span>
          ))}
        </span>
      ))}
    </p>
  );
}
