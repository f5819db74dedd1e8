import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createDatabase } from '../../../src/app/startApp';
import type { Database } from '../../../src/db/Database';
import { slug } from '../../../src/ingest/extract/missions';
import { aliasesOf } from '../../../src/search/nameAliases';
import { describeCorpus } from '../../support/corpus';
import { testConfig } from '../../support/testConfig';

const Fixture = z.object({
  missions: z.array(
    z.object({ acronym: z.string().nullable(), name: z.string(), establishedBy: z.number(), paragraph: z.string(), lastMandateUntil: z.string().nullable(), lastMandateBy: z.number().nullable(), heldOut: z.boolean() }),
  ),
  regimes: z.array(z.object({ key: z.string(), target: z.string(), establishedBy: z.number(), heldOut: z.boolean() })),
  notRegimes: z.array(z.object({ resolution: z.number(), why: z.string() })),
});
const fixture = Fixture.parse(JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/missions/mandateQuality.json'), 'utf8')));

const q = (name: string, text: string) => ({ name: `test/missions/${name}`, text });
const MissionRow = z.object({ key: z.string(), acronym: z.string().nullable(), name: z.string(), established: z.array(z.number()), lastUntil: z.string().nullable() });
const RegimeRow = z.object({ key: z.string(), target: z.string().nullable(), established: z.array(z.number()) });
const Count = z.object({ n: z.number(), withUntil: z.number() });

interface Score {
  tp: number;
  fp: number;
  fn: number;
}
const precision = (s: Score) => (s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp));
const recall = (s: Score) => (s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn));
/**
 * The same place or party: equal once case, apostrophes, a leading "the" and a bracketed gloss are set aside
 * ("the Taliban" = "Taliban"), or two names of one country in the search alias table ("the Islamic Republic of
 * Iran" = "Iran").
 */
