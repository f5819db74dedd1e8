import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/projectRoot';

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

const root = projectRoot();
const rel = (f: string) => path.relative(root, f);

describe('the data layer sits under the resolvers', () => {
  it('nothing in loaders/ imports from src/resolvers', () => {
    const files = tsFiles(path.join(root, 'loaders'));
    expect(files.length).toBeGreaterThan(5);
    const offending = files.filter((f) => /from '\.\.\/src\/resolvers\//.test(fs.readFileSync(f, 'utf8'))).map(rel);
    expect(offending).toEqual([]);
  });

  it('resolvers read the database only through loaders/', () => {
    const files = tsFiles(path.join(root, 'src', 'resolvers'));
    expect(files.length).toBeGreaterThan(10);
    const offending = files.filter((f) => /\bdb\.(read|write)\(|\bcypher\(/.test(fs.readFileSync(f, 'utf8'))).map(rel);
    expect(offending).toEqual([]);
  });

  it('the search text helpers in src/search need neither resolvers nor database reads', () => {
    const files = tsFiles(path.join(root, 'src', 'search'));
    expect(files.length).toBeGreaterThan(3);
    const offending = files.filter((f) => /from '\.\.\/resolvers\/|\bdb\.(read|write)\(|\bcypher\(/.test(fs.readFileSync(f, 'utf8'))).map(rel);
    expect(offending).toEqual([]);
  });
});
