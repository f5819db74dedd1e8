import type { MouseEvent } from 'react';
import type { GraphNode } from '../types';

/** A link's click handler that opens in the explorer on a plain left click and leaves modified clicks to the browser. */
export const openOnPlainClick = (open: () => void) => (e: MouseEvent<HTMLAnchorElement>) => {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
  e.preventDefault();
  open();
};
import type { FocusEdge, FocusNeighbourhood } from './edgeFilter';

interface Props {
  focus: GraphNode | null;
  edges: FocusNeighbourhood | null;
  /** The number kept in focus in the URL (null: none). */
  pinned: number | null;
  onFocus(number: number | null): void;
  onOpen(number: number): void;
}

function EdgeList({ title, items, onFocus, testId }: { title: string; items: FocusEdge[]; onFocus(number: number): void; testId: string }) {
  return (
    <>
      <h4>
        {title} ({items.length})
      </h4>
      {items.length > 0 && (
        <ul className="focus-edges" data-testid={testId}>
          {items.map(({ node, verb }) => (
            <li key={node.id}>
              <button type="button" className="link-button" onClick={() => onFocus(node.number)} title={node.title ?? ''}>
                {node.number}
              </button>{' '}
              <span className="verb">{verb ?? '(no verb)'}</span> <span className="muted">{node.year}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The side panel of the node in focus: its symbol and title, and its direct citations both ways with their
 * verbs (those drawn under the current filters). Entries move the focus; the heading link opens the page.
 */
export function FocusPanel({ focus, edges, pinned, onFocus, onOpen }: Props) {
  if (!focus || !edges) {
    return (
      <p className="graph-hover" aria-live="polite">
        Hover a node to light up its citations; right-click it (or use “focus” in the list) to keep it; click it to open.
      </p>
    );
  }
  return (
    <section className="graph-focus" aria-live="polite" data-testid="graph-focus" data-focus={focus.id}>
      <h3>
        <a href={`/explore/resolution/${focus.number}`} onClick={openOnPlainClick(() => onOpen(focus.number))}>
          {focus.label}
        </a>
      </h3>
      {focus.title && <p className="focus-title">{focus.title}</p>}
      <p className="muted">
        Cited {focus.inDegree}× and cites {focus.outDegree} in the whole corpus.
        {pinned === focus.number && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => onFocus(null)}>
              Clear focus
            </button>
          </>
        )}
      </p>
      <EdgeList title="Cites (earlier)" items={edges.cites} onFocus={onFocus} testId="focus-cites" />
      <EdgeList title="Cited by (later)" items={edges.citedBy} onFocus={onFocus} testId="focus-cited-by" />
    </section>
  );
}
