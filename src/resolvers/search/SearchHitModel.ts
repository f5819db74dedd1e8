import type { ResolutionModel } from '../resolution/ResolutionModel';

/** One search hit; `query` travels along so `snippets` can find the matching paragraphs. */
export interface SearchHitModel {
  resolution: ResolutionModel;
  score: number;
  query: string;
}
