import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../projectRoot';

/** A query read from `cypher/<name>.cypher`. The name travels with it into logs and metrics. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

const cache = new Map<string, CypherQuery>();
/**
 * A query text with its row placeholders (`$$RESOLUTION(x)`, `$$SEAT(s, m)`) still in, for {@link withRowKeys}, with
 * what they are: read once when the file loads, not on every request that cuts the query.
 */
interface Template {
  text: string;
  /** The rows it projects, in {@link ROWS} order. */
  rows: RowName[];
  /** The variables it projects a resolution as. */
  resolutionVariables: ReadonlySet<string>;
  /** The variables it projects a citation edge as, cut in the text (`$$CITATION_CUT(c)`). */
  citationVariables: ReadonlySet<string>;
}
const templates = new Map<string, Template>();

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

/**
 * The row fragments: files of `key: expression` lines that a query names with a placeholder where it projects
 * that row: `$$RESOLUTION(r)` for a resolution, `$$SEAT(s, m)` for a Council seat (its SAT_ON edge, its
 * member), `$$TOPIC(t)` for a topic, `$$MEETING(m)` for a meeting. The placeholder's variables are put for the fragment's own (`vars`, in order); `always` are the keys
 * every projection reads, whatever was selected: the loaders' keys and `resolutionBySymbol`'s check; a seat's
 * member code (Member resolvers load the rest by it) and the seat's vote and flag (required fields). `open`
 * starts the map: a map projection on the resolution, a map literal for a seat. A request cuts each projection
 * to the keys its operation selects ({@link withRowKeys}). `$$MISSION(m)`, `$$REGIME(s)` (a sanctions regime),
 * `$$ACTION(e)` (a resolution's ESTABLISHES/EXTENDS/RENEWS/MODIFIES/TERMINATES edge into a mission or regime) and
 * `$$PARAGRAPH(p)` and `$$VOTES_COLUMNS(s)` (a member's votes counted over SAT_ON edges `s`) and `$$DATASET_COLUMNS(d)` (a data version) are always read whole.
 * `$$CITATION_CUT(c)` is a citation edge's properties, cut per variable (`RowKeys.citationByVariable`: whole when
 * the variable has no keys there, the literal `null` when its set is empty). Every row also has a columns form, `$$<ROW>_COLUMNS(x)`: the same
 * entries as `expression AS key` return columns, for queries whose rows are flat (their zod row schemas are
 * then the fragment's keys, unchanged).
 */
const ROWS = {
  RESOLUTION: { file: 'resolution', vars: ['$$VAR'], always: new Set(['number', 'year']), open: (v: string[]) => `${v[0]} {`, selection: 'resolution' },
  SEAT: { file: 'seat', vars: ['$$EDGE', '$$MEMBER'], always: new Set(['code', 'vote', 'permanent']), open: () => '{', selection: 'seat' },
  TOPIC: { file: 'topic', vars: ['$$VAR'], always: new Set<string>(), open: (v: string[]) => `${v[0]} {`, selection: null },
  MEETING: { file: 'meeting', vars: ['$$VAR'], always: new Set<string>(), open: (v: string[]) => `${v[0]} {`, selection: null },
  MISSION: { file: 'mission', vars: ['$$VAR'], always: new Set<string>(), open: (v: string[]) => `${v[0]} {`, selection: null },
  REGIME: { file: 'sanctionsRegime', vars: ['$$VAR'], always: new Set<string>(), open: (v: string[]) => `${v[0]} {`, selection: null },
  ACTION: { file: 'action', vars: ['$$VAR'], always: new Set<string>(), open: () => '{', selection: null },
  PARAGRAPH: { file: 'paragraph', vars: ['$$VAR'], always: new Set<string>(), open: (v: string[]) => `${v[0]} {`, selection: null },
  VOTES: { file: 'votes', vars: ['$$VAR'], always: new Set<string>(), open: () => '{', selection: null },
  DATASET: { file: 'dataset', vars: ['$$VAR'], always: new Set<string>(), open: (v: string[]) => `${v[0]} {`, selection: null },
  CITATION_CUT: { file: 'citation', vars: ['$$VAR'], always: new Set<string>(), open: () => '{', selection: null },
} as const;
type RowName = keyof typeof ROWS;

