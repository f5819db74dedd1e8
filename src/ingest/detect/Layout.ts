/** The input layouts the ingest understands. */
export type Layout = 'resolutions' | 'citations' | 'meetings' | 'membership' | 'dhl-votes' | 'page' | 'cr-unsc' | 'unxml' | 'unxml-archive';

export interface DetectedFile {
  path: string;
  layout: Layout;
}
