import { createHash } from 'node:crypto';
import { z } from 'zod';
import { cypher } from '../../db/CypherQuery';
import type { Database } from '../../db/Database';
import type { WriteSet } from '../merge/WriteSet';
import { toCypherParams } from '../write/toCypherParams';

/**
 * The longest list of numbers or edges one Dataset node keeps. A first load of the corpus adds
 * tens of thousands of edges; nobody subscribes to those one by one, so the lists stop there and
 * `listsTruncated` says so (the counts stay exact).
 */
export const DATASET_LIST_MAX = 5_000;

/** What one ingest changed, as recorded on its Dataset node. */
export interface DatasetChange {
  version: number;
  finishedAt: string;
  resolutionsAdded: number[];
  resolutionsUpdated: number[];
  citationsAdded: number;
  listsTruncated: boolean;
}

/** The graph as it was before the write: which resolutions existed with which content, which edges. */
export interface DatasetBaseline {
  numbers: number[];
  hashes: Map<number, string | null>;
  pairs: Set<string>;
}

const HashRow = z.object({ number: z.number().int(), hash: z.string().nullable() });
const PairRow = z.object({ from: z.number().int(), to: z.number().int() });
const VersionRow = z.object({ version: z.number().int(), finishedAt: z.string() });

const params = (value: Record<string, unknown>) => toCypherParams(value) as Record<string, unknown>;
const pairKey = (from: number, to: number) => `${from}>${to}`;

/**
 * The hash of everything this run writes for one resolution: its properties, date and paragraphs.
 * A rerun of the same input writes the same rows and so the same hashes: the data version stays.
 */
export function contentHashes(writeSet: Pick<WriteSet, 'resolutions' | 'paragraphs'>): Map<number, string> {
  const paragraphs = new Map(writeSet.paragraphs.map((p) => [p.number, p.paragraphs]));
  const hashes = new Map<number, string>();
  for (const row of writeSet.resolutions) {
    const props = Object.keys(row.props)
      .sort()
      .map((k) => [k, row.props[k]]);
    const content = JSON.stringify([props, row.date, paragraphs.get(row.number) ?? null]);
    hashes.set(row.number, createHash('sha256').update(content).digest('base64url').slice(0, 22));
  }
  return hashes;
}

async function readPairs(db: Database, numbers: number[]): Promise<Set<string>> {
  const rows = await db.read(cypher('dataset/citationPairs'), params({ numbers }), PairRow);
  return new Set(rows.map((r) => pairKey(r.from, r.to)));
}

/** Reads, before the write, what the comparison afterwards needs: stored hashes and the edges touching the run's resolutions (ascending numbers). */
export async function readDatasetBaseline(db: Database, numbers: number[]): Promise<DatasetBaseline> {
  const rows = await db.read(cypher('dataset/contentHashes'), params({ numbers }), HashRow);
  return { numbers, hashes: new Map(rows.map((r) => [r.number, r.hash])), pairs: await readPairs(db, numbers) };
}

/**
 * After the write: stores the content hashes (contentHashes of every slice the run wrote), compares with the
 * baseline and, when anything changed (a resolution added or rewritten, a citation added), records the next
 * data version. Returns null when the run changed nothing, so a rerun keeps the version.
 */
export async function recordDataset(db: Database, baseline: DatasetBaseline, hashes: ReadonlyMap<number, string>): Promise<DatasetChange | null> {
  const added: number[] = [];
  const updated: number[] = [];
  for (const [number, hash] of hashes) {
    if (!baseline.hashes.has(number)) added.push(number);
    else if (baseline.hashes.get(number) !== hash) updated.push(number);
  }
  const after = await readPairs(db, baseline.numbers);
  const newPairs = [...after]
    .filter((p) => !baseline.pairs.has(p))
    .map((p) => p.split('>').map(Number) as [number, number])
    // Sorted: the lists keep the first DATASET_LIST_MAX, which must not depend on the order the store returns pairs in.
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (hashes.size > 0) {
    await db.write(cypher('dataset/setContentHashes'), params({ rows: [...hashes].map(([number, hash]) => ({ number, hash })) }), z.unknown());
  }
  if (added.length === 0 && updated.length === 0 && newPairs.length === 0) return null;
  const truncated = added.length > DATASET_LIST_MAX || updated.length > DATASET_LIST_MAX || newPairs.length > DATASET_LIST_MAX;
  const kept = newPairs.slice(0, DATASET_LIST_MAX);
  const [row] = await db.write(
    cypher('dataset/record'),
    params({
      resolutionsAdded: added.slice(0, DATASET_LIST_MAX),
      resolutionsUpdated: updated.slice(0, DATASET_LIST_MAX),
      citationsAddedFrom: kept.map((p) => p[0]),
      citationsAddedTo: kept.map((p) => p[1]),
      citationsAdded: newPairs.length,
      listsTruncated: truncated,
    }),
    VersionRow,
  );
  if (!row) throw new Error('dataset/record returned no row');
  return { version: row.version, finishedAt: row.finishedAt, resolutionsAdded: added, resolutionsUpdated: updated, citationsAdded: newPairs.length, listsTruncated: truncated };
}
