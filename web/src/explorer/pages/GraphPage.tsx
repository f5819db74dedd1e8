import { useEffect, useMemo } from 'react';
import { ErrorBox, Loading } from '../components/Status';
import { graphVariables } from '../earlyQuery';
import { CitationGraphView } from '../graph/CitationGraphView';
import { QUERIES } from '../queries';
import { Link, navigate } from '../router';
import { GRAPH_LIMITS, graphRoute, type ColorBy, type Direction, type GraphRoute } from '../routes';
import { MAX_LABELS, VERB_GROUP_LABELS, VERB_GROUPS, type GraphLayout, type GraphViewSettings, type TimelineAxis } from '../graph/viewSettings';
import type { GraphResult } from '../types';
import { useQuery } from '../useQuery';

const DIRECTIONS: Array<[Direction, string]> = [
  ['CITES', 'Cites (earlier)'],
  ['CITED_BY', 'Cited by (later)'],
  ['BOTH', 'Both'],
];
const LAYOUTS: Array<[GraphLayout, string]> = [
  ['timeline', 'timeline (year × citations)'],
  ['cose', 'force-directed (cose)'],
  ['rings', 'rings by distance'],
];

export function GraphPage({ route }: { route: GraphRoute }) {
  const variables = graphVariables(route);
  const state = useQuery<GraphResult>(QUERIES.graph, variables, JSON.stringify(variables));
  useEffect(() => {
    document.title = `Citation graph of ${route.number} — UNSC explorer`;
  }, [route.number]);
  const set = (partial: Partial<GraphRoute>) => navigate(graphRoute(route.number, { ...route, ...partial }), { replace: true });
  const setView = (partial: Partial<GraphViewSettings>) => set({ view: { ...route.view, ...partial } });
  const toggleVerb = (group: (typeof VERB_GROUPS)[number], on: boolean) =>
    setView({ verbs: VERB_GROUPS.filter((g) => (g === group ? on : route.view.verbs.includes(g))) });
  const centre = useMemo(() => [String(route.number)], [route.number]);

  return (
    <section className="graph-page" aria-labelledby="graph-title">
      <p className="muted">
        <Link to={{ name: 'resolution', number: route.number }}>Resolution {route.number}</Link> › citation graph
      </p>
      <h1 id="graph-title">Citation graph around resolution {route.number}</h1>
      <form className="graph-controls" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Depth</legend>
          {[1, 2, 3].map((d) => (
            <label key={d}>
              <input type="radio" name="depth" checked={route.depth === d} onChange={() => set({ depth: d as 1 | 2 | 3 })} /> {d}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Direction</legend>
          {DIRECTIONS.map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="direction" checked={route.direction === value} onChange={() => set({ direction: value })} /> {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Colour by</legend>
          {(['year', 'topic'] as ColorBy[]).map((c) => (
            <label key={c}>
              <input type="radio" name="color" checked={route.colorBy === c} onChange={() => set({ colorBy: c })} /> {c}
            </label>
          ))}
        </fieldset>
        <label className="limit">
          At most{' '}
          <select value={route.limit} onChange={(e) => set({ limit: Number(e.target.value) })}>
            {GRAPH_LIMITS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>{' '}
          nodes
        </label>
        <label>
          Layout{' '}
          <select value={route.view.layout} onChange={(e) => setView({ layout: e.target.value as GraphLayout })}>
            {LAYOUTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {route.view.layout === 'timeline' && (
          <label>
            Height{' '}
            <select value={route.view.yAxis} onChange={(e) => setView({ yAxis: e.target.value as TimelineAxis })}>
              <option value="cited">times cited</option>
              <option value="influence">influence</option>
            </select>
          </label>
        )}
        <label>
          Labels{' '}
          <input
            type="number"
            min={0}
            max={MAX_LABELS}
            value={route.view.labels}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 0 && n <= MAX_LABELS) setView({ labels: n });
            }}
          />
        </label>
        <fieldset>
          <legend>Citations shown</legend>
          {VERB_GROUPS.map((g) => (
            <label key={g}>
              <input type="checkbox" name="verbs" value={g} checked={route.view.verbs.includes(g)} onChange={(e) => toggleVerb(g, e.target.checked)} /> {VERB_GROUP_LABELS[g]}
            </label>
          ))}
          <label>
            <input type="checkbox" name="peripheral" checked={route.view.peripheral} onChange={(e) => setView({ peripheral: e.target.checked })} /> among other nodes
          </label>
        </fieldset>
      </form>
      {state.status === 'loading' && <Loading what="the graph" />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'ok' && (
        <>
          <p role="status" className="muted">
            {state.data.citationGraph.nodes.length} resolutions, {state.data.citationGraph.edges.length} citations
            {state.data.citationGraph.truncated ? ` (cut at ${route.limit} nodes: raise the limit or lower the depth)` : ''}.
          </p>
          <CitationGraphView
            nodes={state.data.citationGraph.nodes}
            edges={state.data.citationGraph.edges}
            centre={centre}
            colorBy={route.colorBy}
            onOpen={(number) => navigate({ name: 'resolution', number })}
            exportName={`citations-${route.number}-depth${route.depth}-${route.direction.toLowerCase()}`}
            ariaLabel={`Citation graph around resolution ${route.number}`}
            view={route.view}
            onViewChange={setView}
          />
        </>
      )}
    </section>
  );
}
