import neo4j from 'neo4j-driver';
import { recordToObject, toNative } from '../../../src/db/toNative';

describe('recordToObject', () => {
  it('gives the same map as the driver’s record.toObject(), keys in the same order', () => {
    const fields = [neo4j.int(2396), 'S/RES/2396 (2017)', null, [neo4j.int(1), { a: neo4j.int(2) }], { nested: true }];
    const record = new neo4j.types.Record(['number', 'symbol', 'title', 'list', 'map'], fields);
    const ours = recordToObject(record);
    expect(ours).toStrictEqual(record.toObject());
    expect(Object.keys(ours)).toEqual(['number', 'symbol', 'title', 'list', 'map']);
  });

  it('gives an empty map for a record without fields', () => {
    expect(recordToObject(new neo4j.types.Record([], []))).toStrictEqual({});
  });
});

describe('toNative with the driver’s lossless Integers', () => {
  it('turns Integers into numbers at any depth, the largest safe ones and negative ones too', () => {
    const row = { n: neo4j.int(2396), big: neo4j.int(Number.MAX_SAFE_INTEGER), neg: neo4j.int(-44), list: [neo4j.int(0), { c: neo4j.int(7) }] };
    expect(toNative(row)).toStrictEqual({ n: 2396, big: Number.MAX_SAFE_INTEGER, neg: -44, list: [0, { c: 7 }] });
  });

  it('writes a Date whose fields are Integers as the driver’s own toString does', () => {
    for (const [y, m, d] of [
      [2017, 12, 21],
      [987, 3, 5],
      [12345, 1, 2],
      [-44, 3, 15],
    ] as const) {
      const date = new neo4j.types.Date(neo4j.int(y), neo4j.int(m), neo4j.int(d));
      expect(toNative({ date })).toStrictEqual({ date: date.toString() });
    }
    expect(toNative(new neo4j.types.Date(neo4j.int(2017), neo4j.int(12), neo4j.int(21)))).toBe('2017-12-21');
  });
});
