import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../projectRoot';

/** The SDL of every `schema/*.graphql` file, in name order, as one document. */
export function loadTypeDefs(dir = path.join(projectRoot(), 'schema')): string {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}
