import { useEffect, useMemo } from 'react';
import { ErrorBox, Loading } from '../components/Status';
import { CitationGraphView } from '../graph/CitationGraphView';
import { QUERIES } from '../queries';
import { Link, navigate } from '../router';
import { GRAPH_LIMITS, graphRoute, type ColorBy, type Direction, type GraphRoute } from '../routes';
import type { GraphResult } from '../types';
import { useQuery } from '../useQuery';

const DIRECTIONS: Array<[Direction, string]> = [
  ['CITES', 'Cites (earlier)'],
  ['CITED_BY', 'Cited by (later)'],
  ['BOTH', 'Both'],
];

export function GraphPage({ route }: { route: GraphRoute }) {
  const variables = { numbers: [route.number], direction: route.direction, depth: route.depth, limit: route.limit };
  const state = useQuery<GraphResult>(QUERIES.graph, variables, JSON.stringify(variables));
  useEffect(() => {
    document.title = `Citation graph of ${route.number} — UNSC explorer`;
  }, [route.number]);
  const set = (partial: Partial<GraphRoute>) => navigate(graphRoute(route.number, { ...route, ...partial }), { replace: true });
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
          />
        </>
      )}
    </section>
  );
}
