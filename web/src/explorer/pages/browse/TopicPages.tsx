import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api';
import { BarChart } from '../../components/BarChart';
import { ErrorBox, Loading } from '../../components/Status';
import { Link, navigate } from '../../router';
import { searchRoute, topicRoute, topicsRoute, yearRoute, TOPIC_KINDS, type TopicKind, type TopicRoute, type TopicsRoute } from '../../routes';
import { useQuery } from '../../useQuery';
import { BROWSE_QUERIES } from './browseQueries';
import type { TopicResult, TopicsResult } from './browseTypes';
import { Breadcrumbs, Pager, ResolutionTable, usePageTitle } from './BrowseParts';

const TOPICS_PAGE = 100;
const RESOLUTIONS_PAGE = 50;

export const KIND_LABEL: Record<TopicKind, string> = {
  AGENDA: 'Agenda items',
  SITE: 'Topics of the original site',
  SUBJECT: 'Library subjects (2020 onwards)',
};

/** `/explore/topics?kind=AGENDA`: topics of one kind, most resolutions first, with a tab per kind. */
export function TopicsPage({ route }: { route: TopicsRoute }) {
  usePageTitle(`Topics: ${KIND_LABEL[route.kind]}`);
  const variables = { kind: route.kind, first: TOPICS_PAGE, after: route.after };
  const state = useQuery<TopicsResult>(BROWSE_QUERIES.topics, variables, JSON.stringify(variables));
  const counts = state.status === 'ok' ? { AGENDA: state.data.agenda.totalCount, SITE: state.data.site.totalCount, SUBJECT: state.data.subject.totalCount } : null;
  return (
    <div className="browse-page">
      <Breadcrumbs>Topics</Breadcrumbs>
      <h1>Resolutions by topic</h1>
      <nav aria-label="Kinds of topic">
        <ul className="kind-tabs">
          {TOPIC_KINDS.map((kind) => (
            <li key={kind}>
              <Link to={topicsRoute(kind)} aria-current={kind === route.kind ? 'page' : undefined}>
                {KIND_LABEL[kind]}
                {counts && <span className="muted"> ({counts[kind]})</span>}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {state.status === 'loading' && <Loading what="topics" />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'ok' && (
        <section aria-labelledby="topics-title">
          <h2 id="topics-title">
            {KIND_LABEL[route.kind]} <span className="muted">({state.data.topics.totalCount}, most resolutions first)</span>
          </h2>
          <ol className="topic-list" start={route.start} data-testid="topic-list">
            {state.data.topics.edges.map(({ node }) => (
              <li key={node.key}>
                <Link to={topicRoute(node.kind, node.name)}>{node.name}</Link>{' '}
                <span className="muted">
                  {node.resolutionCount} {node.resolutionCount === 1 ? 'resolution' : 'resolutions'}
                  {node.firstYear !== null && `, ${node.firstYear === node.lastYear ? node.firstYear : `${node.firstYear}–${node.lastYear}`}`}
                </span>
              </li>
            ))}
          </ol>
          <Pager
            label="Pages of topics"
            first={route.after ? topicsRoute(route.kind) : null}
            next={
              state.data.topics.pageInfo.hasNextPage && state.data.topics.pageInfo.endCursor
                ? topicsRoute(route.kind, state.data.topics.pageInfo.endCursor, route.start + state.data.topics.edges.length)
                : null
            }
          />
        </section>
      )}
    </div>
  );
}

/** `/explore/topic/site/Terrorism`: the topic's resolutions per year, a search within it, then its resolutions, newest first. */
export function TopicPage({ route }: { route: TopicRoute }) {
  usePageTitle(`Topic: ${route.topic}`);
  const variables = { name: route.topic, kind: route.kind, first: RESOLUTIONS_PAGE, after: route.after };
  const state = useQuery<TopicResult>(BROWSE_QUERIES.topic, variables, JSON.stringify(variables));
  return (
    <div className="browse-page">
      <Breadcrumbs>
        <Link to={topicsRoute(route.kind)}>{KIND_LABEL[route.kind]}</Link> › {route.topic}
      </Breadcrumbs>
      {state.status === 'loading' && <Loading what={`topic “${route.topic}”`} />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'ok' && !state.data.topic && (
        <ErrorBox title="No such topic" error={new ApiError(`There is no ${route.kind.toLowerCase()} topic named “${route.topic}”.`, 'NOT_FOUND')} />
      )}
      {state.status === 'ok' && state.data.topic && <TopicView route={route} topic={state.data.topic} />}
    </div>
  );
}

function TopicView({ route, topic }: { route: TopicRoute; topic: NonNullable<TopicResult['topic']> }) {
  const [draft, setDraft] = useState('');
  const { resolutions } = topic;
  const end = route.start + resolutions.edges.length - 1;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) navigate(searchRoute({ q: draft.trim(), topic: topic.name }));
  };
  return (
    <>
      <h1>{topic.name}</h1>
      <p>
        <span className="muted">{KIND_LABEL[topic.kind]} · </span>
        <span data-testid="topic-count">
          {topic.resolutionCount} {topic.resolutionCount === 1 ? 'resolution' : 'resolutions'}
        </span>
        {topic.firstYear !== null && `, ${topic.firstYear === topic.lastYear ? topic.firstYear : `${topic.firstYear}–${topic.lastYear}`}`}
      </p>
      <BarChart id="topic-timeline" title="Resolutions per year" data={topic.resolutionsPerYear} unit="resolution" linkFor={(year) => yearRoute(year)} compact />
      <form className="search-form topic-search" role="search" onSubmit={submit}>
        <label htmlFor="topic-q">Search within this topic</label>
        <input id="topic-q" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="e.g. sanctions" autoComplete="off" />
        <button type="submit">Search</button>
      </form>
      <p>
        <Link to={searchRoute({ q: `"${topic.name.replace(/"/g, '')}"`, topic: topic.name })}>Search for “{topic.name}” in the texts, filtered by this topic</Link>
      </p>
      <section aria-labelledby="topic-list-title">
        <h2 id="topic-list-title">
          Resolutions, newest first{' '}
          {resolutions.totalCount > resolutions.edges.length && (
            <span className="muted">
              ({route.start}–{end} of {resolutions.totalCount})
            </span>
          )}
        </h2>
        <ResolutionTable caption={`Resolutions on ${topic.name}`} rows={resolutions.edges.map((e) => e.node)} start={route.start} />
        <Pager
          label="Pages of this topic"
          first={route.after ? topicRoute(route.kind, route.topic) : null}
          next={resolutions.pageInfo.hasNextPage && resolutions.pageInfo.endCursor ? topicRoute(route.kind, route.topic, resolutions.pageInfo.endCursor, end + 1) : null}
        />
      </section>
    </>
  );
}
