import path from 'node:path';
import { detectInputs } from '../../../../src/ingest/detect/detectInputs';

const FIX = path.join(__dirname, '../../../fixtures/ingest');

describe('detectInputs', () => {
  it('reads a data directory by its known files, in dependency order', () => {
    const { files, skipped } = detectInputs([path.join(FIX, 'data')]);
    expect(skipped).toEqual([]);
    expect(files.map((f) => [path.basename(f.path), f.layout])).toEqual([
      ['council_membership.csv', 'membership'],
      ['meetings.jsonl', 'meetings'],
      ['resolutions.jsonl', 'resolutions'],
      ['dhl_votes.jsonl', 'dhl-votes'],
      ['citations.csv', 'citations'],
    ]);
  });

  it('detects pages and CR-UNSC files by content and name, and reports unknown layouts and missing paths', () => {
    const { files, skipped } = detectInputs([path.join(FIX, 'pages'), path.join(FIX, 'crunsc'), path.join(FIX, 'bad', 'notes.txt'), path.join(FIX, 'nope')]);
    expect(files.map((f) => [path.basename(f.path), f.layout])).toEqual([
      ['resolution_2900.txt', 'page'],
      ['S_RES_1267_1999_EN_BEST.txt', 'cr-unsc'],
      ['S_RES_1373_2002_EN_BEST.txt', 'cr-unsc'],
    ]);
    expect(skipped.map((s) => [path.basename(s.file), s.reason])).toEqual([
      ['notes.txt', 'unknown layout'],
      ['nope', 'no such file or directory'],
    ]);
  });
});
