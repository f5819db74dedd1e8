import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { cypher } from '../../src/db/CypherQuery';
import type { Database } from '../../src/db/Database';
import { parseCsv } from '../lib/parseCsv';
import { readJsonLines } from '../lib/readJsonLines';
import { pageRank } from './pageRank';

export interface FloorLoadStats {
  ms: number;
  phases: Record<string, { rows: number; ms: number }>;
  rowsWritten: number;
}

type Row = Record<string, unknown>;
const anyRow = z.unknown();
const VOTES: Record<string, string> = { Y: 'yes', N: 'no', A: 'abstain', X: 'non-voting' };

/**
 * The ingest floor: the corpus files written into the graph model with batched `UNWIND ... MERGE`,
 * one transaction per batch, and no cleaning, extraction or validation. Paragraphs are the text's
 * non-empty lines. What the real ingest costs above this is the price of its parsing and checking.
 */
export async function rawUnwindLoad(
  db: Database,
  dataDir: string,
  options: { batchSize?: number; onProgress?: (phase: string, rows: number) => void } = {},
): Promise<FloorLoadStats> {
  const batchSize = options.batchSize ?? 1000;
  const phases: FloorLoadStats['phases'] = {};
  const started = performance.now();
  const buffers = new Map<string, Row[]>();

  const flush = async (phase: string) => {
    const rows = buffers.get(phase);
    if (!rows || rows.length === 0) return;
    buffers.set(phase, []);
    const t = performance.now();
    await db.write(cypher(`bench/${phase}`), { rows }, anyRow);
    const p = (phases[phase] ??= { rows: 0, ms: 0 });
    p.rows += rows.length;
    p.ms += performance.now() - t;
    options.onProgress?.(phase, p.rows);
  };
  const push = async (phase: string, row: Row) => {
    let rows = buffers.get(phase);
    if (!rows) buffers.set(phase, (rows = []));
    rows.push(row);
    if (rows.length >= batchSize) await flush(phase);
  };

  // Members first, so seats can MATCH rather than create them.
  const membership = parseCsv(fs.readFileSync(path.join(dataDir, 'council_membership.csv'), 'utf8'));
  const members = new Map<string, { code: string; name: string; permanent: boolean; years: number[] }>();
  for (const m of membership) {
    const entry = members.get(m.code!) ?? { code: m.code!, name: m.name!, permanent: m.permanent === 'True', years: [] };
    entry.years.push(Number(m.year));
    members.set(m.code!, entry);
  }
  for (const m of members.values()) await push('floorMembers', { ...m, years: [...new Set(m.years)].sort((a, b) => a - b) });
  await flush('floorMembers');

  for await (const m of readJsonLines(path.join(dataDir, 'meetings.jsonl'))) {
    const symbol = String(m.meeting ?? `VTC ${String(m.date)} ${String(m.topic).slice(0, 60)}`);
    const num = /^S\/PV\.(\d+)/.exec(symbol);
    await push('floorMeetings', { symbol, number: num ? Number(num[1]) : null, date: m.date ?? null, agenda: m.topic ?? null, outcome: m.outcome ?? null });
  }
  await flush('floorMeetings');

  const numbers: number[] = [];
  const later: Array<[string, Row]> = [];
  for await (const r of readJsonLines(path.join(dataDir, 'resolutions.jsonl'))) {
    const number = Number(r.number);
    numbers.push(number);
    const votes = (r.votes ?? null) as { yes?: number; no?: number; abstain?: number; nonVoting?: number } | null;
    const agenda = typeof r.agenda === 'string' ? r.agenda : null;
    await push('floorResolutions', {
      number,
      symbol: r.symbol ?? null,
      date: r.date ?? null,
      year: r.year ?? null,
      title: r.title ?? null,
      agenda,
      text: r.text ?? null,
      modality: r.modality ?? null,
      votesYes: votes?.yes ?? null,
      votesNo: votes?.no ?? null,
      votesAbstain: votes?.abstain ?? null,
      votesNonVoting: votes?.nonVoting ?? null,
      unanimous: votes ? (votes.no ?? 0) === 0 && (votes.abstain ?? 0) === 0 : null,
      mainTopic: agenda,
    });
    // Edges wait until every node of the batch exists; keeping them small keeps memory flat.
    if (typeof r.text === 'string') {
      let ordinal = 0;
      for (const line of r.text.split('\n')) {
        if (line.trim() === '') continue;
        ordinal += 1;
        later.push(['floorParagraphs', { id: `${number}/${ordinal}`, resolution: number, ordinal, kind: 'other', number: null, text: line.trim() }]);
      }
    }
    if (agenda) later.push(['floorTopics', { resolution: number, key: `agenda:${agenda.toLowerCase()}`, name: agenda, kind: 'agenda' }]);
    for (const s of (r.subjects ?? []) as string[]) later.push(['floorTopics', { resolution: number, key: `subject:${s.toLowerCase()}`, name: s, kind: 'subject' }]);
    if (typeof r.meeting === 'string') later.push(['floorAdoptedAt', { resolution: number, meeting: r.meeting }]);
    for (const m of (r.members ?? []) as Array<Record<string, unknown>>) {
      later.push(['floorSatOn', { resolution: number, code: m.code, name: m.name, permanent: m.permanent === true, vote: VOTES[String(m.vote)] ?? null, voteSource: 'dataset' }]);
    }
    if (later.length >= 20 * batchSize) {
      await flush('floorResolutions');
      for (const [phase, row] of later.splice(0)) await push(phase, row);
    }
  }
  await flush('floorResolutions');
  for (const [phase, row] of later.splice(0)) await push(phase, row);
  for (const phase of ['floorParagraphs', 'floorTopics', 'floorAdoptedAt', 'floorSatOn']) await flush(phase);

  const edges = new Map<string, Row>();
  for (const c of parseCsv(fs.readFileSync(path.join(dataDir, 'citations.csv'), 'utf8'))) {
    const key = `${c.from}>${c.to}`;
    const seen = edges.get(key);
    if (seen) (seen.sources as string[]).push(c.source!);
    else edges.set(key, { from: Number(c.from), to: Number(c.to), verb: c.verb || null, context: c.context || null, source: c.source, sources: [c.source] });
  }
  for (const e of edges.values()) await push('floorCites', e);
  await flush('floorCites');

  const t = performance.now();
  for (let i = 0; i < numbers.length; i += batchSize) {
    await db.write(cypher('bench/floorDegrees'), { numbers: numbers.slice(i, i + batchSize) }, anyRow);
  }
  phases.floorDegrees = { rows: numbers.length, ms: performance.now() - t };
  const ranks = pageRank(numbers, [...edges.values()].map((e) => [e.from as number, e.to as number]));
  for (const [number, influence] of ranks) await push('floorInfluence', { number, influence });
  await flush('floorInfluence');

  const rowsWritten = Object.values(phases).reduce((s, p) => s + p.rows, 0);
  return { ms: performance.now() - started, phases, rowsWritten };
}
