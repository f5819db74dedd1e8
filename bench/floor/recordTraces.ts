import type { Database, QueryEvent } from '../../src/db/Database';
import type { Workload } from '../workloads/workloads';
import { encodeParams, groupIntoWaves, type QueryTrace, type TimedQuery } from './QueryTrace';

/**
 * Sends each workload variant to our server (running in this process on `db`) once to warm up and
 * once to record, and returns the Cypher each operation made. Requests go one at a time, so the
 * recorded timings give the waves without interference.
 */
export async function recordTraces(url: string, db: Database, workloads: Workload[]): Promise<{ traces: QueryTrace[]; failures: Array<{ workload: string; error: string }> }> {
  let recording: TimedQuery[] | null = null;
  const unsubscribe = db.onQuery((e: QueryEvent) => {
    const end = performance.now();
    recording?.push({ name: e.name, params: encodeParams(e.params) as Record<string, unknown>, start: end - e.ms, end });
  });
  const traces: QueryTrace[] = [];
  const failures: Array<{ workload: string; error: string }> = [];
  try {
    for (const w of workloads) {
      const mine: QueryTrace[] = [];
      try {
        for (let v = 0; v < w.variants.length; v++) {
          const body = JSON.stringify({ query: w.query, variables: w.variants[v] });
          await post(url, body, `${w.id}/${v}`);
          recording = [];
          await post(url, body, `${w.id}/${v}`);
          const queries: TimedQuery[] = recording;
          recording = null;
          // An operation that reaches the database must have sent something: an empty trace would make
          // a floor that answers nothing, and every ratio against it meaningless.
          if (queries.length === 0) throw new Error(`${w.id}/${v}: recorded no Cypher (a cache in front of the database?)`);
          mine.push({ workload: w.id, variant: v, waves: groupIntoWaves(queries), roundTrips: queries.length });
        }
        traces.push(...mine);
      } catch (err) {
        // A workload our server cannot answer gets no trace (so no floor either) and is reported.
        recording = null;
        failures.push({ workload: w.id, error: String(err).slice(0, 600) });
      }
    }
  } finally {
    unsubscribe();
  }
  return { traces, failures };
}

async function post(url: string, body: string, label: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors":[')) throw new Error(`${label}: HTTP ${res.status} ${text.slice(0, 500)}`);
}
