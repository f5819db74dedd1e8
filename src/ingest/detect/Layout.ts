/** The input layouts the ingest understands. */
export type Layout = 'resolutions' | 'citations' | 'meetings' | 'membership' | 'dhl-votes' | 'page' | 'cr-unsc';

export interface DetectedFile {
  path: string;
  layout: Layout;
}
