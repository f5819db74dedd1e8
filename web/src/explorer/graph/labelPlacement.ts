export interface LabelCandidate {
  id: string;
  /** On-screen centre of the node and its radius, in CSS pixels of the canvas. */
  x: number;
  y: number;
  r: number;
  /** On-screen size of the label text. */
  width: number;
  height: number;
  /** Rank key: citations received. */
  weight: number;
  centre: boolean;
}

export interface PlacedLabel {
  id: string;
  /** Top-left corner of the label box, under its node. */
  left: number;
  top: number;
  width: number;
  height: number;
}

const MARGIN = 2;

/**
 * Which nodes carry a label: the centre(s) always, then the most-cited nodes whose node is in view, in
 * order, skipping any whose label would overlap a label already placed, until `count` are placed.
 * Each label sits centred under its node. Pure, so the rule is tested without a browser.
 */
export function placeLabels(candidates: LabelCandidate[], view: { width: number; height: number }, count: number): PlacedLabel[] {
  const inView = (c: LabelCandidate) => c.x >= 0 && c.y >= 0 && c.x <= view.width && c.y <= view.height;
  const order = candidates
    .filter((c) => c.centre || inView(c))
    .sort((a, b) => Number(b.centre) - Number(a.centre) || b.weight - a.weight || a.id.localeCompare(b.id));
  const placed: PlacedLabel[] = [];
  let others = 0;
  for (const c of order) {
    if (!c.centre && others >= count) break;
    const box = { id: c.id, left: c.x - c.width / 2, top: c.y + c.r + MARGIN, width: c.width, height: c.height };
    if (!c.centre && placed.some((p) => overlaps(p, box))) continue;
    placed.push(box);
    if (!c.centre) others++;
  }
  return placed;
}

export function overlaps(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.left < b.left + b.width + MARGIN && b.left < a.left + a.width + MARGIN && a.top < b.top + b.height && b.top < a.top + a.height;
}
