import type { Neo4jHandle } from '../src/launcher/startNeo4j';

export default async function globalTeardown(): Promise<void> {
  const handle = (globalThis as Record<string, unknown>).__UNSC_NEO4J__ as Neo4jHandle | undefined;
  await handle?.stop();
  const corpus = (globalThis as Record<string, unknown>).__UNSC_CORPUS_NEO4J__ as Neo4jHandle | undefined;
  await corpus?.stop();
}
