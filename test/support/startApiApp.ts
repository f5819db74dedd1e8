import { startApp, type App } from '../../src/app/startApp';
import { createLogger } from '../../src/logger';
import { testConfig } from './testConfig';
import { loadApiFixture } from './loadApiFixture';

export interface GqlResult<T> {
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }>;
}

export interface ApiHarness {
  app: App;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** Like `gql`, but fails the test when the response carries errors. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** Resets the database to the API fixture and starts the real HTTP server on a free port. */
export async function startApiApp(overrides: Record<string, string> = {}): Promise<ApiHarness> {
  const app = await startApp(testConfig(overrides), createLogger('silent'));
  await loadApiFixture(app.db);
  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  };
  return {
    app,
    gql,
    async data<T>(query: string, variables?: Record<string, unknown>) {
      const result = await gql<T>(query, variables);
      if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as T;
    },
  };
}
