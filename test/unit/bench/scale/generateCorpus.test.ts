import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../../../bench/scale/generateCorpus';
import { parseCsv } from '../../../../bench/lib/parseCsv';

/** A tiny source corpus in the shared formats, written here (no shared data is copied). */
function writeSource(dir: string): void {
  const res = [
    { number: 1, symbol: 'S/RES/1 (1946)', year: 1946, date: '1946-01-25', title: 'One', meeting: 'S/PV.2', members: [], text: null },
    { number: 2, symbol: 'S/RES/2 (1946)', year: 1946, date: '1946-01-30', title: 'Two', meeting: 'S/PV.3', members: [], text: 'The Security Council,\nRecalling resolution 1 (1946) about the Military Staff Committee,\n1. Decides to remain seized of the matter and to keep it under review.' },
    { number: 3, symbol: 'S/RES/3 (1947)', year: 1947, date: '1947-04-04', title: 'Three', meeting: 'S/PV.4', members: [], text: 'The Security Council,\nNoting with concern the situation described in the report of the Committee,\n1. Requests a further report on the situation within three months of today.' },
  ];
  fs.writeFileSync(path.join(dir, 'resolutions.jsonl'), res.map((r) => JSON.stringify(r)).join('\n'));
  fs.writeFileSync(path.join(dir, 'citations.csv'), 'from,to,verb,source,context\n2,1,Recalling,text,"resolution 1 (1946)"\n3,2,Noting,text,x\n3,1,Noting,text,y\n');
  fs.writeFileSync(path.join(dir, 'meetings.jsonl'), ['S/PV.2', 'S/PV.3', 'S/PV.4'].map((m, i) => JSON.stringify({ meeting: m, date: '1946-01-25', resolutions: [i + 1] })).join('\n'));
  fs.writeFileSync(path.join(dir, 'council_membership.csv'), 'year,code,name,permanent,regional_group\n1946,FRA,France,True,\n');
}

const hashDir = (dir: string) =>
  fs
    .readdirSync(dir)
    .sort()
    .map((f) => crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex'))
    .join(',');

describe('generateCorpus', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'unsc-gen-'));
  const source = path.join(tmp, 'source');
  fs.mkdirSync(source);
  writeSource(source);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('is reproducible: the same seed writes byte-identical files, another seed does not', () => {
    generateCorpus({ sourceDir: source, outDir: path.join(tmp, 'a'), factor: 4, seed: 7 });
    generateCorpus({ sourceDir: source, outDir: path.join(tmp, 'b'), factor: 4, seed: 7 });
    generateCorpus({ sourceDir: source, outDir: path.join(tmp, 'c'), factor: 4, seed: 8 });
    expect(hashDir(path.join(tmp, 'a'))).toBe(hashDir(path.join(tmp, 'b')));
    expect(hashDir(path.join(tmp, 'a'))).not.toBe(hashDir(path.join(tmp, 'c')));
  });

  it('scales counts by the factor and keeps every citation pointing to an earlier year', () => {
    const out = path.join(tmp, 'd');
    const stats = generateCorpus({ sourceDir: source, outDir: out, factor: 5, seed: 1 });
    expect(stats.resolutions).toBe(15);
    expect(stats.citations).toBe(15);
    expect(stats.meetings).toBe(15);
    const records = fs.readFileSync(path.join(out, 'resolutions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => r.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const year = new Map(records.map((r) => [r.number as number, r.year as number]));
    for (const e of parseCsv(fs.readFileSync(path.join(out, 'citations.csv'), 'utf8'))) {
      expect(Number(e.to)).toBeLessThan(Number(e.from));
      expect(year.get(Number(e.to))!).toBeLessThanOrEqual(year.get(Number(e.from))!);
    }
    const r7 = records.find((r) => r.number === 7)!;
    expect(r7.symbol).toBe('S/RES/7 (1946)');
    expect(String(r7.text)).toMatch(/^The Security Council,\nRecalling its resolution \d+ \(1946\),/);
  });
});
