import { useEffect, useRef, useState } from 'react';
import type { GraphNode } from '../types';
import type { GraphSurface } from './graphSurface';
import { shortLabelOf } from './nodeLabel';
import { placeLabels, type LabelCandidate, type PlacedLabel } from './labelPlacement';

interface Props {
  surface: GraphSurface;
  nodes: GraphNode[];
  centre: ReadonlySet<string>;
  /** How many labels besides the centre. */
  count: number;
  /** Ids of the focused node and its neighbours (null: no focus): other labels are dimmed. */
  lit: ReadonlySet<string> | null;
  focus: GraphNode | null;
  /** Told the ids labelled after each placement (the test hook reads them). */
  onPlaced(ids: string[]): void;
}

const FONT_PX = 12;
const LINE_PX = 15;

let measureContext: CanvasRenderingContext2D | null = null;
let measureFont = '';
const widthCache = new Map<string, number>();
/** On-screen width of a label; the canvas font is set only when it changes (setting it is the costly part). */
function textWidth(text: string, bold: boolean): number {
  const font = `${bold ? 'bold ' : ''}${FONT_PX}px system-ui, sans-serif`;
  const cached = widthCache.get(`${font}|${text}`);
  if (cached !== undefined) return cached;
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * FONT_PX * 0.6;
  if (measureFont !== font) {
    measureContext.font = font;
    measureFont = font;
  }
  const width = Math.ceil(measureContext.measureText(text).width) + 6;
  widthCache.set(`${font}|${text}`, width);
  return width;
}

/**
 * Node labels drawn as HTML over the canvas, at a fixed on-screen size whatever the zoom, for the centre
 * and the most-cited nodes in view (labelPlacement.ts), plus the focused node's symbol and title. The same
 * overlay serves the canvas and the WebGL renderer, and its labels are plain DOM for tests and screen
 * magnifiers. Positions follow pan and zoom on each animation frame; the choice is redone at the same time.
 */
export function GraphLabels({ surface, nodes, centre, count, lit, focus, onPlaced }: Props) {
  const [placed, setPlaced] = useState<PlacedLabel[]>([]);
  const [focusBox, setFocusBox] = useState<{ x: number; y: number } | null>(null);
  const onPlacedRef = useRef(onPlaced);
  onPlacedRef.current = onPlaced;

  useEffect(() => {
    const widths = new Map(nodes.map((n) => [n.id, textWidth(shortLabelOf(n), centre.has(n.id))]));
    const weights = new Map(nodes.map((n) => [n.id, n.inDegree]));
    let frame = 0;
    const update = () => {
      frame = 0;
      const candidates: LabelCandidate[] = surface.screenNodes().map(({ id, x, y, r }) => ({ id, x, y, r, width: widths.get(id) ?? 0, height: LINE_PX, weight: weights.get(id) ?? 0, centre: centre.has(id) }));
      const next = placeLabels(candidates, surface.size(), count);
      setPlaced(next);
      onPlacedRef.current(next.map((l) => l.id));
      if (focus) {
        const f = surface.screenNode(focus.id);
        if (f) setFocusBox({ x: f.x, y: f.y - f.r - 4 });
      } else setFocusBox(null);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    const unsubscribe = surface.onViewportChange(schedule);
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [surface, nodes, centre, count, focus]);

  const byId = new Map(nodes.map((n) => [n.id, n]));
  return (
    <div className="graph-labels" aria-hidden="true" data-testid="graph-labels">
      {placed.map((l) => {
        const node = byId.get(l.id);
        if (!node) return null;
        const dimmed = lit !== null && !lit.has(l.id);
        return (
          <span
            key={l.id}
            className={`graph-label${centre.has(l.id) ? ' centre' : ''}${dimmed ? ' dimmed' : ''}`}
            data-id={l.id}
            style={{ transform: `translate(${Math.round(l.left)}px, ${Math.round(l.top)}px)`, width: l.width }}
          >
            {shortLabelOf(node)}
          </span>
        );
      })}
      {focus && focusBox && (
        <div className="graph-focus-tip" data-testid="graph-focus-tip" style={{ transform: `translate(${Math.round(focusBox.x)}px, ${Math.round(focusBox.y)}px) translate(-50%, -100%)` }}>
          <strong>{focus.label}</strong>
          {focus.title ? ` — ${focus.title}` : ''}
        </div>
      )}
    </div>
  );
}