/**
 * The Resolution keys a position cut to its own keys (`RowKeys.resolutionByVariable`) always reads: only the number.
 * `year` is in the request-wide `always` for the by-number loader and `resolutionBySymbol`'s check, but a position's
 * rows feed only the fields selected there and are never cached by number without it (loaders/createLoaders.ts
 * primes only rows holding every `always` key); reading `year` for each of the nested workload's ~150 cited
 * resolutions cost about a tenth of page.cypher's time (docs/performance.md, wave 8).
 */
const POSITION_ALWAYS: ReadonlySet<string> = new Set(['number']);

/** The Resolution keys every request-wide projection reads whatever was selected: a row without one of them is a position's cut row. */
export function resolutionAlwaysKeys(): ReadonlySet<string> {
  return ROWS.RESOLUTION.always;
}

/** The keys each row fragment's projection reads in one query; null (or absent) reads every key. A topic is always read whole. */
export interface RowKeys {
  resolution?: ReadonlySet<string> | null;
  /**
   * Resolution keys for some of a query's projected variables instead of `resolution` (`page.cypher`'s `t`, `u`,
   * `n`: a query that projects several positions, each cut to what it selects). Used only when `resolution` is
   * not null; a variable the query does not project is an error. Such a position reads only its keys and the number,
   * not the request's `always` keys.
   */
  resolutionByVariable?: Readonly<Record<string, ReadonlySet<string>>>;
  seat?: ReadonlySet<string> | null;
  /**
   * The citation edge properties (cypher/fragments/citation.cypher keys) that `$$CITATION_CUT(x)` reads, per
   * variable: chosen in the text, so a position that selects none reads no edge at all (docs/performance.md,
   * wave 8). A variable left out reads every property; a variable the query does not project is an error.
   */
  citationByVariable?: Readonly<Record<string, ReadonlySet<string>>>;
}
/** The keys `keys` gives `row`; null for every key. */
const keysFor = (row: RowName, keys: RowKeys): ReadonlySet<string> | null => {
  const selection = ROWS[row].selection;
  return selection === null ? null : (keys[selection] ?? null);
};

const rowEntries = new Map<RowName, ProjectionEntry[]>();
/** The entries of a row fragment, one `key: expression` a line. */
function rowProjection(row: RowName): ProjectionEntry[] {
  let entries = rowEntries.get(row);
  if (!entries) {
    entries = fragmentBody(ROWS[row].file).map((line) => {
      const match = /^(\w+): (.+)$/.exec(line.trim());
      if (!match) throw new Error(`cypher/fragments/${ROWS[row].file}.cypher: "${line}" is not a "key: expression" entry`);
      return { key: match[1]!, expression: match[2]! };
    });
    rowEntries.set(row, entries);
  }
  return entries;
}

/** The keys of a citation edge, in fragment order: the allow-list `edgeKeys` and {@link RowKeys.citationByVariable} pick from. */
export function citationKeys(): string[] {
  return rowProjection('CITATION_CUT').map((e) => e.key);
}

/** The keys of the Resolution row, in fragment order: the allow-list {@link withRowKeys} picks from. */
export function resolutionRowKeys(): string[] {
  return rowProjection('RESOLUTION').map((e) => e.key);
}

/** `$$ROW(x)` or `$$ROW_COLUMNS(x, y)` for a row of {@link ROWS}: the row, the columns form, the variables. */
const PROJECTION = new RegExp(`\\$\\$(${Object.keys(ROWS).join('|')})(_COLUMNS)?\\((\\w+(?:, \\w+)*)\\)`, 'g');
/**
 * Placeholders that stand for a whole fragment file, with the variable in parentheses put for `$$VAR`: the
 * `$filter` block, the topics and seats subqueries of a resolution, a citation edge's properties, the ordered page of
 * search hits, the WHERE conditions the mission, meeting and topic lists share with their counts, and the label and
 * type counts the system and stats totals share (no variable: `$$GRAPH_COUNTS()`). Only these names are expanded.
 */
const FRAGMENTS = {
  RESOLUTION_FILTER: 'resolutionFilter',
  RESOLUTION_TOPICS: 'resolutionTopics',
  RESOLUTION_SEATS: 'resolutionSeats',
  CITATION: null,
  SEARCH_PAGE: 'searchPage',
  MISSION_FILTER: 'missionFilter',
  MEETING_FILTER: 'meetingFilter',
  TOPIC_FILTER: 'topicFilter',
  GRAPH_COUNTS: 'graphCounts',
} as const;
/**
 * `$$CITATION(x)`: the citation row's entries, each read only when the `edgeKeys` variable in scope lists its key
 * (null otherwise), and null when that list is empty. Built from the row fragment, so the properties are written once.
 */
