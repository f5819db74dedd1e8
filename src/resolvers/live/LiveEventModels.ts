import type { MissionActionRow } from '../../../loaders/missions';
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

/** One `mandateChanged` event: the resolution that acts, and what it does to which mission. */
export interface MandateChangedModel {
  resolution: ResolutionModel;
  change: MissionActionRow;
  version: number;
}
