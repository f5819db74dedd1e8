/**
 * The settings of a citation graph view that live in the URL (besides depth, direction, colour and limit):
 * layout, y axis of the timeline, how many labels, which verb groups, whether edges among non-centre nodes
 * are drawn, and the focused node. Pure: no imports, so routes.ts can use it without a cycle.
 */
export type GraphLayout = 'timeline' | 'cose' | 'rings';
export type TimelineAxis = 'cited' | 'influence';
/** Verb groups of a citation: restates = reaffirms/recalls/reiterates, decides = decides/acts, other = the rest. */
export type VerbGroup = 'restates' | 'decides' | 'other';

export const GRAPH_LAYOUTS: readonly GraphLayout[] = ['timeline', 'cose', 'rings'];
export const TIMELINE_AXES: readonly TimelineAxis[] = ['cited', 'influence'];
export const VERB_GROUPS: readonly VerbGroup[] = ['restates', 'decides', 'other'];
export const DEFAULT_LABELS = 15;
export const MAX_LABELS = 100;

export interface GraphViewSettings {
  layout: GraphLayout;
  yAxis: TimelineAxis;
  /** How many of the most-cited nodes in view carry a label (the centre always does). */
  labels: number;
  /** Verb groups whose edges are drawn. */
  verbs: VerbGroup[];
  /** Draw edges between two non-centre nodes (off: only the centre's own citations, the "backbone"). */
  peripheral: boolean;
  /** The node in focus (its number), or null. */
  focus: number | null;
}

export const DEFAULT_VIEW: GraphViewSettings = {
  layout: 'timeline',
  yAxis: 'cited',
  labels: DEFAULT_LABELS,
  verbs: [...VERB_GROUPS],
  peripheral: true,
  focus: null,
};

const RESTATES = /^(reaffirm|recall|reiterat|renew|remind)/i;
const DECIDES = /^(decide|decision|act|determin|demand|direct|resolve)/i;

/** The group of a citation verb (null: no verb extracted, counted as other). */
export function verbGroup(verb: string | null): VerbGroup {
  if (!verb) return 'other';
  if (RESTATES.test(verb)) return 'restates';
  if (DECIDES.test(verb)) return 'decides';
  return 'other';
}

export const VERB_GROUP_LABELS: Record<VerbGroup, string> = {
  restates: 'reaffirms / recalls',
  decides: 'decides / acts',
  other: 'other verbs',
};

/** Reads the view settings from URL parameters; anything unknown or out of range falls back to the default. */
export function parseViewSettings(params: URLSearchParams): GraphViewSettings {
  const layout = params.get('layout') as GraphLayout | null;
  const yAxis = params.get('y') as TimelineAxis | null;
  const labelsText = params.get('labels');
  const labels = labelsText !== null && /^\d{1,3}$/.test(labelsText) ? Math.min(MAX_LABELS, Number(labelsText)) : DEFAULT_LABELS;
  const verbsText = params.get('verbs');
  const verbs =
    verbsText === null ? [...VERB_GROUPS] : VERB_GROUPS.filter((g) => verbsText.split(',').includes(g));
  const focusText = params.get('focus');
  return {
    layout: layout && GRAPH_LAYOUTS.includes(layout) ? layout : DEFAULT_VIEW.layout,
    yAxis: yAxis && TIMELINE_AXES.includes(yAxis) ? yAxis : DEFAULT_VIEW.yAxis,
    labels,
    verbs,
    peripheral: params.get('peripheral') !== '0',
    focus: focusText !== null && /^\d{1,5}$/.test(focusText) && Number(focusText) > 0 ? Number(focusText) : null,
  };
}

/** URL parameters of the settings that differ from the default (so default URLs stay short and stable). */
export function viewSettingsParams(view: GraphViewSettings): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (view.layout !== DEFAULT_VIEW.layout) out.push(['layout', view.layout]);
  if (view.yAxis !== DEFAULT_VIEW.yAxis) out.push(['y', view.yAxis]);
  if (view.labels !== DEFAULT_VIEW.labels) out.push(['labels', String(view.labels)]);
  const verbs = VERB_GROUPS.filter((g) => view.verbs.includes(g));
  if (verbs.length !== VERB_GROUPS.length) out.push(['verbs', verbs.join(',') || 'none']);
  if (!view.peripheral) out.push(['peripheral', '0']);
  if (view.focus !== null) out.push(['focus', String(view.focus)]);
  return out;
}

/** What the e2e test and client developers can read about the graph on screen (window.__graphState). */
export interface GraphState {
  renderer: 'webgl' | 'canvas';
  /** The library drawing it: cytoscape, or sigma.js for large timeline graphs. */
  engine: 'cytoscape' | 'sigma';
  layout: GraphLayout;
  nodes: number;
  edgesShown: number;
  labels: string[];
  focus: string | null;
  fadedNodes: number;
  fadedEdges: number;
}