function citationByEdgeKeys(v: string): string {
  const entries = rowProjection('CITATION_CUT').map((e) => `${e.key}: CASE WHEN '${e.key}' IN edgeKeys THEN ${e.expression.split('$$VAR').join(v)} END`);
  return `CASE WHEN size(edgeKeys) = 0 THEN null ELSE {\n  ${entries.join(',\n  ')}\n} END`;
}

/** `$$NAME(x)` for a fragment of {@link FRAGMENTS}; `$$NAME()` for one that names no variable of the query. */
const FRAGMENT = new RegExp(`\\$\\$(${Object.keys(FRAGMENTS).join('|')})\\((\\w*)\\)`, 'g');

/** `text` as a {@link Template}: which rows' placeholders it holds, and the variables of its Resolution ones. */
function templateOf(text: string): Template {
  const matches = [...text.matchAll(PROJECTION)];
  const found = new Set(matches.map((m) => m[1] as RowName));
  return {
    text,
    rows: (Object.keys(ROWS) as RowName[]).filter((row) => found.has(row)),
    resolutionVariables: new Set(matches.filter((m) => m[1] === 'RESOLUTION').map((m) => m[3]!)),
    citationVariables: new Set(matches.filter((m) => m[1] === 'CITATION_CUT').map((m) => m[3]!)),
  };
}

