import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createDatabase } from '../../../src/app/startApp';
import type { Database } from '../../../src/db/Database';
import { cleanText } from '../../../src/ingest/clean/cleanText';
import { splitParagraphs } from '../../../src/ingest/clean/splitParagraphs';
import type { Paragraph } from '../../../src/ingest/clean/Paragraph';
import { chapterVIIFromText } from '../../../src/ingest/extract/chapterVII';
import { extractCitations, type ExtractedCitation } from '../../../src/ingest/extract/extractCitations';
import type { ResolutionInput } from '../../../src/ingest/model/IngestRecord';
import { parseFile } from '../../../src/ingest/parsers/parseFile';
import { corpusDataDir, describeCorpus } from '../../support/corpus';
import { operativeNumbering } from '../../support/operativeNumbering';
import { testConfig } from '../../support/testConfig';

/**
 * The corpus figures of docs/graph-model.md ("Text quality and citation figures"), computed from the
 * data files with the ingest's own cleaning, splitting and extraction, and checked against the graph
 * the ingest wrote. Each figure is printed; the targets of issue 12 are asserted.
 */
interface Text {
  number: number;
  year: number | null;
  source: string;
  paragraphs: Paragraph[];
  text: string;
  cites: ExtractedCitation[];
}

const SOURCE_NAME = { ocr: 'CR-UNSC (OCR, 1–899)', pdf: 'PDF text (PVS, 900–1284)', xml: 'UN XML (1285–2799)', page: 'site page' } as const;

