import type { ResolutionModel } from './resolutionRow';

/** Which page of which resolution's citations a loader key asks for. */
export interface CitationPageKey {
  number: number;
  offset: number;
  limit: number;
}

/** One citation edge with the resolution at its other end. */
export interface CitationItem {
  verb: string | null;
  paragraph: string | null;
  context: string | null;
  source: string | null;
  sources: string[];
  mentions: number | null;
  resolution: ResolutionModel;
}

/** A page of citation edges and the total across pages. */
export interface CitationPage {
  total: number;
  items: CitationItem[];
}
