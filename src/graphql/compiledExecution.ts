import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** What the executor reads of Apollo's request context (a subset of @apollo/server-gateway-interface's). */
export interface ExecutionRequest {
  readonly document: DocumentNode;
  /** Undefined when the document names no operation to run (graphql-js then answers with the reason). */
  readonly operation: OperationDefinitionNode | undefined;
  /** The SHA-256 of the query text, which Apollo computes for every request (its document store's key). */
  readonly queryHash: string;
  readonly operationName: string | null;
  readonly request: { readonly variables?: Record<string, unknown> };
  readonly context: unknown;
}

/** A map of at most `max` entries, the least recently used dropped first. */
class RecentlyUsed<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Map keeps insertion order: re-inserting makes this the most recently used entry.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * graphql-jit's errors are its own GraphQLError function (no `nodes`, and `extensions` undefined when the error it
 * wraps has none, which Apollo's error formatting cannot read). Rebuilt here as graphql-js builds the error of a
 * failed field (`locatedError`): same message, locations, path, original error and extensions, so Apollo and
 * formatError see what they would see after graphql-js.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  // A graphql-js GraphQLError always has its own `nodes`; graphql-jit's never has.
  if (Object.prototype.hasOwnProperty.call(error, 'nodes')) return error;
  const original = error.originalError ?? undefined;
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: original,
    ...(error.extensions ? { extensions: error.extensions } : {}),
  });
  // graphql-js computes `locations` from nodes; graphql-jit computed the same {line, column} list when it compiled.
  if (error.locations && error.locations.length > 0) (rebuilt as { locations?: unknown }).locations = error.locations;
  return rebuilt;
}

/** graphql-jit's error for a non-null field that resolved null (it wraps no original error). */
function isNullViolation(error: GraphQLError): boolean {
  return !error.originalError && error.message.startsWith('Cannot return null for non-nullable field ');
}

/** The options the server compiles every query with. Leaf values are serialised by each type's own `serialize`. */
const COMPILER_OPTIONS = { disablingCapturingStackErrors: true };

export interface CompiledExecutorOptions {
  /** Operations kept compiled (by query hash and operation name), the least recently used dropped first. */
  maxOperations: number;
  /**
   * Requests of one operation that graphql-js runs before it is compiled. Compiling costs a few executions'
   * CPU (docs/performance.md: 0.5-5 ms), so an operation sent once (a one-off query in the explorer, a
   * fuzzer's) is never compiled; 0 compiles at the first request.
   */
  compileAfter: number;
}

export interface CompiledExecutor {
  (request: ExecutionRequest): Promise<ExecutionResult>;
  /** How many operations are held compiled (for tests). */
  readonly compiledCount: () => number;
}

/**
 * Runs query operations through graphql-jit (each operation compiled once into plain JavaScript, after
 * `compileAfter` requests, then run for every request that sends the same query text and operation name), and
 * everything else through graphql-js: mutations and subscriptions, operations graphql-jit refuses to compile, and
 * requests whose variables graphql-js refuses (so that the error a client gets for a bad variable is graphql-js's,
 * word for word; no resolver has run then). Answers are graphql-js's, byte for byte, on the operations
 * test/integration/api/compiledExecution.test.ts runs through both: graphql-js's per-field work (an info object,
 * argument coercion and a result record for every field) was the largest allocator of our server per request
 * (docs/performance.md).
 */
export function createCompiledExecutor(schema: GraphQLSchema, options: CompiledExecutorOptions): CompiledExecutor {
  // `null` marks an operation graphql-jit could not compile: it goes on running through graphql-js.
  const compiled = new RecentlyUsed<CompiledQuery | null>(options.maxOperations);
  // Requests seen so far of operations not compiled yet; as bounded, so that a flood of one-off operations
  // pushes out only its own kind.
  const seen = new RecentlyUsed<number>(options.maxOperations);
  const run = async (request: ExecutionRequest): Promise<ExecutionResult> => {
    const { document, operation, context } = request;
    const variables = request.request.variables;
    const operationName = request.operationName ?? undefined;
    const viaGraphqlJs = () => execute({ schema, document, contextValue: context, variableValues: variables, operationName });
    if (!operation || operation.operation !== 'query') return viaGraphqlJs();
    const key = `${request.queryHash}\u0000${operationName ?? ''}`;
    let query = compiled.get(key);
    if (query === undefined) {
      const count = seen.get(key) ?? 0;
      if (count < options.compileAfter) {
        seen.set(key, count + 1);
        return viaGraphqlJs();
      }
      const result = compileQuery(schema, document, operationName, COMPILER_OPTIONS);
      query = isCompiledQuery(result) ? result : null;
      compiled.set(key, query);
    }
    if (query === null) return viaGraphqlJs();
    if (operation.variableDefinitions && operation.variableDefinitions.length > 0) {
      const coerced = getVariableValues(schema, operation.variableDefinitions, variables ?? {}, { maxErrors: 50 });
      if (coerced.errors) return viaGraphqlJs();
    }
    const result = await query.query(undefined, context, variables);
    // Without data no field has run (graphql-jit refused the variables): graphql-js answers with its own words.
    if (result.data === undefined) return viaGraphqlJs();
    if (!result.errors) return result;
    // A non-null field that resolved null: graphql-jit lists these errors after the others and goes on completing
    // the parent's remaining fields, where graphql-js stops at the first and lists errors as they happen. Only a
    // bug of ours reaches this (every such answer is an INTERNAL_SERVER_ERROR), so the operation runs again through
    // graphql-js and its answer is the one sent.
    if (result.errors.some(isNullViolation)) return viaGraphqlJs();
    // graphql-js's key order (errors first) so that the JSON is the same text.
    return { errors: result.errors.map(asGraphqlJsError), data: result.data };
  };
  return Object.assign(run, { compiledCount: () => compiled.size });
}

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];

/**
 * Apollo Server 5 takes another executor only through its `gateway` option (the interface Apollo Gateway
 * implements): `load()` hands it `{ executor }`, and the schema comes through `onSchemaLoadOrUpdate`. Apollo's
 * pipeline is otherwise unchanged: parsing, validation with our limits, every plugin hook (the cache policy, the row
 * selection, the response cache), error formatting and the HTTP answer. The schema never changes while the server
 * runs, so it is announced once.
 */
export function createCompiledExecutionGateway(schema: GraphQLSchema, executor: CompiledExecutor): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return { executor: executor as never };
    },
    async stop() {},
  };
}