describeCorpus('corpus figures: paragraphs, citations against the UN hyperlinks, Chapter VII', () => {
  const dir = corpusDataDir() ?? '';
  let db: Database;
  const texts: Text[] = [];
  const csv = fs.readFileSync(path.join(dir, 'citations.csv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(','));

  beforeAll(() => {
    db = createDatabase(testConfig({ NEO4J_URI: process.env.NEO4J_CORPUS_URI ?? '' }));
    const inputs = parseFile(path.join(dir, 'resolutions.jsonl'), 'resolutions').records.flatMap((r) => (r.kind === 'resolution' ? [r.resolution] : []));
    const years = new Map(inputs.map((r) => [r.number, r.year ?? null]));
    const known = (n: number) => (years.has(n) ? { year: years.get(n) ?? null } : undefined);
    for (const r of inputs.filter((i): i is ResolutionInput & { rawText: string } => i.rawText !== undefined)) {
      const paragraphs = splitParagraphs(cleanText(r.rawText, r.textSource));
      const cites = extractCitations({ number: r.number, year: r.year ?? null, paragraphs, known }).cites;
      texts.push({ number: r.number, year: r.year ?? null, source: r.textSource ?? 'ocr', paragraphs, text: paragraphs.map((p) => p.text).join('\n\n'), cites });
    }
  });
  afterAll(() => db.close());

  it('operative paragraphs are numbered 1..n without gaps in ≥ 98 % of the texts of each source', () => {
    const lines: string[] = [];
    for (const [source, name] of Object.entries(SOURCE_NAME)) {
      const of = texts.filter((t) => t.source === source);
      if (of.length === 0) continue;
      const figure = operativeNumbering(name, of);
      lines.push(...figure.lines);
      expect(figure.share).toBeGreaterThanOrEqual(0.98);
    }
    process.stdout.write(`\n[figures] operative numbering per source\n${lines.join('\n')}\n`);
  });

  it('the extractor finds the UN XML hyperlinks of 2504–2799 with precision and recall ≥ 0.98 (even and odd numbers apart)', () => {
    const gold = new Map<number, Set<number>>();
    for (const [from, to, , source] of csv) {
      if (source !== 'unxml_hyperlink' || Number(from) < 2504 || Number(from) > 2799) continue;
      gold.set(Number(from), (gold.get(Number(from)) ?? new Set()).add(Number(to)));
    }
    const score = (keep: (n: number) => boolean) => {
      let tp = 0;
      const fp: string[] = [];
      const fn: string[] = [];
      for (const t of texts) {
        const g = gold.get(t.number);
        if (!g || !keep(t.number)) continue;
        const found = new Set(t.cites.map((c) => c.to));
        for (const to of found) if (g.has(to)) tp++;
        else fp.push(`${t.number}>${to}`);
        for (const to of g) if (!found.has(to)) fn.push(`${t.number}>${to}`);
      }
      return { tp, fp, fn, precision: tp / (tp + fp.length), recall: tp / (tp + fn.length) };
    };
    const all = score(() => true);
    const even = score((n) => n % 2 === 0);
    const odd = score((n) => n % 2 === 1);
    const line = (label: string, s: ReturnType<typeof score>) => `${label}: tp ${s.tp}, fp ${s.fp.length}, fn ${s.fn.length}, precision ${s.precision.toFixed(4)}, recall ${s.recall.toFixed(4)}`;
    process.stdout.write(
      `\n[figures] extractor vs unxml_hyperlink, 2504–2799 (${[...gold.keys()].filter((n) => texts.some((t) => t.number === n)).length} citing texts)\n` +
        `${line('all', all)}\n${line('even numbers', even)}\n${line('odd numbers (held out)', odd)}\n  false positives: ${all.fp.join(' ')}\n  false negatives: ${all.fn.join(' ')}\n`,
    );
    for (const s of [all, even, odd]) {
      expect(s.precision).toBeGreaterThanOrEqual(0.98);
      expect(s.recall).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('reports where the extractor and the dataset’s regex rows disagree for 900–2503, by cause', () => {
    const regex = new Set(csv.filter(([from, , , source]) => Number(from) >= 900 && Number(from) <= 2503 && (source ?? '').startsWith('regex')).map(([from, to]) => `${from}>${to}`));
    const extracted = texts.filter((t) => t.number >= 900 && t.number <= 2503).flatMap((t) => t.cites.map((c) => ({ key: `${t.number}>${c.to}`, c })));
    const extractorOnly = extracted.filter((e) => !regex.has(e.key));
    const regexOnly = [...regex].filter((k) => !extracted.some((e) => e.key === k));
    // The regex rows need "N (YYYY)"; the extractor also takes "resolution N" without a year when N is older and known.
    const withoutYear = extractorOnly.filter((e) => !new RegExp(`\\b${e.c.to}\\s*\\(\\d{4}\\)`).test(e.c.context));
    const sample = (list: typeof extractorOnly) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / 5)) === 0).slice(0, 5).map((e) => `    ${e.key}: …${e.c.context.slice(0, 140)}…`);
    process.stdout.write(
      `\n[figures] extractor vs regex rows, 900–2503: both ${extracted.length - extractorOnly.length}, extractor only ${extractorOnly.length} (no year in the mention: ${withoutYear.length}; with a year: ${extractorOnly.length - withoutYear.length}), regex only ${regexOnly.length} ${regexOnly.slice(0, 20).join(' ')}\n` +
        `  sample, no year:\n${sample(withoutYear).join('\n')}\n  sample, with a year:\n${sample(extractorOnly.filter((e) => !withoutYear.includes(e))).join('\n')}\n`,
    );
    expect(regexOnly.length).toBeLessThanOrEqual(regex.size * 0.01);
  });

  it('writes r.chapterVII from the text: counts per decade, equal to the graph', async () => {
    const byDecade = new Map<string, { yes: number; no: number }>();
    for (const t of texts) {
      const decade = `${Math.floor((t.year ?? 0) / 10) * 10}s`;
      const e = byDecade.get(decade) ?? { yes: 0, no: 0 };
      if (chapterVIIFromText(t.text)) e.yes++;
      else e.no++;
      byDecade.set(decade, e);
    }
    const rows = await db.read(
      { name: 'test/corpus/chapterVII', text: 'MATCH (r:Resolution) RETURN r.number AS number, r.chapterVII AS value' },
      {},
      z.object({ number: z.number(), value: z.boolean().nullable() }),
    );
    const stored = new Map(rows.map((r) => [r.number, r.value]));
    const mismatches = texts.filter((t) => stored.has(t.number) && stored.get(t.number) !== chapterVIIFromText(t.text)).map((t) => t.number);
    process.stdout.write(
      `\n[figures] Chapter VII per decade (true / texts)\n${[...byDecade].sort().map(([d, e]) => `${d}: ${e.yes} / ${e.yes + e.no}`).join('\n')}\n` +
        `  without text (null): ${rows.filter((r) => r.value === null).length}; graph vs text mismatches: ${mismatches.length} ${mismatches.slice(0, 20).join(' ')}\n`,
    );
    // 542 and 778 hold another resolution's text (see corpus.test.ts) and are stored without one.
    expect(mismatches.filter((n) => n !== 542 && n !== 778)).toEqual([]);
    expect(rows.filter((r) => r.value === true).length).toBeGreaterThan(700);
  });
});
