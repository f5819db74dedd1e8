import type { ResolutionModel } from '../../../loaders/resolutionRow';
import type { SearchTerm } from './luceneQuery';

/** One search hit; the query's positive `terms` travel along so `snippets` can find and mark the matching paragraphs. */
export interface SearchHitModel {
  resolution: ResolutionModel;
  score: number;
  terms: SearchTerm[];
}
