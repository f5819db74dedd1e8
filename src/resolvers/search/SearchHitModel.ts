import type { ResolutionModel } from '../resolution/ResolutionModel';
import type { SearchTerm } from './luceneQuery';

/** One search hit; the query's positive `terms` travel along so `snippets` can find and mark the matching paragraphs. */
export interface SearchHitModel {
  resolution: ResolutionModel;
  score: number;
  terms: SearchTerm[];
}
