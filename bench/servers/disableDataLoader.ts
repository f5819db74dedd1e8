/**
 * Preloaded (`node -r`) into the "DataLoader off" contender only: every DataLoader the API creates
 * is built with `batch: false, cache: false`, so each `load(key)` is its own Cypher round trip, as
 * naive per-field resolvers would make, and the resolution-page look-ahead (which only primes
 * loaders) is off. The API code is untouched; this is the bench's switch.
 */
import Module from 'node:module';

const req = Module.createRequire(__filename);
const id = req.resolve('dataloader');
type Ctor = new (batch: unknown, options?: Record<string, unknown>) => object;
const Original = req('dataloader') as Ctor;

class UnbatchedDataLoader extends Original {
  constructor(batch: unknown, options?: Record<string, unknown>) {
    super(batch, { ...options, batch: false, cache: false });
  }
}

const cached = req.cache[id];
if (!cached) throw new Error('dataloader did not load');
cached.exports = UnbatchedDataLoader;

// Naive resolvers do not look ahead: no plan, so `resolution(number)` uses its loader alone.
const plan = req('../../src/resolvers/resolution/planResolutionPage') as { planResolutionPage: () => null };
plan.planResolutionPage = () => null;
