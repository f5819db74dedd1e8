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

/** Seat row keys (cypher/fragments/seat.cypher) that fields on `Member` and `CouncilSeat` read, besides the ones every seat carries. */
const SEAT_NEEDS: Record<string, Record<string, string>> = {
  Member: { name: 'name', permanent: 'memberPermanent' },
  CouncilSeat: { voteSource: 'voteSource' },
};

/** The row keys one operation document reads (see {@link rowKeysOf}). */
export interface DocumentRowKeys {
  resolution: ReadonlySet<string>;
  seat: ReadonlySet<string>;
}

const memo = new WeakMap<DocumentNode, DocumentRowKeys>();

/**
 * The row keys an operation document can read: every field selected on `Resolution` anywhere in it (any
 * operation, any fragment), mapped to the keys that feed it, and likewise the seat keys of every field selected
 * on `CouncilSeat` and on `Member` anywhere (a member selected outside a seat costs its seats nothing but a
 * name). A superset of what execution will read, so one projection serves every read of the request and the
 * loaders' cached rows always hold what later resolvers ask for. Apollo reuses parsed documents, hence the memo.
 */
export function rowKeysOf(schema: GraphQLSchema, document: DocumentNode): DocumentRowKeys {
  const hit = memo.get(document);
  if (hit) return hit;
  const resolution = new Set<string>();
  const seat = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!isObjectType(parent)) return;
        const field = node.name.value;
        const seatKey = SEAT_NEEDS[parent.name]?.[field];
        if (seatKey) seat.add(seatKey);
        if (parent.name === 'SearchHit' && field === 'snippets') for (const k of SNIPPET_NEEDS) resolution.add(k);
        if (parent.name !== 'Resolution') return;
        resolution.add(field);
        for (const k of NEEDS[field] ?? []) resolution.add(k);
      },
    }),
  );
  const keys = { resolution, seat };
  memo.set(document, keys);
  return keys;
}

/** Sets each request's {@link RowSelection} from its document once the operation is known, before execution. */
export function createRowSelectionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema }) {
          const keys = rowKeysOf(schema, document);
          contextValue.loaders.selection.resolution = keys.resolution;
          contextValue.loaders.selection.seat = keys.seat;
        },
      };
    },
  };
}
