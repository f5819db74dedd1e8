import { badInput } from '../../errors/AppError';
import type { PageInfo } from '../../generated/graphql';
import { DEFAULT_FIRST, MAX_FIRST, MAX_OFFSET } from '../../limits';

import type { PageRequest } from '../../../loaders/resolution';

export type { PageRequest };

const PREFIX = 'o:';

/** Cursors already written, by offset: every edge of every page gets one, and the same offsets recur. */
const cursors: string[] = [];

/** Cursors are opaque to clients: base64 of an offset into the connection's total order. */
export function encodeCursor(offset: number): string {
  // Offsets above MAX_OFFSET + MAX_FIRST never reach here (pageRequest refuses them), so the memo stays bounded.
  if (Number.isInteger(offset) && offset >= 0 && offset <= MAX_OFFSET + MAX_FIRST) {
    cursors[offset] ??= Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64');
    return cursors[offset]!;
  }
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const match = /^o:(\d{1,6})$/.exec(text);
  const offset = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(offset) || offset > MAX_OFFSET || encodeCursor(offset) !== cursor) {
    throw badInput('`after` is not a cursor this API issued.', { argument: 'after' });
  }
  return offset;
}

/** Checks `first` (1..MAX_FIRST) and decodes `after`; the next page starts right after the cursor. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined, max = MAX_FIRST): PageRequest {
  const limit = first ?? DEFAULT_FIRST;
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw badInput(`\`first\` must be between 1 and ${max}; got ${limit}.`, { argument: 'first', max });
  }
  const offset = after ? decodeCursor(after) + 1 : 0;
  return { offset, limit };
}

/**
 * Builds edges and pageInfo from rows fetched with `limit + 1`: the extra row only says a next page exists.
 * When the caller knows the total instead, it passes `total` and fetches exactly `limit` rows.
 */
export function toPage<T, E>(rows: T[], page: PageRequest, edge: (row: T, cursor: string) => E, total?: number): { edges: E[]; pageInfo: PageInfo } {
  const kept = rows.slice(0, page.limit);
  const edges = kept.map((row, i) => edge(row, encodeCursor(page.offset + i)));
  return {
    edges,
    pageInfo: {
      hasNextPage: total === undefined ? rows.length > page.limit : page.offset + kept.length < total,
      hasPreviousPage: page.offset > 0,
      startCursor: kept.length > 0 ? encodeCursor(page.offset) : null,
      endCursor: kept.length > 0 ? encodeCursor(page.offset + kept.length - 1) : null,
    },
  };
}
