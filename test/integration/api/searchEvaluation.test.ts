import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { startApp, type App } from '../../../src/app/startApp';
import { createLogger } from '../../../src/logger';
import { corpusDataDir, describeCorpus } from '../../support/corpus';
import { testConfig } from '../../support/testConfig';
import { KNOWN_ITEMS, type KnownItem } from './searchKnownItems';

const DEPTH = 10;
const STOP = new Set('a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '));
const tokens = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => !STOP.has(t));

/** A plain Okapi BM25 (k1 1.2, b 0.75) over each resolution's title and text: the baseline to beat. */
function plainBm25(docs: Array<{ number: number; body: string }>): (query: string) => number[] {
  const k1 = 1.2;
  const b = 0.75;
  const tf = docs.map((d) => {
    const counts = new Map<string, number>();
    for (const t of tokens(d.body)) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  });
  const lengths = docs.map((d) => tokens(d.body).length);
  const avg = lengths.reduce((a, n) => a + n, 0) / docs.length;
  const df = new Map<string, number>();
  for (const counts of tf) for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return (query) => {
    const terms = [...new Set(tokens(query))];
    const scored = docs.map((d, i) => {
      let score = 0;
      for (const t of terms) {
        const f = tf[i]!.get(t) ?? 0;
        if (f === 0) continue;
        const n = df.get(t)!;
        score += Math.log(1 + (docs.length - n + 0.5) / (n + 0.5)) * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * lengths[i]!) / avg)));
      }
      return { number: d.number, score };
    });
    return scored
      .filter((s) => s.score > 0)
      .sort((x, y) => y.score - x.score || x.number - y.number)
      .slice(0, DEPTH)
      .map((s) => s.number);
  };
}

interface Figures {
  at1: number;
  at5: number;
  at10: number;
  mrr: number;
}

function figures(ranks: Array<number | null>): Figures {
  const share = (k: number) => ranks.filter((r) => r !== null && r <= k).length / ranks.length;
  return { at1: share(1), at5: share(5), at10: share(10), mrr: ranks.reduce<number>((a, r) => a + (r === null ? 0 : 1 / r), 0) / ranks.length };
}

const rankOf = (list: number[], wanted: number) => (list.includes(wanted) ? list.indexOf(wanted) + 1 : null);
const show = (f: Figures) => `success@1 ${f.at1.toFixed(2)}  @5 ${f.at5.toFixed(2)}  @10 ${f.at10.toFixed(2)}  MRR ${f.mrr.toFixed(2)}`;

