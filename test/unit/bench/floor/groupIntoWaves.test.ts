import { decodeParams, encodeParams, groupIntoWaves } from '../../../../bench/floor/QueryTrace';
import neo4j from 'neo4j-driver';

describe('groupIntoWaves', () => {
  it('puts queries that overlap in one wave and queries that start after one ends in the next', () => {
    const waves = groupIntoWaves([
      { name: 'resolution/byNumbers', params: {}, start: 0, end: 5 },
      { name: 'resolution/topics', params: {}, start: 6, end: 9 },
      { name: 'resolution/composition', params: {}, start: 6.1, end: 10 },
      { name: 'resolution/cites', params: {}, start: 6.2, end: 8 },
      { name: 'resolution/byNumbers', params: { n: 2 }, start: 8.5, end: 12 },
    ]);
    expect(waves.map((w) => w.map((q) => q.name))).toEqual([
      ['resolution/byNumbers'],
      ['resolution/topics', 'resolution/composition', 'resolution/cites'],
      ['resolution/byNumbers'],
    ]);
  });

  it('returns no waves for an operation that sent no Cypher', () => {
    expect(groupIntoWaves([])).toEqual([]);
  });
});

describe('encodeParams / decodeParams', () => {
  it('round-trips driver integers through JSON as integers, and leaves floats and strings alone', () => {
    const params = { numbers: [neo4j.int(2396), neo4j.int(1373)], first: neo4j.int(20), score: 1.5, q: 'terror*' };
    const back = decodeParams(JSON.parse(JSON.stringify(encodeParams(params)))) as Record<string, unknown>;
    expect(neo4j.isInt(back.first)).toBe(true);
    expect((back.numbers as unknown[]).map((n) => String(n))).toEqual(['2396', '1373']);
    expect(back.score).toBe(1.5);
    expect(back.q).toBe('terror*');
  });
});
