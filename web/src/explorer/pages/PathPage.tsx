import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { ErrorBox, Loading } from '../components/Status';
import { CitationGraphView } from '../graph/CitationGraphView';
import { QUERIES } from '../queries';
import { Link, navigate } from '../router';
import type { PathRoute } from '../routes';
import type { GraphEdge, GraphNode, PathResult } from '../types';
import { useQuery } from '../useQuery';

/**
 * Shortest citation paths between two resolutions. Citations point back in time, so the later resolution
 * is the start; when no directed path exists the page offers the undirected search.
 */
export function PathPage({ route }: { route: PathRoute }) {
  const [from, setFrom] = useState(route.from ? String(route.from) : '');
  const [to, setTo] = useState(route.to ? String(route.to) : '');
  const [undirected, setUndirected] = useState(false);
  useEffect(() => {
    setFrom(route.from ? String(route.from) : '');
    setTo(route.to ? String(route.to) : '');
  }, [route.from, route.to]);
  useEffect(() => {
    document.title = 'Path finder — UNSC explorer';
  }, []);

  const ready = route.from !== null && route.to !== null;
  const later = ready ? Math.max(route.from ?? 0, route.to ?? 0) : 0;
  const earlier = ready ? Math.min(route.from ?? 0, route.to ?? 0) : 0;
  const variables = ready ? { from: later, to: earlier, directed: !undirected } : null;
  const state = useQuery<PathResult>(QUERIES.path, variables, JSON.stringify(variables));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const a = Number(from);
    const b = Number(to);
    if (Number.isInteger(a) && a > 0 && Number.isInteger(b) && b > 0) navigate({ name: 'path', from: a, to: b });
  };

  return (
    <section className="path-page" aria-labelledby="path-title">
      <h1 id="path-title">Path finder</h1>
      <p className="muted">Pick two resolutions: the page draws the shortest chains of citations between them (at most 6 steps), with each citation's verb.</p>
      <form className="path-form" onSubmit={submit}>
        <label>
          From resolution{' '}
          <input inputMode="numeric" pattern="[0-9]*" required value={from} onChange={(e) => setFrom(e.target.value.replace(/\D/g, ''))} aria-describedby="path-help" />
        </label>
        <label>
          To resolution <input inputMode="numeric" pattern="[0-9]*" required value={to} onChange={(e) => setTo(e.target.value.replace(/\D/g, ''))} />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={undirected} onChange={(e) => setUndirected(e.target.checked)} /> ignore citation direction
        </label>
        <button type="submit">Find paths</button>
        <p id="path-help" className="muted">
          Example: <Link to={{ name: 'path', from: 2396, to: 1269 }}>2396 → 1269</Link>, <Link to={{ name: 'path', from: 2610, to: 1267 }}>2610 → 1267</Link>
        </p>
      </form>
      {state.status === 'loading' && <Loading what="paths" />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'ok' && <PathResults data={state.data} later={later} earlier={earlier} undirected={undirected} onUndirected={() => setUndirected(true)} />}
    </section>
  );
}

function PathResults({ data, later, earlier, undirected, onUndirected }: { data: PathResult; later: number; earlier: number; undirected: boolean; onUndirected(): void }) {
  const paths = data.citationPaths;
  const { nodes, edges } = useMemo(() => {
    const nodeMap = new Map<number, GraphNode>();
    const edgeMap = new Map<string, GraphEdge>();
    for (const path of paths) {
      path.nodes.forEach((n, i) => {
        if (!nodeMap.has(n.number)) {
          nodeMap.set(n.number, {
            id: String(n.number),
            number: n.number,
            label: n.symbol,
            title: n.title,
            year: n.year,
            mainTopic: n.mainTopic,
            inDegree: n.citedByCount,
            outDegree: 0,
            influence: n.influence,
            distance: i,
          });
        }
      });
      for (const e of path.edges) {
        const id = `${e.source}-${e.target}`;
        edgeMap.set(id, { id, source: String(e.source), target: String(e.target), verb: e.verb });
      }
    }
    return { nodes: [...nodeMap.values()], edges: [...edgeMap.values()] };
  }, [paths]);
  const centre = useMemo(() => [String(later), String(earlier)], [later, earlier]);

  if (paths.length === 0) {
    return (
      <div className="status" role="status">
        <p>
          No citation path of at most 6 steps leads from {later} to {earlier}
          {undirected ? ', even ignoring direction.' : '.'}
        </p>
        {!undirected && (
          <button type="button" onClick={onUndirected}>
            Search again ignoring direction
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="path-results">
      <p role="status">
        {paths.length} shortest {paths.length === 1 ? 'path' : 'paths'} of {paths[0]?.length} {paths[0]?.length === 1 ? 'step' : 'steps'} from {later} to {earlier}.
      </p>
      <CitationGraphView
        nodes={nodes}
        edges={edges}
        centre={centre}
        colorBy="year"
        edgeLabels
        onOpen={(number) => navigate({ name: 'resolution', number })}
        exportName={`path-${later}-${earlier}`}
        ariaLabel={`Citation paths from ${later} to ${earlier}`}
      />
      <ol className="path-list" data-testid="path-list">
        {paths.map((path, i) => (
          <li key={i}>
            {path.nodes.map((n, j) => {
              const edge = path.edges[j];
              return (
                <span key={n.number}>
                  <Link to={{ name: 'resolution', number: n.number }} title={n.title ?? ''}>
                    {n.number}
                  </Link>
                  {edge && (
                    <span className="path-edge" title={edge.context ?? ''}>
                      {' '}
                      —{edge.verb ?? 'cites'}
                      {edge.paragraph ? ` (${edge.paragraph})` : ''}→{' '}
                    </span>
                  )}
                </span>
              );
            })}
          </li>
        ))}
      </ol>
    </div>
  );
}