describeCorpus('search relevance on known-item queries (real corpus)', () => {
  let app: App;
  const ours = new Map<KnownItem, number[]>();
  const baseline = new Map<KnownItem, number[]>();
  // Queries the server refused with BAD_USER_INPUT: the person got an error, not a list, so each counts as a
  // miss (an empty list) in the figures; any other error still stops the run.
  const refused = new Set<KnownItem>();

  beforeAll(async () => {
    const docs: Array<{ number: number; body: string }> = [];
    const lines = readline.createInterface({ input: fs.createReadStream(path.join(corpusDataDir()!, 'resolutions.jsonl')) });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { number: number; title: string | null; text: string | null };
      docs.push({ number: r.number, body: `${r.title ?? ''}\n${r.text ?? ''}` });
    }
    const bm25 = plainBm25(docs);
    for (const item of KNOWN_ITEMS) baseline.set(item, bm25(item.query));
    app = await startApp(testConfig({ NEO4J_URI: process.env.NEO4J_CORPUS_URI ?? '' }), createLogger('silent'));
    for (const item of KNOWN_ITEMS) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($q: String!) { search(query: $q, first: 10) { edges { node { resolution { number } } } } }', variables: { q: item.query } }),
      });
      const body = (await res.json()) as {
        data?: { search: { edges: Array<{ node: { resolution: { number: number } } }> } };
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      if (!body.data && body.errors?.length && body.errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT')) {
        refused.add(item);
        ours.set(item, []);
        continue;
      }
      if (!body.data) throw new Error(`search "${item.query}" failed: ${JSON.stringify(body.errors)}`);
      ours.set(
        item,
        body.data.search.edges.map((e) => e.node.resolution.number),
      );
    }
  }, 120_000);
  afterAll(() => app?.stop());

  it('has at least 167 queries, every part populated, each wanted resolution distinct', () => {
    expect(KNOWN_ITEMS.length).toBeGreaterThanOrEqual(167);
    // 25 written as tuning, 28 held out until 2026-12-02 and tuned on since (searchKnownItems.ts says why)
    expect(KNOWN_ITEMS.filter((k) => k.part === 'tuning').length).toBeGreaterThanOrEqual(50);
    expect(KNOWN_ITEMS.filter((k) => k.part === 'heldOut2').length).toBeGreaterThanOrEqual(15);
    expect(KNOWN_ITEMS.filter((k) => k.part === 'heldOut3').length).toBeGreaterThanOrEqual(40);
    expect(KNOWN_ITEMS.filter((k) => k.part === 'heldOut4').length).toBeGreaterThanOrEqual(40);
    expect(new Set(KNOWN_ITEMS.map((k) => k.wanted)).size).toBe(KNOWN_ITEMS.length);
  });

  // A slash inside a word ("HIV/AIDS") was read as the start of a Lucene regular expression and refused with
  // BAD_USER_INPUT until 2026-12-02 (heldOut3 found it); every known-item query must get a list.
  it('answers every known-item query with a list, refusing none', () => {
    const byPart = (['tuning', 'heldOut2', 'heldOut3', 'heldOut4'] as const).map((part) => `${part} ${[...refused].filter((k) => k.part === part).length}`);
    process.stdout.write(`[search evaluation: queries refused with BAD_USER_INPUT, counted as misses] ${byPart.join(', ')}\n`);
    expect(refused.size).toBe(0);
  });

  // The held-out parts are below plain BM25 today (docs/api.md, "How search ranks"): those checks are declared
  // as a known failure, so the figures are still printed on every run and the check turns red the day it
  // starts passing, to be flipped into a plain `it` then. Nothing is tuned on the held-out queries: their
  // figures are printed on every run, their misses only when SEARCH_EVAL_SHOW_HELDOUT=1 asks (so whoever tunes
  // the ranking does not see them by accident).
  // heldOut4 (first run 2026-12-03: success@5 0.87 against BM25's 0.87, MRR 0.71 against 0.68) is checked plainly.
  const KNOWN_GAP: ReadonlySet<KnownItem['part']> = new Set(['heldOut2', 'heldOut3']);
  const showHeldOut = process.env.SEARCH_EVAL_SHOW_HELDOUT === '1';
  for (const part of ['tuning', 'heldOut2', 'heldOut3', 'heldOut4'] as const) {
    const check = KNOWN_GAP.has(part) ? it.failing : it;
    check(`ranks the wanted resolution at least as well as plain BM25 (${part} part${KNOWN_GAP.has(part) ? ': known gap' : ''})`, () => {
      const items = KNOWN_ITEMS.filter((k) => k.part === part);
      const our = figures(items.map((k) => rankOf(ours.get(k)!, k.wanted)));
      const base = figures(items.map((k) => rankOf(baseline.get(k)!, k.wanted)));
      const misses =
        part === 'tuning' || showHeldOut
          ? items
              .filter((k) => (rankOf(ours.get(k)!, k.wanted) ?? 99) > 5)
              .map((k) => `  ${k.wanted} at ${rankOf(ours.get(k)!, k.wanted) ?? '>10'} for "${k.query}" (got ${ours.get(k)!.slice(0, 3).join(', ')}; BM25 rank ${rankOf(baseline.get(k)!, k.wanted) ?? '>10'})`)
          : ['  (misses hidden: held out; SEARCH_EVAL_SHOW_HELDOUT=1 prints them)'];
      process.stdout.write(`[search evaluation, ${part}: ${items.length} queries, ${items.filter((k) => refused.has(k)).length} refused]\n  ours       ${show(our)}\n  plain BM25 ${show(base)}\n${misses.join('\n')}\n`);
      expect(our.at5).toBeGreaterThanOrEqual(base.at5);
      expect(our.mrr).toBeGreaterThanOrEqual(base.mrr);
    });
  }
});
