import type { PageInfo } from '../../generated/graphql';
import type { SearchHitModel } from './SearchHitModel';
import type { ResolutionFilterParams } from '../../../loaders/ResolutionFilterParams';

/** A page of hits; `totalCount` and `facets` are fetched only when a client selects them. */
export interface SearchConnectionModel {
  edges: Array<{ cursor: string; node: SearchHitModel }>;
  pageInfo: PageInfo;
  query: string;
  filter: ResolutionFilterParams;
}
