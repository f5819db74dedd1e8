import { z } from 'zod';
import { cypher } from '../../src/db/CypherQuery';
import type { Database } from '../../src/db/Database';
import { RELATIONSHIP_ENDS, type GraphDump } from './GraphDump';

export interface FloorLoadStats {
  seconds: number;
  rowsWritten: number;
  rowsPerSecond: number;
  phases: Record<string, { rows: number; seconds: number }>;
}

const none = z.unknown();

/**
 * The ingest floor: writes an already-built graph with batched `UNWIND ... MERGE ... SET`, one
 * transaction per batch, nodes before relationships — the same write pattern and the same data as
 * the ingest, with none of its reading, parsing, cleaning, extraction or derivation.
 */
export async function loadGraphDump(db: Database, dump: GraphDump, batchSize = 1000, onProgress?: (phase: string, rows: number, total: number) => void): Promise<FloorLoadStats> {
  const started = performance.now();
  const phases: FloorLoadStats['phases'] = {};
  const write = async (phase: string, queryName: string, rows: unknown[]) => {
    const t = performance.now();
    for (let i = 0; i < rows.length; i += batchSize) {
      await db.write(cypher(queryName), { rows: rows.slice(i, i + batchSize) }, none);
      onProgress?.(phase, Math.min(rows.length, i + batchSize), rows.length);
    }
    phases[phase] = { rows: rows.length, seconds: (performance.now() - t) / 1000 };
  };
  for (const { label, rows } of dump.nodes) await write(label, `bench/importNode${label}`, rows);
  for (const { type, rows } of dump.relationships) {
    const ends = RELATIONSHIP_ENDS.find((r) => r.type === type)!;
    await write(type, `bench/importRel${ends.file}`, rows);
  }
  const seconds = (performance.now() - started) / 1000;
  const rowsWritten = Object.values(phases).reduce((s, p) => s + p.rows, 0);
  return { seconds, rowsWritten, rowsPerSecond: Math.round(rowsWritten / seconds), phases };
}