/** Expands the row placeholders of `text` with the entries `keys` names (every entry when null) plus the fragment's `always` (a position's: {@link POSITION_ALWAYS}). */
function expandProjection(text: string, keys: RowKeys): string {
  return text.replace(PROJECTION, (_m, row: RowName, columns: string | undefined, list: string) => {
    const { vars, open } = ROWS[row];
    const names = list.split(', ');
    if (names.length !== vars.length) throw new Error(`$$${row}(${list}) names ${names.length} variable(s), not ${vars.length}`);
    const position = row === 'RESOLUTION' && keys.resolution && keys.resolutionByVariable && Object.hasOwn(keys.resolutionByVariable, names[0]!);
    const cut = row === 'CITATION_CUT' && keys.citationByVariable && Object.hasOwn(keys.citationByVariable, names[0]!) ? keys.citationByVariable[names[0]!]! : null;
    if (cut && cut.size === 0 && !columns) return 'null';
    const wanted = position ? keys.resolutionByVariable![names[0]!]! : (cut ?? keysFor(row, keys));
    const always = position ? POSITION_ALWAYS : ROWS[row].always;
    const entries = rowProjection(row).filter((e) => always.has(e.key) || wanted === null || wanted.has(e.key));
    const put = (expression: string) => vars.reduce((x, v, i) => x.split(v).join(names[i]!), expression);
    if (columns) return entries.map((e) => `${put(e.expression)} AS ${e.key}`).join(', ');
    return `${open(names)}\n  ${entries.map((e) => `${e.key}: ${put(e.expression)}`).join(',\n  ')}\n}`;
  });
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
 * the whole Resolution projection of `x` and `$$SEAT(s, m)` the whole seat row of edge `s` and member `m`
 * (see {@link withRowKeys} for pruned ones), `$$RESOLUTION_FILTER(x)` the `$filter` block,
 * `$$RESOLUTION_TOPICS(x)` and `$$RESOLUTION_SEATS(x)` the subqueries returning `topics` and `composition`
 * of `x`, `$$CITATION(c)` the properties of citation edge `c`, `$$SEARCH_PAGE(found)` the subquery returning the
 * ordered page `hits` of the search matches `found`, and a name ending in `~direction` (see {@link directed}) sets the arrows of a file written for
 * both directions. Query text is never assembled from values: callers pass values as parameters; only
 * fragment files, variable names written in the query file, row keys from the fragments' allow-lists, the
 * arrows of {@link ARROWS} and the integers of {@link withLiteralDepth} ever change the text.
 */
export function cypher(name: string): CypherQuery {
  const hit = cache.get(name);
  if (hit) return hit;
  const [file, direction, ...rest] = name.split('~');
  if (rest.length > 0) throw new Error(`${name}: at most one ~direction`);
  const raw = expandArrows(file!, direction, readCypherFile(file!));
  // Fragments first: the seats subquery holds a $$SEAT placeholder of its own.
  const filtered = raw.replace(FRAGMENT, (_m, fragment: keyof typeof FRAGMENTS, v: string) => {
    const file = FRAGMENTS[fragment];
    return file === null ? citationByEdgeKeys(v) : fragmentBody(file).join('\n').split('$$VAR').join(v);
  });
  const template = templateOf(filtered);
  if (template.rows.length > 0) templates.set(name, template);
  const query = { name, text: expandProjection(filtered, {}) };
  cache.set(name, query);
  return query;
}

const pruned = new Map<string, CypherQuery>();

/** The name section of a seat's keys (`#seat:name,vote`); a section without it lists Resolution keys. */
const SEAT_SECTION = 'seat:';
/** The name section of the citation edge keys per variable (`#edge:c=verb,source;d=`). */
const EDGE_SECTION = 'edge:';

/**
 * `query` with its row projections cut to `keys` (plus each fragment's `always` keys), so a request reads only
 * what it selected. Keys outside a fragment are ignored; a null or absent set keeps that row's full projection.
 * The name carries the keys (`resolution/list#title#seat:permanent,vote`: Resolution keys, then a seat's;
 * `resolution/page#symbol,title;t=title`: per-variable keys after `;`; `#edge:c=verb;d=`: citation edge keys per
 * variable), so logs and the bench's replay of
 * traced queries (bench/floor/queryFromName.ts) see the exact text.
 */
export function withRowKeys(query: CypherQuery, keys: RowKeys): CypherQuery {
  const template = templates.get(query.name);
  if (!template) return query;
  const kept = (row: RowName, wanted: ReadonlySet<string>, always: ReadonlySet<string> = ROWS[row].always) =>
    rowProjection(row).map((e) => e.key).filter((k) => !always.has(k) && wanted.has(k)).join(',');
  const byVariable = keys.resolution ? (keys.resolutionByVariable ?? {}) : {};
  const variables = Object.keys(byVariable).sort();
  for (const v of variables) if (!template.resolutionVariables.has(v)) throw new Error(`${query.name} projects no resolution as "${v}"`);
  const byEdge = keys.citationByVariable ?? {};
  const edgeVariables = Object.keys(byEdge).sort();
  for (const v of edgeVariables) if (!template.citationVariables.has(v)) throw new Error(`${query.name} projects no citation as "${v}"`);
  const sections = template.rows.flatMap((row) => {
    if (row === 'CITATION_CUT') return edgeVariables.length === 0 ? [] : [`${EDGE_SECTION}${edgeVariables.map((v) => `${v}=${kept(row, byEdge[v]!)}`).join(';')}`];
    const wanted = keysFor(row, keys);
    if (wanted === null) return [];
    if (row === 'SEAT') return [`${SEAT_SECTION}${kept(row, wanted)}`];
    return [[kept(row, wanted), ...variables.map((v) => `${v}=${kept(row, byVariable[v]!, POSITION_ALWAYS)}`)].join(';')];
  });
  if (sections.length === 0) return query;
  const name = [query.name, ...sections].join('#');
  const hit = pruned.get(name);
  if (hit) return hit;
  const result = { name, text: expandProjection(template.text, keys) };
  pruned.set(name, result);
  return result;
}

/** The query a name from {@link withRowKeys} or {@link withLiteralDepth} stands for. */
export function cypherByName(name: string): CypherQuery {
  const at = name.lastIndexOf('@');
  if (at >= 0) {
    const depth = Number(name.slice(at + 1));
    return withLiteralDepth(cypherByName(name.slice(0, at)), depth, { min: depth, max: depth });
  }
  const [base, ...sections] = name.split('#');
  if (sections.length === 0) return cypher(name);
  const keys: RowKeys = {};
  const set = (list: string) => new Set(list === '' ? [] : list.split(','));
  const perVariable = (parts: string[]) =>
    Object.fromEntries(
      parts.map((part) => {
        const eq = part.indexOf('=');
        if (eq < 1) throw new Error(`${name}: "${part}" is not variable=keys`);
        return [part.slice(0, eq), set(part.slice(eq + 1))];
      }),
    );
  for (const section of sections) {
    if (section.startsWith(SEAT_SECTION)) {
      keys.seat = set(section.slice(SEAT_SECTION.length));
      continue;
    }
    if (section.startsWith(EDGE_SECTION)) {
      keys.citationByVariable = perVariable(section.slice(EDGE_SECTION.length).split(';'));
      continue;
    }
    const [resolution, ...variables] = section.split(';');
    keys.resolution = set(resolution!);
    keys.resolutionByVariable = perVariable(variables);
  }
  return withRowKeys(cypher(base!), keys);
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
