import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusPlan } from '../../support/corpus';

/** A project folder with (or without) a ../shared/data/unsc corpus beside it. */
function project(withCorpus: boolean): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'unsc-corpus-plan-'));
  if (withCorpus) {
    fs.mkdirSync(path.join(root, 'shared', 'data', 'unsc'), { recursive: true });
    fs.writeFileSync(path.join(root, 'shared', 'data', 'unsc', 'resolutions.jsonl'), '');
  }
  fs.mkdirSync(path.join(root, 'project'));
  return path.join(root, 'project');
}

describe('corpusPlan: corpus tests skip only outside CI', () => {
  const bare = project(false);
  const withCorpus = project(true);

  it('fails, not skips, a missing corpus when CI=true', () => {
    const plan = corpusPlan({ CI: 'true' }, bare);
    expect(plan.action).toBe('fail');
    expect(plan.action === 'fail' && plan.reason).toMatch(/CI=true/);
  });

  it('skips a missing corpus on a developer machine (CI unset, empty or false)', () => {
    expect(corpusPlan({}, bare)).toEqual({ action: 'skip' });
    expect(corpusPlan({ CI: '' }, bare)).toEqual({ action: 'skip' });
    expect(corpusPlan({ CI: 'false' }, bare)).toEqual({ action: 'skip' });
  });

  it('fails a present corpus that globalSetup did not load, and runs a loaded one', () => {
    expect(corpusPlan({}, withCorpus).action).toBe('fail');
    expect(corpusPlan({ CI: 'true' }, withCorpus).action).toBe('fail');
    expect(corpusPlan({ NEO4J_CORPUS_URI: 'bolt://127.0.0.1:1' }, withCorpus)).toEqual({ action: 'run' });
    expect(corpusPlan({ CI: 'true', NEO4J_CORPUS_URI: 'bolt://127.0.0.1:1', DATA_DIR: '/nowhere' }, bare)).toEqual({ action: 'run' });
  });
});
