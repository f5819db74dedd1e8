import type { GraphEdge, GraphNode } from '../types';

const escapeXml = (value: string) =>
  value.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

const NODE_KEYS: Array<[keyof GraphNode, string, string]> = [
  ['number', 'number', 'int'],
  ['label', 'label', 'string'],
  ['title', 'title', 'string'],
  ['year', 'year', 'int'],
  ['mainTopic', 'mainTopic', 'string'],
  ['inDegree', 'inDegree', 'int'],
  ['outDegree', 'outDegree', 'int'],
  ['influence', 'influence', 'double'],
  ['distance', 'distance', 'int'],
];

/** The graph as GraphML 1.0 (directed; an edge goes from the citing to the cited resolution). Null values are left out. */
export function toGraphML(nodes: GraphNode[], edges: GraphEdge[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(([, name, type]) => `  <key id="${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    '  <key id="verb" for="edge" attr.name="verb" attr.type="string"/>',
    '  <graph id="citations" edgedefault="directed">',
  ];
  for (const node of nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    for (const [field, name] of NODE_KEYS) {
      const value = node[field];
      if (value !== null && value !== undefined) lines.push(`      <data key="${name}">${escapeXml(String(value))}</data>`);
    }
    lines.push('    </node>');
  }
  for (const edge of edges) {
    const open = `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"`;
    lines.push(edge.verb === null ? `${open}/>` : `${open}>\n      <data key="verb">${escapeXml(edge.verb)}</data>\n    </edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
