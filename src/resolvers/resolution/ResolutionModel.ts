/**
 * A resolution as our Cypher returns it (`cypher/resolution/*`: the `resolutionFields` projection).
 * The full text is left out on purpose: it is large, so `Resolution.text` loads it only when asked for.
 */
export interface ResolutionModel {
  number: number;
  symbol: string;
  date: string | null;
  year: number;
  title: string | null;
  agenda: string | null;
  hasText: boolean;
  mainTopic: string | null;
  draft: string | null;
  sponsors: string[];
  adoptionNote: string | null;
  undlRecord: string | null;
  modality: string | null;
  votesYes: number | null;
  votesNo: number | null;
  votesAbstain: number | null;
  votesNonVoting: number | null;
  unanimous: boolean | null;
  citesCount: number;
  citedByCount: number;
  influence: number;
}
