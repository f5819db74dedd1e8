export interface WarmSpec {
  /** The GraphQL endpoint. */
  url: string;
  /** JSON request bodies; a round sends each once, one after another. */
  bodies: string[];
  /** Steady: a round within this share of the previous one (0.15 = 15 %). */
  tolerance?: number;
  minRounds?: number;
  maxRounds?: number;
}

export interface WarmResult {
  /** Wall time of each round in ms, in order. */
  roundsMs: number[];
  /** False when maxRounds ran out before two rounds agreed. */
  steady: boolean;
}

/**
 * Sends every body, in turn, round after round, until a round takes within `tolerance` of the round
 * before it: the state a freshly started store reaches once each query has read its index entries and pages
 * and the server has compiled its paths. A timed warm-up of a few seconds is not enough on a cold store (a
 * first full-text search over it can take seconds, so a 5 s warm-up may send only a handful of requests).
 * Any non-2xx answer or GraphQL error stops the warm-up: a cell measured on a broken server is no figure.
 */
export async function warmUntilSteady(spec: WarmSpec): Promise<WarmResult> {
  const tolerance = spec.tolerance ?? 0.15;
  const minRounds = spec.minRounds ?? 3;
  const maxRounds = spec.maxRounds ?? 12;
  const roundsMs: number[] = [];
  for (let round = 0; round < maxRounds; round++) {
    const t = performance.now();
    for (const body of spec.bodies) {
      const res = await fetch(spec.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await res.text();
      if (!res.ok || text.includes('"errors":[')) throw new Error(`warm-up request failed (${res.status}): ${text.slice(0, 300)}`);
    }
    roundsMs.push(performance.now() - t);
    const [prev, last] = roundsMs.slice(-2);
    if (roundsMs.length >= minRounds && prev !== undefined && last !== undefined && Math.abs(last - prev) <= tolerance * prev) {
      return { roundsMs, steady: true };
    }
  }
  return { roundsMs, steady: false };
}
