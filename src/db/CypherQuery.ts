import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../projectRoot';

/** A query read from `cypher/<name>.cypher`. The name travels with it into logs and metrics. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

const cache = new Map<string, CypherQuery>();
/** Query texts with their `$$RESOLUTION(x)` placeholders still in, for {@link withResolutionKeys}. */
const templates = new Map<string, string>();

function readCypherFile(name: string): string {
  return fs.readFileSync(path.join(projectRoot(), 'cypher', `${name}.cypher`), 'utf8');
}

/** A fragment's body: its text without the leading comment lines. */
function fragmentBody(name: string): string[] {
  return readCypherFile(`fragments/${name}`)
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('//'));
}

interface ProjectionEntry {
  key: string;
  expression: string;
}

let resolutionEntries: ProjectionEntry[] | null = null;
/** The entries of `cypher/fragments/resolution.cypher`, one `key: expression` a line. */
function resolutionProjection(): ProjectionEntry[] {
  resolutionEntries ??= fragmentBody('resolution').map((line) => {
    const match = /^(\w+): (.+)$/.exec(line.trim());
    if (!match) throw new Error(`cypher/fragments/resolution.cypher: "${line}" is not a "key: expression" entry`);
    return { key: match[1]!, expression: match[2]! };
  });
  return resolutionEntries;
}

/** The keys of the Resolution row, in fragment order: the allow-list {@link withResolutionKeys} picks from. */
export function resolutionRowKeys(): string[] {
  return resolutionProjection().map((e) => e.key);
}

/** Keys every projection reads, whatever was selected: the loaders' key and `resolutionBySymbol`'s check. */
const ALWAYS = new Set(['number', 'year']);

const PROJECTION = /\$\$RESOLUTION\((\w+)\)/g;
/**
 * Placeholders that stand for a whole fragment file, with the variable in parentheses put for `$$VAR`: the
 * `$filter` block, the topics and seats subqueries of a resolution, and a citation edge's properties. Only these names are expanded.
 */
const FRAGMENTS = {
  RESOLUTION_FILTER: 'resolutionFilter',
  RESOLUTION_TOPICS: 'resolutionTopics',
  RESOLUTION_SEATS: 'resolutionSeats',
  CITATION: 'citation',
} as const;
const FRAGMENT = /\$\$(RESOLUTION_FILTER|RESOLUTION_TOPICS|RESOLUTION_SEATS|CITATION)\((\w+)\)/g;

/**
 * Expands the projection placeholders with the fragment entries `keep` accepts for their variable; the
 * variable comes from the file.
 */
function expandProjection(text: string, keep: (variable: string, key: string) => boolean): string {
  return text.replace(PROJECTION, (_m, v: string) => {
    const entries = resolutionProjection().filter((e) => ALWAYS.has(e.key) || keep(v, e.key));
    return `${v} {\n  ${entries.map((e) => `${e.key}: ${e.expression.split('$$VAR').join(v)}`).join(',\n  ')}\n}`;
  });
}

/** The variables a template projects with `$$RESOLUTION(x)`. */
function projectedVariables(template: string): Set<string> {
  return new Set([...template.matchAll(PROJECTION)].map((m) => m[1]!));
}

/**
 * The arrow ends each traversal direction puts around a relationship pattern: a query file written once
 * for both directions of a pair says `(a)$$ARROW_LEFT[:CITES]$$ARROW_RIGHT(b)`, and its name picks the
 * direction (`graph/chain~citedBy`). These six strings are the only text a direction can substitute.
 */
const ARROWS = {
  cites: ['-', '->'],
  citedBy: ['<-', '-'],
  either: ['-', '-'],
} as const satisfies Record<string, readonly [string, string]>;

/** A traversal direction a query file written for both directions of a pair can be loaded with. */
export type ArrowDirection = keyof typeof ARROWS;

const ARROW = /\$\$ARROW_(LEFT|RIGHT)/g;

/** The name of `file` loaded in `direction`; {@link cypher} checks the direction against the allow-list. */
export function directed(file: string, direction: ArrowDirection): string {
  return `${file}~${direction}`;
}

/** Substitutes the arrow placeholders of `text` (from file `file`) for the direction a `~direction` name asks for. */
function expandArrows(file: string, direction: string | undefined, text: string): string {
  const hasArrows = text !== text.replace(ARROW, '');
  if (direction === undefined) {
    if (hasArrows) throw new Error(`cypher/${file}.cypher is written for both directions: load it as ${file}~<direction>`);
    return text;
  }
  if (!Object.hasOwn(ARROWS, direction)) throw new Error(`${file}~${direction}: "${direction}" is not one of ${Object.keys(ARROWS).join(', ')}`);
  if (!hasArrows) throw new Error(`cypher/${file}.cypher has no $$ARROW_LEFT/$$ARROW_RIGHT placeholders`);
  const [left, right] = ARROWS[direction as ArrowDirection];
  return text.replace(ARROW, (_m, side: string) => (side === 'LEFT' ? left : right));
}

