import fs from 'node:fs';
import path from 'node:path';
import { splitStatements } from '../../../src/db/applySchema';
import { withLiteralDepth } from '../../../src/db/CypherQuery';

describe('splitStatements', () => {
  it('splits on line-ending semicolons and drops comment lines', () => {
    expect(splitStatements('// what\nCREATE A;\nCREATE B\n  OPTIONS {x: 1};\n')).toEqual(['CREATE A', 'CREATE B\n  OPTIONS {x: 1}']);
  });

  it('finds the constraints and full-text indexes the product relies on', () => {
    const dir = path.join(__dirname, '../../../cypher/schema');
    const all = fs.readdirSync(dir).flatMap((f) => splitStatements(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(all.some((s) => /REQUIRE r\.number IS UNIQUE/.test(s))).toBe(true);
    expect(all.some((s) => /FULLTEXT INDEX resolution_search/.test(s) && /english/.test(s))).toBe(true);
    expect(all.some((s) => /FULLTEXT INDEX resolution_ranked/.test(s) && /r\.citedAs/.test(s) && /english/.test(s))).toBe(true);
    expect(all.every((s) => /IF NOT EXISTS/.test(s) || /^DROP INDEX \w+ IF EXISTS$/.test(s))).toBe(true);
  });
});

describe('withLiteralDepth', () => {
  const q = { name: 'x', text: 'MATCH p=(a)-[:CITES*1..$$MAX_DEPTH]->(b) RETURN p' };
  it('writes an allow-listed integer into the text', () => {
    expect(withLiteralDepth(q, 3, { min: 1, max: 5 }).text).toBe('MATCH p=(a)-[:CITES*1..3]->(b) RETURN p');
  });
  it.each([0, 6, 2.5, Number.NaN])('refuses %p', (d) => {
    expect(() => withLiteralDepth(q, d, { min: 1, max: 5 })).toThrow(RangeError);
  });
});
