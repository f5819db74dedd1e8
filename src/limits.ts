/**
 * Every cap the API enforces, in one place: the SDL doc strings state the same numbers, and the
 * hardening layer (query cost) reads them from here.
 */

/** Page size bounds for every connection (`first`). */
export const MAX_FIRST = 100;
export const DEFAULT_FIRST = 20;
/** The deepest offset a cursor may point at: beyond the corpus size, with room to grow. */
export const MAX_OFFSET = 100_000;

/** `search`: longest accepted query string, and snippets per hit. */
export const MAX_SEARCH_QUERY_LENGTH = 500;
export const DEFAULT_SNIPPETS = 3;
export const MAX_SNIPPETS = 10;
/** Characters of paragraph text kept around the first match in a snippet. */
export const SNIPPET_CHARS = 320;
/** `search.totalCount` counts exactly up to this many matches; beyond, it is this number and `totalCountIsExact` is false. */
export const SEARCH_COUNT_CAP = 10_000;
/** Topic facet entries returned. */
export const MAX_TOPIC_FACETS = 30;

/** `citationChain`: depth 1..5, at most 2000 entries. */
export const CHAIN_MAX_DEPTH = 5;
export const CHAIN_DEFAULT_DEPTH = 2;
export const CHAIN_MAX_RESULTS = 2000;

/** `citationPaths`: depth 1..6, at most 50 paths. */
export const PATHS_MAX_DEPTH = 6;
export const PATHS_MAX_LIMIT = 50;

/** `citationGraph`: 1..50 seeds, depth 0..3, at most 1000 nodes. */
export const GRAPH_MAX_SEEDS = 50;
export const GRAPH_MAX_DEPTH = 3;
export const GRAPH_MAX_LIMIT = 1000;
export const GRAPH_DEFAULT_LIMIT = 200;

/** `stats` rankings. */
export const MAX_RANKING = 100;
export const MAX_RANKING_PER_PERIOD = 20;

/** `nodes(ids:)`: at most 100 global IDs. */
export const MAX_NODE_IDS = 100;
