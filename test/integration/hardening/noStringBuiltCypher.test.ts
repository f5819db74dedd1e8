import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/projectRoot';
import { findStringBuiltCypher } from '../../support/findStringBuiltCypher';

function listFiles(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : listFiles(full, ext);
    return e.name.endsWith(ext) ? [full] : [];
  });
}

const root = projectRoot();
const rel = (f: string) => path.relative(root, f);

describe('Cypher goes in only as files with $parameters', () => {
  it('the checker catches every kind of string-built query (so the scan below can fail)', () => {
    const bad = [
      'tx.run(`MATCH (r:Resolution {number: ${n}}) RETURN r`);',
      "db.read({ name: 'x', text: 'MATCH (r) WHERE r.title = \"' + title + '\" RETURN r' }, {}, Row);",
      'const q = `UNWIND $rows AS row MERGE (r:Resolution {number: row.n})`;',
      "tx.run(['MATCH (n)', 'RETURN n'].join(' '));",
    ];
    for (const line of bad) expect(findStringBuiltCypher('sample.ts', line).length).toBeGreaterThan(0);
    const good = [
      "db.read(cypher('search/fulltext'), { query }, Row);",
      'process.stderr.write(`${err.message}\\n`);',
      'tx.run(query.text, params);',
      'throw badInput(`first must be between 1 and ${MAX_FIRST}`);',
      'function withLiteralDepth(q, d) { return { text: q.text.split("$$MAX_DEPTH").join(`${d}`) }; }',
    ];
    for (const line of good) expect(findStringBuiltCypher('sample.ts', line)).toEqual([]);
  });

  it('no TypeScript file in src/ or loaders/ builds Cypher from strings (withLiteralDepth excepted)', () => {
    const files = [...listFiles(path.join(root, 'src'), '.ts'), ...listFiles(path.join(root, 'loaders'), '.ts')];
    expect(files.length).toBeGreaterThan(20);
    const findings = files.flatMap((f) => findStringBuiltCypher(rel(f), fs.readFileSync(f, 'utf8')));
    expect(findings).toEqual([]);
  });

  it('every cypher/ file says what it answers and takes values only as $parameters', () => {
    const files = listFiles(path.join(root, 'cypher'), '.cypher');
    expect(files.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      if (!text.trimStart().startsWith('//')) problems.push(`${rel(f)}: does not start with a // comment`);
      // The only placeholders substituted into query text: the allow-listed traversal depth, the arrow ends
      // of an allow-listed direction, and the fragments of cypher/fragments (the Resolution, seat, topic, meeting,
      // mission, regime, action, paragraph, vote-count and data-version rows, as maps or as columns, the
      // $filter block, the topics and seats subqueries, a citation edge's properties) with their variables.
      const rows = ['RESOLUTION', 'SEAT', 'TOPIC', 'MEETING', 'MISSION', 'REGIME', 'ACTION', 'PARAGRAPH', 'VOTES', 'DATASET', 'CITATION_CUT'];
      const columns = rows.map((row) => `${row}_COLUMNS`);
      const allowed = rel(f).startsWith('cypher/fragments/')
        ? ['VAR', 'EDGE', 'MEMBER', ...rows]
        : ['MAX_DEPTH', 'ARROW_LEFT', 'ARROW_RIGHT', ...rows, ...columns, 'RESOLUTION_FILTER', 'RESOLUTION_TOPICS', 'RESOLUTION_SEATS', 'CITATION', 'SEARCH_PAGE', 'MISSION_FILTER', 'MEETING_FILTER', 'TOPIC_FILTER', 'GRAPH_COUNTS'];
      for (const m of text.matchAll(/\$\$(\w+)/g)) if (!allowed.includes(m[1]!)) problems.push(`${rel(f)}: text placeholder $$${m[1]}`);
      // Dynamic Cypher would run strings as queries inside the database.
      if (/apoc\.cypher\.(run|doIt)|apoc\.periodic\.iterate/i.test(text)) problems.push(`${rel(f)}: runs dynamic Cypher`);
      if (/\{\{|\$\{/.test(text)) problems.push(`${rel(f)}: template placeholder`);
    }
    expect(problems).toEqual([]);
  });
});
