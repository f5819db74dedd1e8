import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../../src/projectRoot';

/**
 * The @neo4j/graphql v7 contender: its generated schema over our graph, served by Apollo Server's
 * standalone HTTP server. Env: NEO4J_URI, NEO4J_PASSWORD. Prints `{"ready":true,"url":...}`.
 */
async function main(): Promise<void> {
  const driver = neo4j.driver(process.env.NEO4J_URI ?? '', neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? ''), { maxConnectionPoolSize: 50 });
  const typeDefs = fs.readFileSync(path.join(projectRoot(), 'bench', 'servers', 'neo4jGraphqlTypeDefs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema, introspection: false });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  process.stdout.write(`${JSON.stringify({ ready: true, url })}\n`);
  process.on('SIGTERM', () => void server.stop().then(() => driver.close()).then(() => process.exit(0)));
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
