import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { warmUntilSteady } from '../../../../bench/lib/warmUntilSteady';

/** A local HTTP server whose n-th request waits delays[n] ms (the last delay after that) and answers `body`. */
async function serve(delays: number[], body: string): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let n = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    const wait = delays[Math.min(n, delays.length - 1)]!;
    n++;
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(body), wait);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, count: () => n, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('warmUntilSteady', () => {
  it('keeps sending rounds while they still get faster, and stops once two agree', async () => {
    // Two bodies a round: rounds of 2 x 300, 2 x 100, then 2 x 20 ms; steady from the fourth round on (a later
    // one on a machine so busy that two 40 ms rounds differ by half).
    const s = await serve([300, 300, 100, 100, 20], '{"data":{}}');
    try {
      const r = await warmUntilSteady({ url: s.url, bodies: ['{"a":1}', '{"a":2}'], tolerance: 0.5, minRounds: 2 });
      expect(r.steady).toBe(true);
      expect(r.roundsMs.length).toBeGreaterThanOrEqual(4);
      expect(r.roundsMs.length).toBeLessThanOrEqual(6);
      expect(r.roundsMs[0]!).toBeGreaterThan(3 * r.roundsMs[r.roundsMs.length - 1]!);
      expect(s.count()).toBe(2 * r.roundsMs.length);
    } finally {
      await s.close();
    }
  });

  it('says so when the rounds never settle within maxRounds', async () => {
    const s = await serve([10, 80, 10, 80, 10, 80], '{"data":{}}');
    try {
      const r = await warmUntilSteady({ url: s.url, bodies: ['{}'], tolerance: 0.1, minRounds: 2, maxRounds: 5 });
      expect(r.steady).toBe(false);
      expect(r.roundsMs.length).toBe(5);
    } finally {
      await s.close();
    }
  });

  it('stops on a GraphQL error: a broken server is not warmed and then measured', async () => {
    const s = await serve([0], '{"errors":[{"message":"boom"}]}');
    try {
      await expect(warmUntilSteady({ url: s.url, bodies: ['{}'] })).rejects.toThrow(/warm-up request failed/);
    } finally {
      await s.close();
    }
  });
});
