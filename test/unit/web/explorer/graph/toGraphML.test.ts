import { toGraphML } from '../../../../../web/src/explorer/graph/toGraphML';
import type { GraphNode } from '../../../../../web/src/explorer/types';

const node = (number: number, extra: Partial<GraphNode> = {}): GraphNode => ({
  id: String(number),
  number,
  label: `S/RES/${number}`,
  title: null,
  year: 2000,
  mainTopic: null,
  inDegree: 1,
  outDegree: 2,
  influence: 0.5,
  distance: 0,
  ...extra,
});

describe('toGraphML', () => {
  const xml = toGraphML(
    [node(2396, { title: 'Threats <to> "peace" & security', mainTopic: 'Terrorism' }), node(2178)],
    [
      { id: '1', source: '2396', target: '2178', verb: 'recalls' },
      { id: '2', source: '2178', target: '2396', verb: null },
    ],
  );

  it('writes a directed graph with every node and edge', () => {
    expect(xml).toContain('<graph id="citations" edgedefault="directed">');
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml.match(/<edge /g)).toHaveLength(2);
    expect(xml).toContain('<edge id="1" source="2396" target="2178">\n      <data key="verb">recalls</data>');
    expect(xml).toContain('<edge id="2" source="2178" target="2396"/>');
  });

  it('escapes markup in values and leaves out nulls', () => {
    expect(xml).toContain('<data key="title">Threats &lt;to&gt; &quot;peace&quot; &amp; security</data>');
    const second = xml.slice(xml.indexOf('<node id="2178">'));
    expect(second.slice(0, second.indexOf('</node>'))).not.toContain('key="title"');
  });

  it('declares a key for every data element it uses', () => {
    const declared = new Set([...xml.matchAll(/<key id="(\w+)"/g)].map((m) => m[1]));
    const used = new Set([...xml.matchAll(/<data key="(\w+)"/g)].map((m) => m[1]));
    for (const key of used) expect(declared.has(key)).toBe(true);
  });
});
