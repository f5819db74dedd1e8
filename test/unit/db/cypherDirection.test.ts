import { cypher, cypherByName, directed, withLiteralDepth } from '../../../src/db/CypherQuery';

describe('a query file written once for both directions', () => {
  it('puts the allow-listed arrow ends of each direction around the relationship pattern', () => {
    expect(cypher(directed('graph/chain', 'cites')).text).toContain('(root)-[:CITES*1..$$MAX_DEPTH]->(x:Resolution)');
    expect(cypher(directed('graph/chain', 'citedBy')).text).toContain('(root)<-[:CITES*1..$$MAX_DEPTH]-(x:Resolution)');
    expect(cypher(directed('graph/neighbourhood', 'either')).text).toContain('(seed)-[:CITES*0..$$MAX_DEPTH]-(x:Resolution)');
    expect(cypher(directed('resolution/citations', 'citedBy')).text).toContain('MATCH (r)<-[c:CITES]-(t:Resolution)');
    expect(cypher(directed('resolution/citations', 'cites')).text).not.toContain('$$ARROW');
  });

  it('refuses a direction outside the allow-list, a directed file loaded without one, and a direction on a plain file', () => {
    expect(() => cypher('graph/chain~->(x) DETACH DELETE x //')).toThrow(/is not one of cites, citedBy, either/);
    expect(() => cypher('graph/chain')).toThrow(/written for both directions/);
    expect(() => cypher('graph/edgesAmong~cites')).toThrow(/no \$\$ARROW_LEFT/);
    expect(() => cypher('graph/chain~cites~citedBy')).toThrow(/at most one/);
  });

  it('names the direction, so a traced name replays the exact text', () => {
    const q = withLiteralDepth(cypher(directed('graph/paths', 'either')), 3, { min: 1, max: 5 });
    expect(q.name).toBe('graph/paths~either@3');
    expect(cypherByName(q.name).text).toBe(q.text);
  });
});
