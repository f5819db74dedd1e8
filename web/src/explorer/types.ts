// The shapes of our GraphQL documents' results (graphql/*.graphql), as the explorer reads them.
import type { ResolutionMissionAction, ResolutionSanctionsAction } from './pages/missions/missionTypes';

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}
export interface Highlight {
  start: number;
  end: number;
}
export interface Snippet {
  ref: string;
  kind: 'TITLE' | 'PREAMBULAR' | 'OPERATIVE' | 'OTHER';
  text: string;
  highlights: Highlight[];
}
export interface ResolutionSummary {
  number: number;
  symbol: string;
  title: string | null;
  year: number;
}
export interface SearchResult {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: { years: FacetCount[]; topics: FacetCount[]; members: FacetCount[] };
    edges: Array<{
      cursor: string;
      node: {
        score: number;
        resolution: ResolutionSummary & { date: string | null; mainTopic: string | null; hasText: boolean };
        snippets: Snippet[];
      };
    }>;
  };
}
export interface CitationList {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ verb: string | null; paragraph: string | null; context: string | null; source: string | null; node: ResolutionSummary }>;
}
export type Vote = 'YES' | 'NO' | 'ABSTAIN' | 'NON_VOTING';
export interface ResolutionDetail extends ResolutionSummary {
  date: string | null;
  agenda: string | null;
  hasText: boolean;
  text: string | null;
  undlRecord: string | null;
  citesCount: number;
  citedByCount: number;
  influence: number;
  meeting: { symbol: string; number: number | null; date: string | null } | null;
  votes: { modality: string | null; yes: number | null; no: number | null; abstain: number | null; nonVoting: number | null; unanimous: boolean | null } | null;
  topics: Array<{ name: string; kind: 'AGENDA' | 'SUBJECT' | 'SITE' }>;
  composition: Array<{ member: { code: string; name: string }; vote: Vote | null; permanent: boolean }>;
  paragraphs: Array<{ id: string; ordinal: number; kind: 'PREAMBULAR' | 'OPERATIVE' | 'OTHER'; number: number | null; ref: string; text: string }>;
  cites: CitationList;
  citedBy: CitationList;
  missions: ResolutionMissionAction[];
  sanctions: ResolutionSanctionsAction[];
}
export interface ResolutionResult {
  resolution: ResolutionDetail | null;
}
export interface MoreCitationsResult {
  resolution: { number: number; cites?: CitationList; citedBy?: CitationList } | null;
}
export interface GraphNode {
  id: string;
  number: number;
  label: string;
  title: string | null;
  year: number;
  mainTopic: string | null;
  inDegree: number;
  outDegree: number;
  influence: number;
  distance: number;
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  verb: string | null;
}
export interface GraphResult {
  citationGraph: { truncated: boolean; nodes: GraphNode[]; edges: GraphEdge[] };
}
export interface PathResult {
  citationPaths: Array<{
    length: number;
    nodes: Array<ResolutionSummary & { mainTopic: string | null; citedByCount: number; influence: number }>;
    edges: Array<{ source: number; target: number; verb: string | null; paragraph: string | null; context: string | null }>;
  }>;
}
