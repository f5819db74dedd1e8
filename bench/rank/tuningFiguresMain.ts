/**
 * Tuning figures of the search ranking, and nothing else: runs the `tuning` part of the known-item evaluation
 * (test/integration/api/searchKnownItems.ts) against a corpus store and prints success@1/@5/@10, MRR and each
 * query's rank. The held-out parts are filtered out before anything runs, so whoever tunes never sees them.
 *
 * It runs the same Lucene query the server builds (`readPlainQuery`) and, by default, orders Lucene's top 40 as
 * `cypher/fragments/searchPage.cypher` does. Variants for experiments (the citation reranks were measured in
 * wave 7 and not kept: docs/api.md):
 *   RANKING='{"title":0.2}'  overrides weights of RANKING
 *   INDEX=name               the full-text index to query (default resolution_ranked, the plain-words index)
 *   WINDOW=40                how many of Lucene's best are read and reordered (default 40)
 *   RERANK=citedShare        how citations among them rank (see `rerank`; the default, `none`, is the server's
 *                            order: 5 % score bands, citedByCount, number)
 *
 * Build and run: npx esbuild bench/rank/tuningFiguresMain.ts --bundle --platform=node --outfile=/tmp/tuning.js
 *   && NEO4J_URI=bolt://127.0.0.1:7824 NEO4J_PASSWORD=… node /tmp/tuning.js
 */
import neo4j, { type Session } from 'neo4j-driver';
import { readPlainQuery, RANKING, type Ranking } from '../../src/search/plainQuery';
import { KNOWN_ITEMS } from '../../test/integration/api/searchKnownItems';

/** QUERIES='[["resolution 1325 (2000)", 1325]]' measures those instead (ad hoc checks, not an evaluation). */
const TUNING = process.env.QUERIES
  ? (JSON.parse(process.env.QUERIES) as Array<[string, number]>).map(([query, wanted]) => ({ query, wanted }))
  : KNOWN_ITEMS.filter((k) => k.part === 'tuning');
const WINDOW = Number(process.env.WINDOW ?? '40');
/** The full-text index the plain-words query runs on, as in the server. */
const INDEX = process.env.INDEX ?? 'resolution_ranked';

interface Candidate {
  number: number;
  score: number;
  citedBy: number;
  /** how many of the other candidates cite this one */
  citedHere: number;
  /** the numbers of the candidates that cite this one */
  citing: number[];
}

