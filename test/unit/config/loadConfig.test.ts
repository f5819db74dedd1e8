import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONFIG_EXIT_CODE, ConfigError, loadConfig, loadEntryConfig } from '../../../src/config/loadConfig';

describe('loadConfig', () => {
  const emptyCwd = fs.mkdtempSync(path.join(os.tmpdir(), 'unsc-cfg-'));

  it('gives the documented defaults for an empty environment', () => {
    const c = loadConfig({}, emptyCwd);
    expect(c.port).toBe(4000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.neo4j.uri).toBe('bolt://127.0.0.1:7687');
    expect(c.neo4j.managed).toBe(true);
    expect(c.neo4j.user).toBe('neo4j');
    expect(c.neo4j.database).toBe('neo4j');
    expect(c.dataDir).toBeNull();
    expect(c.introspection).toBe(true);
    expect(c.playground).toBe(true);
  });

  it('treats an external NEO4J_URI as unmanaged and keeps it', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }, emptyCwd);
    expect(c.neo4j.managed).toBe(false);
    expect(c.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it('runs in production mode unless NODE_ENV says otherwise: stack traces only with NODE_ENV=development', () => {
    expect(loadConfig({}, emptyCwd)).toMatchObject({ env: 'production', stackTraces: false });
    expect(loadConfig({ NODE_ENV: 'test' }, emptyCwd).stackTraces).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }, emptyCwd).stackTraces).toBe(true);
  });

  it('keeps introspection and the playground on in every mode, each can be turned off', () => {
    expect(loadConfig({ NODE_ENV: 'production' }, emptyCwd)).toMatchObject({ introspection: true, playground: true });
    expect(loadConfig({ INTROSPECTION: 'false' }, emptyCwd)).toMatchObject({ introspection: false, playground: true });
    expect(loadConfig({ PLAYGROUND: 'no' }, emptyCwd)).toMatchObject({ introspection: true, playground: false });
  });

  it('reads CORS origins, the cache max-age and the persisted-query switch', () => {
    expect(loadConfig({}, emptyCwd)).toMatchObject({ corsOrigins: '*', cacheMaxAgeSeconds: 300, persistedQueries: true });
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://b.example:8080/', CACHE_MAX_AGE: '0', PERSISTED_QUERIES: 'false' }, emptyCwd)).toMatchObject({
      corsOrigins: ['https://a.example', 'http://b.example:8080'],
      cacheMaxAgeSeconds: 0,
      persistedQueries: false,
    });
    expect(() => loadConfig({ CORS_ORIGINS: 'example.org' }, emptyCwd)).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example/path' }, emptyCwd)).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CACHE_MAX_AGE: '-1' }, emptyCwd)).toThrow(/CACHE_MAX_AGE/);
  });

  it('reports every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud', NEO4J_PASSWORD: 'short' }, emptyCwd);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/NEO4J_URI/);
    expect(problems).toMatch(/LOG_LEVEL/);
    expect(problems).toMatch(/NEO4J_PASSWORD/);
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('reports the directory and timeout problems together with the malformed values, not after them', () => {
    const written: string[] = [];
    expect(loadEntryConfig({ PORT: 'eighty', DATA_DIR: '/definitely/not/here', SEEDS_DIR: '/not/here/either', HTTP_REQUEST_TIMEOUT_MS: '5000', HTTP_HEADERS_TIMEOUT_MS: '9000' }, emptyCwd, { write: (t: string) => written.push(t) })).toBeNull();
    const problems = written.join('').split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4));
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATA_DIR', 'HTTP_HEADERS_TIMEOUT_MS', 'PORT', 'SEEDS_DIR']);
  });

  it('loadEntryConfig: the config, or the problems on stderr and null (both entries then exit 2)', () => {
    const written: string[] = [];
    const stderr = { write: (s: string) => written.push(s) };
    expect(loadEntryConfig({}, emptyCwd, stderr)?.port).toBe(4000);
    expect(written).toEqual([]);
    expect(loadEntryConfig({ PORT: 'eighty', DATA_DIR: '/definitely/not/here' }, emptyCwd, stderr)).toBeNull();
    expect(written.join('')).toMatch(/^invalid configuration:\n  - PORT: .*\n  - DATA_DIR: .*\n$/);
    expect(CONFIG_EXIT_CODE).toBe(2);
  });

  it('rejects a DATA_DIR that does not exist', () => {
    expect(() => loadConfig({ DATA_DIR: '/definitely/not/here' }, emptyCwd)).toThrow(/DATA_DIR/);
  });

  it('defaults DATA_DIR to ../shared/data/unsc when that corpus is present', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'unsc-cfg-root-'));
    const project = path.join(root, 'project');
    fs.mkdirSync(path.join(root, 'shared', 'data', 'unsc'), { recursive: true });
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(root, 'shared', 'data', 'unsc', 'resolutions.jsonl'), '');
    expect(loadConfig({}, project).dataDir).toBe(path.join(root, 'shared', 'data', 'unsc'));
  });
  it('defaults SEEDS_DIR to ../shared/seeds when present, else null, and rejects a missing one', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'unsc-cfg-seeds-'));
    const project = path.join(root, 'project');
    fs.mkdirSync(project);
    expect(loadConfig({}, project).seedsDir).toBeNull();
    fs.mkdirSync(path.join(root, 'shared', 'seeds'), { recursive: true });
    expect(loadConfig({}, project).seedsDir).toBe(path.join(root, 'shared', 'seeds'));
    expect(loadConfig({ SEEDS_DIR: root }, project).seedsDir).toBe(root);
    expect(() => loadConfig({ SEEDS_DIR: '/definitely/not/here' }, project)).toThrow(/SEEDS_DIR/);
  });
});