/**
 * Loads `cypher/<name>.cypher` once per process, with its fragments expanded: `$$RESOLUTION(x)` becomes
 * the whole Resolution projection of `x` (see {@link withResolutionKeys} for a pruned one),
 * `$$RESOLUTION_FILTER(x)` the `$filter` block, `$$RESOLUTION_TOPICS(x)` and `$$RESOLUTION_SEATS(x)` the
 * subqueries returning `topics` and `composition` of `x`, `$$CITATION(c)` the properties of citation edge `c`, and a name ending in `~direction` (see {@link directed})
 * sets the arrows of a file written for both directions. Query text is never assembled from values:
 * callers pass values as parameters; only fragment files, variable names written in the query file, row
 * keys from the fragment's allow-list, the arrows of {@link ARROWS} and the integers of
 * {@link withLiteralDepth} ever change the text.
 */
export function cypher(name: string): CypherQuery {
  const hit = cache.get(name);
  if (hit) return hit;
  const [file, direction, ...rest] = name.split('~');
  if (rest.length > 0) throw new Error(`${name}: at most one ~direction`);
  const raw = expandArrows(file!, direction, readCypherFile(file!));
  const filtered = raw.replace(FRAGMENT, (_m, fragment: keyof typeof FRAGMENTS, v: string) => fragmentBody(FRAGMENTS[fragment]).join('\n').split('$$VAR').join(v));
  if (filtered !== filtered.replace(PROJECTION, '')) templates.set(name, filtered);
  const query = { name, text: expandProjection(filtered, () => true) };
  cache.set(name, query);
  return query;
}

const pruned = new Map<string, CypherQuery>();

/** Row keys for one or some of a query's projected variables (`page.cypher`'s `t`, `u`, `n`): see {@link withResolutionKeys}. */
export type ResolutionKeysByVariable = Readonly<Record<string, ReadonlySet<string>>>;

/**
 * `query` with its Resolution projections cut to `keys` (plus `number` and `year`), so a request reads
 * only what it selected; a variable named in `byVariable` gets its own keys instead (a query that
 * projects several positions, each cut to what it selects). Keys outside the fragment are ignored, and a
 * variable the query does not project is an error; null keys keep the full projection. The name carries
 * the keys (`resolution/byNumbers#title,symbol`, `resolution/page#symbol,title;t=title`), so logs and
 * the bench's replay of traced queries (bench/floor/queryFromName.ts) see the exact text.
 */
export function withResolutionKeys(query: CypherQuery, keys: ReadonlySet<string> | null, byVariable: ResolutionKeysByVariable = {}): CypherQuery {
  const template = templates.get(query.name);
  if (!template || keys === null) return query;
  const kept = (set: ReadonlySet<string>) => resolutionRowKeys().filter((k) => !ALWAYS.has(k) && set.has(k));
  const variables = Object.keys(byVariable).sort();
  const projected = projectedVariables(template);
  for (const v of variables) if (!projected.has(v)) throw new Error(`${query.name} projects no resolution as "${v}"`);
  const name = `${query.name}#${[kept(keys).join(','), ...variables.map((v) => `${v}=${kept(byVariable[v]!).join(',')}`)].join(';')}`;
  const hit = pruned.get(name);
  if (hit) return hit;
  const result = { name, text: expandProjection(template, (v, k) => (Object.hasOwn(byVariable, v) ? byVariable[v]! : keys).has(k)) };
  pruned.set(name, result);
  return result;
}

/** The query a name from {@link withResolutionKeys} or {@link withLiteralDepth} stands for. */
export function cypherByName(name: string): CypherQuery {
  const at = name.lastIndexOf('@');
  if (at >= 0) {
    const depth = Number(name.slice(at + 1));
    return withLiteralDepth(cypherByName(name.slice(0, at)), depth, { min: depth, max: depth });
  }
  const hash = name.indexOf('#');
  if (hash < 0) return cypher(name);
  const toSet = (list: string) => new Set(list === '' ? [] : list.split(','));
  const [keys, ...perVariable] = name.slice(hash + 1).split(';');
  const byVariable = Object.fromEntries(
    perVariable.map((part) => {
      const eq = part.indexOf('=');
      if (eq < 1) throw new Error(`${name}: "${part}" is not variable=keys`);
      return [part.slice(0, eq), toSet(part.slice(eq + 1))];
    }),
  );
  return withResolutionKeys(cypher(name.slice(0, hash)), toSet(keys!), byVariable);
}

/**
 * Cypher cannot take a variable-length bound as a parameter, so traversals substitute the
 * `$$MAX_DEPTH` placeholder with an integer from a closed range checked here.
 */
export function withLiteralDepth(query: CypherQuery, depth: number, allowed: { min: number; max: number }): CypherQuery {
  if (!Number.isInteger(depth) || depth < allowed.min || depth > allowed.max) {
    throw new RangeError(`depth ${depth} is outside the allow-list ${allowed.min}..${allowed.max}`);
  }
  if (!query.text.includes('$$MAX_DEPTH')) throw new Error(`${query.name} has no $$MAX_DEPTH placeholder`);
  return { name: `${query.name}@${depth}`, text: query.text.split('$$MAX_DEPTH').join(String(depth)) };
}