const TOP = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: toInteger($window)}) YIELD node AS r, score
WITH collect({r: r, score: score}) AS found
WITH found, [h IN found | h.r] AS nodes
UNWIND found AS hit
WITH nodes, hit.r AS r, hit.score AS score
RETURN r.number AS number, score, coalesce(r.citedByCount, 0) AS citedBy,
       COUNT { MATCH (c:Resolution)-[:CITES]->(r) WHERE c IN nodes } AS citedHere,
       COLLECT { MATCH (c:Resolution)-[:CITES]->(r) WHERE c IN nodes RETURN c.number } AS citing`;

const band = (score: number) => Math.floor(Math.log(score) / Math.log(1.05));

/** hitsTopK's order: 5 % score bands, citedByCount, number. */
function order(cands: Candidate[], key: (c: Candidate) => number = (c) => c.score): Candidate[] {
  return [...cands].sort((a, b) => band(key(b)) - band(key(a)) || b.citedBy - a.citedBy || a.number - b.number);
}

function rerank(cands: Candidate[]): Candidate[] {
  const mode = process.env.RERANK ?? 'none';
  if (mode === 'none') return order(cands);
  const w = Number(process.env.RERANK_W ?? '1');
  const cap = Number(process.env.RERANK_CAP ?? '3');
  if (mode === 'cited') return order(cands, (c) => c.score * (1 + w * Math.min(c.citedHere, cap)));
  if (mode === 'citedLog') return order(cands, (c) => c.score * (1 + w * Math.log1p(c.citedHere)));
  if (mode === 'citedShare') return order(cands, (c) => c.score * (1 + (w * c.citedHere) / WINDOW));
  if (mode === 'citedScore') {
    const top = Math.max(...cands.map((c) => c.score));
    const scoreOf = new Map(cands.map((c) => [c.number, c.score]));
    return order(cands, (c) => c.score * (1 + (w * c.citing.reduce((a, n) => a + scoreOf.get(n)!, 0)) / top / WINDOW));
  }
  if (mode === 'citedHub') {
    // and a match that cites other matches (a follow-up) loses w2/WINDOW of its score per match it cites
    const w2 = Number(process.env.HUB_W ?? '0.5');
    const cites = new Map<number, number>();
    for (const c of cands) for (const n of c.citing) cites.set(n, (cites.get(n) ?? 0) + 1);
    return order(cands, (c) => c.score * (1 + (w * c.citedHere) / WINDOW) * Math.max(0.5, 1 - (w2 * (cites.get(c.number) ?? 0)) / WINDOW));
  }
  if (mode === 'citedTie') return [...cands].sort((a, b) => band(b.score) - band(a.score) || b.citedHere - a.citedHere || b.citedBy - a.citedBy || a.number - b.number);
  throw new Error(`unknown RERANK ${mode}`);
}

const OTHER = `CALL db.index.fulltext.queryNodes($index, $query, {limit: 2000}) YIELD node AS r, score RETURN r.number AS number, score`;

/**
 * Experiment: a second signal fused with the first index's score over a pool of its best matches, before the
 * citations rank: FUSE_INDEX (same query, another analyzer) or FUSE_QUERY=title (the words in the title alone,
 * same index); FUSE=sum adds FUSE_W × its score, FUSE=rrf adds reciprocal ranks (1/(60 + rank)) of both.
 */
async function fused(session: Session, lucene: string, cands: Candidate[]): Promise<Candidate[]> {
  const index = process.env.FUSE_INDEX ?? INDEX;
  let query = lucene;
  if (process.env.FUSE_QUERY === 'title') {
    const m = /text:\((.*?)\) OR title:\(/.exec(lucene);
    if (!m) throw new Error(`no text clause in ${lucene}`);
    query = `title:(${m[1]})`;
  }
  const other = await session.run(OTHER, { index, query });
  const otherScore = new Map<number, number>(other.records.map((r) => [Number(r.get('number')), Number(r.get('score'))]));
  const otherRank = new Map<number, number>(other.records.map((r, i) => [Number(r.get('number')), i + 1]));
  const w = Number(process.env.FUSE_W ?? '1');
  const score =
    process.env.FUSE === 'rrf'
      ? (c: Candidate, i: number) => 1 / (60 + i + 1) + w / (60 + (otherRank.get(c.number) ?? 10000))
      : (c: Candidate) => c.score + w * (otherScore.get(c.number) ?? 0);
  const out = cands.map((c, i) => ({ ...c, score: score(c, i) })).sort((a, b) => b.score - a.score);
  // the citations count among the fused best WINDOW only
  const near = new Set(out.slice(0, WINDOW).map((c) => c.number));
  return out.map((c) => ({ ...c, citedHere: near.has(c.number) ? c.citing.filter((n) => near.has(n)).length : 0 }));
}

async function main(): Promise<void> {
  const ranking: Ranking = { ...RANKING, ...(JSON.parse(process.env.RANKING ?? '{}') as Partial<Ranking>) };
  const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7824', neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? 'unsc-graph-test'));
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const ranks: Array<number | null> = [];
  const lines: string[] = [];
  try {
    for (const item of TUNING) {
      const plain = readPlainQuery(item.query, ranking);
      if (!plain) throw new Error(`no plain query for ${item.query}`);
      const fuse = process.env.FUSE !== undefined;
      const res = await session.run(TOP, { index: INDEX, query: plain.lucene, window: fuse ? Number(process.env.FUSE_POOL ?? '100') : WINDOW });
      const read = res.records.map((r) => ({
        number: Number(r.get('number')),
        score: Number(r.get('score')),
        citedBy: Number(r.get('citedBy')),
        citedHere: Number(r.get('citedHere')),
        citing: (r.get('citing') as unknown[]).map(Number),
      }));
      const cands = fuse ? await fused(session, plain.lucene, read) : read;
      const top = rerank(cands).slice(0, 10).map((c) => c.number);
      const rank = top.includes(item.wanted) ? top.indexOf(item.wanted) + 1 : null;
      ranks.push(rank);
      lines.push(`${String(rank ?? '-').padStart(2)}  ${item.wanted}  "${item.query}"  (top ${top.slice(0, 3).join(', ')})`);
    }
  } finally {
    await session.close();
    await driver.close();
  }
  const share = (k: number) => ranks.filter((r) => r !== null && r <= k).length / ranks.length;
  const mrr = ranks.reduce<number>((a, r) => a + (r === null ? 0 : 1 / r), 0) / ranks.length;
  if (process.env.QUIET !== '1') process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(
    `${process.env.QUERIES ? 'ad hoc' : 'tuning'} (${ranks.length}) ${process.env.LABEL ?? ''}: success@1 ${share(1).toFixed(2)} @5 ${share(5).toFixed(2)} @10 ${share(10).toFixed(2)} MRR ${mrr.toFixed(3)}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
