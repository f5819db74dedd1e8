import type { PageInfo } from '../../generated/graphql';
import type { SearchHitModel } from './SearchHitModel';
import type { ResolutionFilterParams } from '../../../loaders/ResolutionFilterParams';

/**
 * A page of hits; `totalCount`, `totalCountIsExact` and `facets` are fetched only when a client selects them
 * (`count` holds the one capped count both count fields share). `query` is the Lucene query that ran.
 */
export interface SearchConnectionModel {
  edges: Array<{ cursor: string; node: SearchHitModel }>;
  pageInfo: PageInfo;
  query: string;
  filter: ResolutionFilterParams;
  /** `query` with the filter inside it, when Lucene can apply the filter (`filteredInLucene`); else null */
  inLucene: string | null;
  count?: Promise<number>;
}
