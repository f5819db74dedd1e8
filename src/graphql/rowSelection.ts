import type { ApolloServerPlugin } from '@apollo/server';
import { isObjectType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Context } from './Context';

/** Row keys a `Resolution` field needs besides its own name (fields resolved from other keys or loaders). */
const NEEDS: Record<string, string[]> = {
  votes: ['modality', 'votesYes', 'votesNo', 'votesAbstain', 'votesNonVoting', 'unanimous'],
  text: ['hasText'],
};

/** Row keys `SearchHit.snippets` reads from its hit's resolution: whether it has text, and the title for a title snippet. */
const SNIPPET_NEEDS = ['hasText', 'title'];

const memo = new WeakMap<DocumentNode, ReadonlySet<string>>();

/**
 * The Resolution row keys an operation document can read: every field selected on `Resolution`
 * anywhere in it (any operation, any fragment), mapped to the keys that feed it. A superset of what
 * execution will read, so one projection serves every read of the request and the loaders' cached
 * rows always hold what later resolvers ask for. Apollo reuses parsed documents, hence the memo.
 */
export function resolutionKeysOf(schema: GraphQLSchema, document: DocumentNode): ReadonlySet<string> {
  const hit = memo.get(document);
  if (hit) return hit;
  const keys = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (isObjectType(parent) && parent.name === 'SearchHit' && node.name.value === 'snippets') for (const k of SNIPPET_NEEDS) keys.add(k);
        if (!isObjectType(parent) || parent.name !== 'Resolution') return;
        keys.add(node.name.value);
        for (const k of NEEDS[node.name.value] ?? []) keys.add(k);
      },
    }),
  );
  memo.set(document, keys);
  return keys;
}

/** Sets each request's {@link RowSelection} from its document once the operation is known, before execution. */
export function createRowSelectionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema }) {
          contextValue.loaders.selection.resolution = resolutionKeysOf(schema, document);
        },
      };
    },
  };
}
