import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../lib/parseCsv';
import { mulberry32 } from './mulberry32';

export interface GenerateOptions {
  sourceDir: string;
  outDir: string;
  /** How many synthetic resolutions per real one (10 → about 28k resolutions, 100 → about 280k). */
  factor: number;
  seed: number;
  onProgress?: (written: number, total: number) => void;
}

export interface GenerateStats {
  resolutions: number;
  citations: number;
  meetings: number;
  withText: number;
  bytes: number;
}

type Json = Record<string, unknown>;

/**
 * A seeded synthetic corpus in the shared corpus's own formats (resolutions.jsonl, citations.csv,
 * meetings.jsonl, council_membership.csv), `factor` times the size. Real resolution t becomes the
 * `factor` resolutions (t-1)*factor+1 .. t*factor: same year, date, agenda, composition and votes,
 * so the year checks of citations and the Council composition stay true. Every real citation t→u
 * is repeated from each copy of t to a random copy of u (so still to an earlier year), which keeps
 * the degree distribution. Texts are the template's paragraph count of real paragraphs drawn at
 * random from the whole corpus, after a "Recalling its resolutions ..." paragraph naming the copy's
 * citations, so the text extractor finds edges as it would in real texts.
 */
export function generateCorpus(o: GenerateOptions): GenerateStats {
  const k = o.factor;
  const rand = mulberry32(o.seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  fs.mkdirSync(o.outDir, { recursive: true });

  const real = fs
    .readFileSync(path.join(o.sourceDir, 'resolutions.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Json);
  const byNumber = new Map(real.map((r) => [Number(r.number), r]));
  const maxReal = Math.max(...byNumber.keys());
  const copyOf = (t: number, j: number) => (t - 1) * k + j + 1;
  const yearOf = (n: number) => Number(byNumber.get(Math.floor((n - 1) / k) + 1)?.year ?? 0);

  const pool: string[] = [];
  for (const r of real) {
    if (typeof r.text !== 'string') continue;
    for (const line of r.text.split('\n')) if (line.trim().length > 40) pool.push(line.trim());
  }

  // Edges first: each record carries its own citesResolutions and citedBy lists.
  const edgesCsv = parseCsv(fs.readFileSync(path.join(o.sourceDir, 'citations.csv'), 'utf8'));
  const from = new Int32Array(edgesCsv.length * k);
  const to = new Int32Array(edgesCsv.length * k);
  const template = new Int32Array(edgesCsv.length * k);
  let e = 0;
  edgesCsv.forEach((row, i) => {
    const f = Number(row.from);
    const t = Number(row.to);
    if (!(f >= 1 && f <= maxReal && t >= 1 && t <= maxReal)) return;
    for (let j = 0; j < k; j++) {
      from[e] = copyOf(f, j);
      to[e] = copyOf(t, Math.floor(rand() * k));
      template[e] = i;
      e++;
    }
  });
  const total = maxReal * k;
  const cites: number[][] = Array.from({ length: total + 1 }, () => []);
  const citedBy: number[][] = Array.from({ length: total + 1 }, () => []);
  const csvLines: string[] = ['from,to,verb,source,context'];
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const seen = new Set<string>();
  for (let i = 0; i < e; i++) {
    const key = `${from[i]}>${to[i]}`;
    const row = edgesCsv[template[i]!]!;
    csvLines.push(`${from[i]},${to[i]},${q(row.verb ?? '')},${q(row.source ?? '')},${q(row.context ?? '')}`);
    if (seen.has(key)) continue;
    seen.add(key);
    cites[from[i]!]!.push(to[i]!);
    citedBy[to[i]!]!.push(from[i]!);
  }
  fs.writeFileSync(path.join(o.outDir, 'citations.csv'), `${csvLines.join('\n')}\n`);

  const meetingSymbol = (symbol: unknown, j: number): unknown => {
    if (typeof symbol !== 'string') return symbol;
    const m = /^S\/PV\.(\d+)$/.exec(symbol);
    return m ? `S/PV.${copyOf(Number(m[1]), j)}` : j === 0 ? symbol : `${symbol} #${j + 1}`;
  };
  const meetingsOut = fs.openSync(path.join(o.outDir, 'meetings.jsonl'), 'w');
  let meetings = 0;
  for (const line of fs.readFileSync(path.join(o.sourceDir, 'meetings.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const m = JSON.parse(line) as Json;
    const chunk: string[] = [];
    for (let j = 0; j < k; j++) {
      const resolutions = ((m.resolutions ?? []) as number[]).map((n) => copyOf(n, j));
      chunk.push(JSON.stringify({ ...m, meeting: meetingSymbol(m.meeting, j), resolutions }));
      meetings++;
    }
    fs.writeSync(meetingsOut, `${chunk.join('\n')}\n`);
  }
  fs.closeSync(meetingsOut);
  fs.writeFileSync(path.join(o.outDir, 'council_membership.csv'), fs.readFileSync(path.join(o.sourceDir, 'council_membership.csv')));

  const out = fs.openSync(path.join(o.outDir, 'resolutions.jsonl'), 'w');
  let bytes = 0;
  let withText = 0;
  for (let t = 1; t <= maxReal; t++) {
    const r = byNumber.get(t);
    if (!r) continue;
    const chunk: string[] = [];
    for (let j = 0; j < k; j++) {
      const n = copyOf(t, j);
      let text: string | null = null;
      if (typeof r.text === 'string') {
        const count = Math.max(3, r.text.split('\n').filter((l) => l.trim() !== '').length);
        const lines = ['The Security Council,'];
        const mine = cites[n]!;
        if (mine.length > 0) {
          const refs = mine.map((c) => `${c} (${yearOf(c)})`);
          const list = refs.length === 1 ? refs[0] : `${refs.slice(0, -1).join(', ')} and ${refs[refs.length - 1]}`;
          lines.push(`Recalling its resolution${refs.length === 1 ? '' : 's'} ${list},`);
        }
        while (lines.length < count) lines.push(pick(pool));
        text = lines.join('\n');
        withText++;
      }
      const record = {
        ...r,
        number: n,
        symbol: `S/RES/${n} (${String(r.year)})`,
        meeting: meetingSymbol(r.meeting, j),
        text,
        citesResolutions: [...cites[n]!].sort((a, b) => a - b),
        citedBy: [...citedBy[n]!].sort((a, b) => a - b),
        undlRecord: null,
        undlVotingRecord: null,
      };
      chunk.push(JSON.stringify(record));
    }
    const data = `${chunk.join('\n')}\n`;
    bytes += Buffer.byteLength(data);
    fs.writeSync(out, data);
    o.onProgress?.(t * k, total);
  }
  fs.closeSync(out);
  return { resolutions: total, citations: e, meetings, withText, bytes };
}
