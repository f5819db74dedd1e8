import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/projectRoot';
import { findPastedProjections, type FragmentText } from '../../support/findPastedProjections';

/** Every `.cypher` file below `dir`, by path relative to the project root. */
function cypherFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return cypherFiles(full);
    return e.name.endsWith('.cypher') ? [path.relative(projectRoot(), full)] : [];
  });
}

const root = projectRoot();
const all = cypherFiles(path.join(root, 'cypher'));
const isFragment = (f: string) => f.startsWith(`cypher${path.sep}fragments${path.sep}`);
const fragments: FragmentText[] = all.filter(isFragment).map((f) => ({
  name: path.basename(f, '.cypher'),
  body: fs
    .readFileSync(path.join(root, f), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('//')),
}));
const fragment = (name: string) => fragments.find((f) => f.name === name)!;

describe('each projection is written once, in cypher/fragments (issue 11: "grep finds each projection once")', () => {
  it('finds pasted copies of a row, as columns or as a map, and of a block, so the scan below can fail', () => {
    const pasted = {
      'columns.cypher': 'MATCH (m:Mission)\nRETURN m.key AS key, m.acronym AS acronym, m.name AS name, m.kind AS kind',
      'map.cypher': 'MATCH (t:Resolution)\nRETURN collect({number: t.number, symbol: t.symbol, title: t.title, date: toString(t.date)}) AS citing',
      'seat.cypher': 'MATCH (x:Member)-[y:SAT_ON]->(r)\nRETURN {code: x.code, vote: y.vote, permanent: coalesce(y.permanent, x.permanent)} AS seat',
      'filter.cypher': [
        'MATCH (q:Resolution)',
        'WHERE ($filter.year IS NULL OR q.year = $filter.year)',
        '  AND ($filter.yearFrom IS NULL OR q.year >= $filter.yearFrom)',
        '  AND ($filter.yearTo IS NULL OR q.year <= $filter.yearTo)',
        'RETURN q.number AS number',
      ].join('\n'),
    };
    const found = findPastedProjections([fragment('mission'), fragment('resolution'), fragment('seat'), fragment('resolutionFilter')], pasted);
    expect(found.map((f) => `${f.file} ${f.fragment} ${f.variables}`).sort()).toEqual([
      'columns.cypher mission m',
      'filter.cypher resolutionFilter *',
      'map.cypher resolution t',
      'seat.cypher seat x, y',
    ]);
    // Placeholders, a different shape and a lone column are not copies.
    const clean = {
      'placeholder.cypher': 'MATCH (m:Mission)\nRETURN $$MISSION_COLUMNS(m), $$RESOLUTION(r) AS resolution',
      'other.cypher': 'MATCH (r:Resolution)\nRETURN r.year AS year, count(r) AS count',
    };
    expect(findPastedProjections(fragments, clean)).toEqual([]);
  });

  it('no cypher/ file outside cypher/fragments repeats a fragment', () => {
    expect(fragments.length).toBeGreaterThanOrEqual(12);
    const files = Object.fromEntries(all.filter((f) => !isFragment(f)).map((f) => [f, fs.readFileSync(path.join(root, f), 'utf8')]));
    expect(Object.keys(files).length).toBeGreaterThan(50);
    expect(findPastedProjections(fragments, files)).toEqual([]);
  });
});
