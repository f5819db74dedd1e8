import { Database } from '../../src/db/Database';
import type { BenchNeo4j } from './benchNeo4j';

/** The bench's own connection for setup and counts: long timeouts, because a loaded machine is the normal case here. */
export function benchDatabase(neo: BenchNeo4j): Database {
  return new Database({ uri: neo.uri, user: 'neo4j', password: neo.password, database: 'neo4j', txTimeoutMs: 3_600_000, connectTimeoutMs: 60_000 });
}
