import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createDatabase } from '../../../src/app/startApp';
import { AppError } from '../../../src/errors/AppError';
import { testConfig } from '../../support/testConfig';

const slow = { name: 'test/slowQuery', text: fs.readFileSync(path.join(__dirname, 'slowQuery.cypher'), 'utf8') };

describe('Neo4j transaction timeout per request', () => {
  it('stops a query that runs past NEO4J_TX_TIMEOUT_MS with TIMEOUT, and the driver stays usable', async () => {
    const db = createDatabase(testConfig({ NEO4J_TX_TIMEOUT_MS: '500' }));
    try {
      const started = Date.now();
      let error: unknown;
      try {
        await db.read(slow, { n: 200_000 }, z.object({ c: z.number() }));
      } catch (e) {
        error = e;
      }
      const ms = Date.now() - started;
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('TIMEOUT');
      expect((error as AppError).message).not.toMatch(/UNWIND|range/);
      expect(ms).toBeLessThan(10_000);
      // A small query right after still runs.
      expect(await db.read(slow, { n: 10 }, z.object({ c: z.number() }))).toEqual([{ c: 100 }]);
    } finally {
      await db.close();
    }
  });
});
