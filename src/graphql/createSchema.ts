import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from '../resolvers/resolvers';
import { loadTypeDefs } from './loadTypeDefs';

/** The executable schema, built once per server and shared by Apollo (HTTP) and graphql-ws (WebSocket). */
export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
}