function sameTarget(got: string | null, want: string): boolean {
  if (got === null) return false;
  const norm = (t: string) => t.toLowerCase().replace(/’/g, "'").replace(/\s*\([^)]*\)$/, '').replace(/^the /, '').replace(/\s+/g, ' ').trim();
  const [a, b] = [norm(got), norm(want)];
  return a === b || (aliasesOf(b)?.includes(a) ?? false);
}
const fmt = (label: string, s: Score) => `${label}: precision ${precision(s).toFixed(3)} recall ${recall(s).toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

/**
 * Extraction quality against the hand-written fixture, on the graph the real ingest wrote. A fixture
 * mission matches the graph's mission with its acronym (or, when the texts define none, the one with
 * no acronym and its name); every ESTABLISHES edge into it other than the fixture's counts as a false
 * positive. Precision is therefore over the fixture's missions, not over every mission in the graph.
 */
describeCorpus('mission and sanctions extraction against the hand-written fixture', () => {
  let db: Database;
  beforeAll(() => {
    db = createDatabase(testConfig({ NEO4J_URI: process.env.NEO4J_CORPUS_URI ?? '' }));
  });
  afterAll(() => db.close());

  it('finds establishing resolutions, last mandate ends and regimes; prints its figures (held-out part apart)', async () => {
    const missions = await db.read(
      q(
        'missions',
        `MATCH (m:Mission)
         OPTIONAL MATCH (e:Resolution)-[:ESTABLISHES]->(m)
         WITH m, collect(e.number) AS established
         OPTIONAL MATCH (:Resolution)-[x:ESTABLISHES|EXTENDS|TERMINATES]->(m)
         RETURN m.key AS key, m.acronym AS acronym, m.name AS name, established, toString(max(x.until)) AS lastUntil`,
      ),
      {},
      MissionRow,
    );
    const regimes = await db.read(
      q('regimes', 'MATCH (s:SanctionsRegime) OPTIONAL MATCH (e:Resolution)-[:ESTABLISHES]->(s) RETURN s.key AS key, s.target AS target, collect(e.number) AS established'),
      {},
      RegimeRow,
    );
    const [extends_] = await db.read(q('extends', 'MATCH (:Resolution)-[e:EXTENDS]->(:Mission) RETURN count(e) AS n, count(e.until) AS withUntil'), {}, Count);

    const lines: string[] = [];
    const emptyPart = () => ({ est: { tp: 0, fp: 0, fn: 0 }, until: { ok: 0, n: 0 }, reg: { tp: 0, fp: 0, fn: 0 }, target: { ok: 0, n: 0 } });
    const byPart = { development: emptyPart(), heldOut: emptyPart() };
    const misses: string[] = [];
    for (const f of fixture.missions) {
      const part = f.heldOut ? byPart.heldOut : byPart.development;
      const m = missions.find((x) => (f.acronym ? x.acronym === f.acronym : x.acronym === null && x.key === slug(f.name)));
      const est = m?.established ?? [];
      if (est.includes(f.establishedBy)) part.est.tp++;
      else {
        part.est.fn++;
        misses.push(`${f.acronym ?? f.name} ${f.establishedBy}: got ${est.join(',') || 'none'}`);
      }
      part.est.fp += est.filter((n) => n !== f.establishedBy).length;
      if (f.lastMandateUntil) {
        part.until.n++;
        if (m?.lastUntil === f.lastMandateUntil) part.until.ok++;
        else misses.push(`${f.acronym ?? f.name} last mandate ${f.lastMandateUntil}: got ${m?.lastUntil ?? 'none'}`);
      }
    }
    for (const f of fixture.regimes) {
      const part = f.heldOut ? byPart.heldOut : byPart.development;
      const r = regimes.find((x) => x.key === f.key);
      if (r?.established.includes(f.establishedBy)) part.reg.tp++;
      else {
        part.reg.fn++;
        misses.push(`regime ${f.key}: not found`);
      }
      if (r) {
        part.target.n++;
        if (sameTarget(r.target, f.target)) part.target.ok++;
        else misses.push(`regime ${f.key} target "${f.target}": got "${r.target ?? 'none'}"`);
      }
    }
    const falseRegimes = fixture.notRegimes.filter((n) => regimes.some((r) => r.key === String(n.resolution)));
    byPart.development.reg.fp += falseRegimes.length;
    for (const [label, p] of Object.entries(byPart)) {
      lines.push(fmt(`${label} establishing resolutions (missions)`, p.est));
      lines.push(`${label} last mandate end: ${p.until.ok}/${p.until.n} exact`);
      lines.push(fmt(`${label} sanctions regimes (committee resolution)`, p.reg));
      lines.push(`${label} sanctions targets: ${p.target.ok}/${p.target.n} the same place or party`);
    }
    lines.push(`EXTENDS edges: ${extends_?.n ?? 0}, with an until date: ${extends_?.withUntil ?? 0} (${(((extends_?.withUntil ?? 0) / Math.max(1, extends_?.n ?? 0)) * 100).toFixed(1)}%)`);
    lines.push(`graph: ${missions.length} missions, ${regimes.length} sanctions regimes`);
    lines.push(`misses: ${misses.join('; ') || 'none'}`);
    process.stdout.write(`\n[mission quality]\n${lines.join('\n')}\n`);

    expect(missions.length).toBeGreaterThanOrEqual(fixture.missions.length);
    expect(falseRegimes).toEqual([]);
    // The target, on the development part; the held-out part is reported, not asserted.
    expect(precision(byPart.development.est)).toBeGreaterThanOrEqual(0.95);
    expect(recall(byPart.development.est)).toBeGreaterThanOrEqual(0.95);
    expect(recall(byPart.development.reg)).toBeGreaterThanOrEqual(0.95);
    // 12 of 14 on 2026-12-03 (7 before the agenda and title fallbacks): at most two misses.
    expect(byPart.development.target.ok / byPart.development.target.n).toBeGreaterThanOrEqual(0.8);
  });
});
