import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config/loadConfig';

describe('loadConfig: hardening settings', () => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'unsc-cfg-hard-'));

  it('has documented defaults: limits on, rate limiting off, batching capped at 5', () => {
    const c = loadConfig({}, cwd);
    expect(c.limits).toEqual({ maxDepth: 10, maxAliases: 20, maxDirectives: 10, maxTokens: 2000, maxCost: 20000, maxBatchOperations: 5 });
    expect(c.http).toEqual({ requestTimeoutMs: 30000, headersTimeoutMs: 10000, keepAliveTimeoutMs: 5000, trustProxy: false });
    expect(c.rateLimit).toEqual({ max: 0, windowMs: 60000 });
    expect(c.dbRetryMaxDelayMs).toBe(30000);
  });

  it('reads every limit from the environment', () => {
    const c = loadConfig(
      {
        QUERY_MAX_DEPTH: '7',
        QUERY_MAX_ALIASES: '3',
        QUERY_MAX_DIRECTIVES: '2',
        QUERY_MAX_TOKENS: '500',
        QUERY_MAX_COST: '1234',
        MAX_BATCH_OPERATIONS: '1',
        HTTP_REQUEST_TIMEOUT_MS: '2000',
        HTTP_HEADERS_TIMEOUT_MS: '1000',
        RATE_LIMIT_MAX: '60',
        RATE_LIMIT_WINDOW_MS: '1000',
        TRUST_PROXY: 'yes',
      },
      cwd,
    );
    expect(c.limits).toMatchObject({ maxDepth: 7, maxAliases: 3, maxDirectives: 2, maxTokens: 500, maxCost: 1234, maxBatchOperations: 1 });
    expect(c.http).toMatchObject({ requestTimeoutMs: 2000, headersTimeoutMs: 1000, trustProxy: true });
    expect(c.rateLimit).toEqual({ max: 60, windowMs: 1000 });
  });

  it('reports every bad hardening value at once', () => {
    let error: unknown;
    try {
      loadConfig({ QUERY_MAX_DEPTH: '1', QUERY_MAX_COST: 'lots', RATE_LIMIT_MAX: '-1', MAX_BATCH_OPERATIONS: '0', TRUST_PROXY: 'maybe' }, cwd);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(5);
    for (const key of ['QUERY_MAX_DEPTH', 'QUERY_MAX_COST', 'RATE_LIMIT_MAX', 'MAX_BATCH_OPERATIONS', 'TRUST_PROXY']) {
      expect(problems.join('\n')).toContain(key);
    }
  });

  it('refuses a headers timeout longer than the request timeout', () => {
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '2000', HTTP_HEADERS_TIMEOUT_MS: '5000' }, cwd)).toThrow(/HTTP_HEADERS_TIMEOUT_MS/);
  });
});
