import fs from 'node:fs';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../../src/projectRoot';
import { WORKLOADS } from '../workloads/workloads';
import { encodeParams, type QueryTrace, type TracedQuery } from './QueryTrace';

// The statement @neo4j/graphql runs, taken where it hands it to the driver (its debug log prints the same).
// The package exports no subpaths, so its Executor is required by file, the very module its index loaded.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Executor } = require(path.join(path.dirname(require.resolve('@neo4j/graphql')), 'classes', 'Executor.js')) as {
  Executor: { prototype: { transactionRun(query: string, params: Record<string, unknown>, tx: unknown): unknown; addCypherOptionsToQuery(q: string): string } };
};

/**
 * Child-process entry: runs every workload's @neo4j/graphql operation once per variant through that
 * library (the contender's own schema and driver) and writes the Cypher it generated, with its exact
 * parameters, to TRACE_FILE as floor traces. The floor server then replays them raw: the second floor,
 * the best-known statement for each workload that the peer answers. Env: NEO4J_URI, NEO4J_PASSWORD, WORKLOADS.
 */
async function main(): Promise<void> {
  const driver = neo4j.driver(process.env.NEO4J_URI ?? '', neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? ''));
  const typeDefs = fs.readFileSync(path.join(projectRoot(), 'bench', 'servers', 'neo4jGraphqlTypeDefs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  let recording: TracedQuery[] = [];
  const original = Executor.prototype.transactionRun;
  Executor.prototype.transactionRun = function (this: typeof Executor.prototype, query, params, tx) {
    // Its once-per-process version check is not part of any operation.
    if (!query.includes('CALL dbms.components()')) recording.push({ name: 'neo4j-graphql', text: this.addCypherOptionsToQuery(query), params: encodeParams(params) as Record<string, unknown> });
    return original.call(this, query, params, tx);
  };
  const only = process.env.WORKLOADS?.split(',');
  const traces: QueryTrace[] = [];
  try {
    for (const w of WORKLOADS.filter((x) => x.neo4jGraphql && (!only || only.includes(x.id)))) {
      for (let v = 0; v < w.neo4jGraphql!.variants.length; v++) {
        recording = [];
        const result = await graphql({ schema, source: w.neo4jGraphql!.query, variableValues: w.neo4jGraphql!.variants[v]!, contextValue: {} });
        if (result.errors) throw new Error(`${w.id}/${v}: ${JSON.stringify(result.errors).slice(0, 400)}`);
        // Each operation here is one statement, so each trace is one wave.
        traces.push({ workload: w.id, variant: v, waves: [recording], roundTrips: recording.length });
      }
    }
    fs.writeFileSync(process.env.TRACE_FILE ?? 'traces-peer.json', JSON.stringify(traces, null, 1));
  } finally {
    await driver.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
