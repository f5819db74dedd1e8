import type { ResolutionModel } from '../../../loaders/resolutionRow';

/** One `citationAdded` event: both resolutions loaded, and the edge's own properties. */
export interface CitationAddedModel {
  citing: ResolutionModel;
  cited: ResolutionModel;
  verb: string | null;
  paragraph: string | null;
  context: string | null;
  version: number;
}
