import type { ApolloServerPlugin } from '@apollo/server';
import { isObjectType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type FieldNode, type GraphQLResolveInfo, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { resolutionRowKeys } from '../db/CypherQuery';
import type { Context } from './Context';

/** Row keys a `Resolution` field needs besides its own name (fields resolved from other keys or loaders). */
const NEEDS: Record<string, string[]> = {
  votes: ['modality', 'votesYes', 'votesNo', 'votesAbstain', 'votesNonVoting', 'unanimous'],
  text: ['hasText'],
};

/** Row keys `SearchHit.snippets` reads from its hit's resolution: whether it has text, and the title for a title snippet. */
const SNIPPET_NEEDS = ['hasText', 'title'];

/** Adds the row keys the `Resolution` field `name` reads. */
function addKeysOfField(keys: Set<string>, name: string): void {
  keys.add(name);
  for (const k of NEEDS[name] ?? []) keys.add(k);
}

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
        addKeysOfField(resolution, field);
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

/**
 * The names of the fields selected at the end of `path` under `nodes` (`['edges', 'node']` under a
 * connection field), under any alias, through every inline fragment and fragment spread whatever its type
 * condition and whatever @skip/@include say: a superset of what execution reads there, for pruning a
 * projection without ever leaving out a field some branch needs.
 */
function fieldNamesAt(info: GraphQLResolveInfo, nodes: readonly FieldNode[], path: readonly string[]): Set<string> {
  const names = new Set<string>();
  const visitSet = (set: SelectionSetNode | undefined, depth: number, seenFragments: ReadonlySet<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        if (depth === path.length) names.add(selection.name.value);
        else if (selection.name.value === path[depth]) visitSet(selection.selectionSet, depth + 1, seenFragments);
      } else if (selection.kind === 'InlineFragment') {
        visitSet(selection.selectionSet, depth, seenFragments);
      } else if (!seenFragments.has(selection.name.value)) {
        visitSet(info.fragments[selection.name.value]?.selectionSet, depth, new Set([...seenFragments, selection.name.value]));
      }
    }
  };
  for (const node of nodes) visitSet(node.selectionSet, 0, new Set());
  return names;
}

/**
 * The Resolution row keys the `node`s of one citation connection field (`cites` or `citedBy`, given by
 * its field nodes) read, in fragment order: what a page of it projects for the resolutions at the other
 * end, and part of its page's loader key (`CitationPageKey.nodeKeys`), so that a page cut to one
 * selection never serves another that needs more.
 */
export function citationNodeKeys(info: GraphQLResolveInfo, connection: readonly FieldNode[]): string[] {
  const keys = new Set<string>();
  for (const name of fieldNamesAt(info, connection, ['edges', 'node'])) addKeysOfField(keys, name);
  return resolutionRowKeys().filter((k) => keys.has(k));
}
