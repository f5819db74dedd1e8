import type { ResolutionModel } from '../../../loaders/resolutionRow';

/** One search hit; `query` travels along so `snippets` can find the matching paragraphs. */
export interface SearchHitModel {
  resolution: ResolutionModel;
  score: number;
  query: string;
}
