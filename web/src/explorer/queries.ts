// The explorer's GraphQL documents, bundled as text. A unit test validates each against schema/*.graphql.
import graphQuery from './graphql/graph.graphql?raw';
import moreCitationsQuery from './graphql/moreCitations.graphql?raw';
import pathQuery from './graphql/path.graphql?raw';
import resolutionQuery from './graphql/resolution.graphql?raw';
import searchQuery from './graphql/search.graphql?raw';

export const QUERIES = {
  search: searchQuery,
  resolution: resolutionQuery,
  moreCitations: moreCitationsQuery,
  graph: graphQuery,
  path: pathQuery,
};
