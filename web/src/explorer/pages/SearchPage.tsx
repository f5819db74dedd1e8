import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorBox, Loading } from '../components/Status';
import { FacetList } from '../components/FacetList';
import { HighlightedText } from '../components/HighlightedText';
import { Timeline } from '../components/Timeline';
import { QUERIES } from '../queries';
import { Link, navigate } from '../router';
import { BrowseLinks } from './browse/BrowseParts';
import { MissionFilter } from './missions/MissionFilter';
import { searchRoute, type SearchRoute } from '../routes';
import type { SearchResult } from '../types';
import { useQuery } from '../useQuery';

const PAGE_SIZE = 20;
const EXAMPLES = ['"foreign terrorist fighters"', 'sanctions AND Libya', 'title:Somalia', 'peacekeep* NOT Cyprus', 'childen~ "armed conflict"'];

export function SearchPage({ route }: { route: SearchRoute }) {
  const [draft, setDraft] = useState(route.q);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setDraft(route.q), [route.q]);
  useEffect(() => {
    if (!route.q) input.current?.focus();
  }, [route.q]);

  const filter: Record<string, unknown> = {};
  if (route.year) filter.year = route.year;
  if (route.topic) filter.topic = route.topic;
  if (route.member) filter.member = route.member;
  if (route.mission) filter.mission = route.mission;
  const variables = route.q.trim() ? { query: route.q, filter, first: PAGE_SIZE, after: route.after } : null;
  const state = useQuery<SearchResult>(QUERIES.search, variables, JSON.stringify(variables));

  const go = (partial: Partial<SearchRoute>) => navigate(searchRoute({ ...route, after: null, start: 1, ...partial }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) go({ q: draft.trim(), year: null, topic: null, member: null });
  };

  return (
    <div className="search-page">
      {/* Every page has one h1 (axe: page-has-heading-one); here the search box says what the page is. */}
      <h1 className="visually-hidden">Search Security Council resolutions</h1>
      <form className="search-form" role="search" onSubmit={submit}>
        <label htmlFor="q" className="visually-hidden">
          Search resolutions
        </label>
        <input
          id="q"
          ref={input}
          type="search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder='e.g. "foreign terrorist fighters"'
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit">Search</button>
        <MissionFilter value={route.mission} onChange={(mission) => go({ mission })} />
      </form>
      <p className="search-help muted">
        Lucene syntax, as in the API: words, <code>"phrases"</code>, <code>AND</code>/<code>OR</code>/<code>NOT</code>, wildcards <code>terror*</code>, fuzzy <code>sanctons~</code>, fields <code>title:</code> and <code>text:</code>.
      </p>

      {state.status === 'idle' && <BrowseLinks />}
      {state.status === 'idle' && (
        <section aria-label="Examples">
          <h2>Try</h2>
          <ul className="examples">
            {EXAMPLES.map((q) => (
              <li key={q}>
                <Link to={searchRoute({ q })}>{q}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {state.status === 'loading' && <Loading what="results" />}
      {state.status === 'error' && <ErrorBox error={state.error} title={state.error.code === 'BAD_USER_INPUT' ? 'This query cannot be searched' : undefined} />}
      {state.status === 'ok' && <Results route={route} data={state.data} go={go} />}
    </div>
  );
}

function Results({ route, data, go }: { route: SearchRoute; data: SearchResult; go(partial: Partial<SearchRoute>): void }) {
  const { search } = data;
  const end = route.start + search.edges.length - 1;
  const active = [
    route.year && { label: `year ${route.year}`, clear: { year: null } },
    route.topic && { label: `topic “${route.topic}”`, clear: { topic: null } },
    route.member && { label: `member ${route.member}`, clear: { member: null } },
    route.mission && { label: `mission ${route.mission}`, clear: { mission: null } },
  ].filter(Boolean) as Array<{ label: string; clear: Partial<SearchRoute> }>;
  return (
    <div className="search-results-layout">
      <div className="search-main">
        <p className="result-count" role="status">
          {search.totalCount === 0 ? 'No resolution matches.' : `${route.start}–${end} of ${search.totalCount} resolutions`}
          {active.map((a) => (
            <button key={a.label} type="button" className="chip" onClick={() => go(a.clear)} aria-label={`Remove filter ${a.label}`}>
              {a.label} ✕
            </button>
          ))}
          <a className="chip" href={`/feeds/search.atom?q=${encodeURIComponent(route.q)}`} type="application/atom+xml" title="Follow this search in a feed reader: new matches appear as they are ingested">
            Atom feed
          </a>
        </p>
        <Timeline years={search.facets.years} selected={route.year} onSelect={(year) => go({ year })} />
        <ol className="hits" start={route.start}>
          {search.edges.map(({ node }) => (
            <li key={node.resolution.number} className="hit">
              <h3>
                <Link to={{ name: 'resolution', number: node.resolution.number }}>{node.resolution.symbol}</Link>{' '}
                <span className="hit-title">{node.resolution.title}</span>
              </h3>
              <p className="muted hit-meta">
                {node.resolution.date ?? node.resolution.year}
                {node.resolution.mainTopic ? ` · ${node.resolution.mainTopic}` : ''}
                {node.resolution.hasText ? '' : ' · title only, no text'} · score {node.score.toFixed(2)}
              </p>
              <ul className="snippets">
                {node.snippets.map((s, i) => (
                  <li key={i}>
                    <span className="ref">{s.ref}</span> <HighlightedText text={s.text} highlights={s.highlights} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
        <nav className="pager" aria-label="Result pages">
          {route.after && (
            <button type="button" onClick={() => go({})}>
              ← First page
            </button>
          )}
          {route.after && (
            <button type="button" onClick={() => window.history.back()}>
              ← Previous
            </button>
          )}
          {search.pageInfo.hasNextPage && search.pageInfo.endCursor && (
            <button type="button" onClick={() => navigate(searchRoute({ ...route, after: search.pageInfo.endCursor, start: end + 1 }))}>
              Next →
            </button>
          )}
        </nav>
      </div>
      <aside className="facets" aria-label="Filters">
        <h2>Filter</h2>
        <FacetList title="Topics" facets={search.facets.topics} selected={route.topic} onSelect={(topic) => go({ topic })} />
        <FacetList title="Council members" facets={search.facets.members} selected={route.member} onSelect={(member) => go({ member })} />
      </aside>
    </div>
  );
}
