import type { ResolversTypes } from '../../generated/graphql';
import type { CitationPage } from '../../../loaders/citations';
import { toPage, type PageRequest } from '../common/pagination';

/** A citation page as a connection; the page was fetched with exactly `limit` rows, so `total` says if more exist. */
export function citationConnection(result: CitationPage, page: PageRequest): ResolversTypes['CitationConnection'] {
  const { edges, pageInfo } = toPage(
    result.items,
    page,
    (item, cursor) => ({
      cursor,
      node: item.resolution,
      verb: item.verb,
      paragraph: item.paragraph,
      context: item.context,
      source: item.source,
      sources: item.sources,
      mentions: item.mentions,
    }),
    result.total,
  );
  return { edges, pageInfo, totalCount: result.total };
}
