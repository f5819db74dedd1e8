// The shapes of the browse pages' GraphQL results (graphql/years|year|topics|topic|members|member|memberVotes|meeting.graphql).
import type { TopicKind } from '../../routes';
import type { Vote } from '../../types';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
export interface YearCount {
  year: number;
  count: number;
}
export interface VoteSummary {
  modality: string | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  nonVoting: number | null;
  unanimous: boolean | null;
}
export interface ResolutionRow {
  number: number;
  symbol: string;
  date: string | null;
  title: string | null;
  votes: VoteSummary | null;
  /** Only where the page's document selects it (year pages). */
  chapterVII?: boolean | null;
}
export interface YearsResult {
  stats: { resolutions: number; firstYear: number | null; lastYear: number | null; perYear: YearCount[] };
}
export interface MemberRef {
  code: string;
  name: string;
  permanent: boolean;
}
export interface YearResult {
  resolutions: { totalCount: number; pageInfo: PageInfo; edges: Array<{ node: ResolutionRow & { mainTopic: string | null } }> };
  members: MemberRef[];
  stats: { firstYear: number | null; lastYear: number | null };
}
export interface TopicSummary {
  key: string;
  name: string;
  kind: TopicKind;
  resolutionCount: number;
  firstYear: number | null;
  lastYear: number | null;
}
export interface TopicsResult {
  agenda: { totalCount: number };
  site: { totalCount: number };
  subject: { totalCount: number };
  topics: { totalCount: number; pageInfo: PageInfo; edges: Array<{ node: TopicSummary }> };
}
export interface TopicResult {
  topic:
    | (TopicSummary & {
        resolutionsPerYear: YearCount[];
        resolutions: { totalCount: number; pageInfo: PageInfo; edges: Array<{ node: ResolutionRow & { year: number } }> };
      })
    | null;
}
export interface MembersResult {
  members: Array<MemberRef & { terms: Array<{ from: number; to: number }>; resolutionCount: number }>;
}
export interface VoteCounts {
  yes: number;
  no: number;
  abstain: number;
  nonVoting: number;
  unknown: number;
}
export interface MemberResult {
  member:
    | (MemberRef & {
        years: number[];
        terms: Array<{ from: number; to: number }>;
        resolutionCount: number;
        voteCounts: VoteCounts;
        votesPerYear: Array<{ year: number; counts: VoteCounts }>;
      })
    | null;
}
export interface MemberVotesPage {
  totalCount: number;
  pageInfo: PageInfo;
  edges: Array<{
    vote: Vote | null;
    node: { number: number; symbol: string; date: string | null; year: number; title: string | null; composition: Array<{ member: { code: string; name: string }; vote: Vote | null }> };
  }>;
}
export interface MemberVotesResult {
  member: { code: string; votingRecord: MemberVotesPage } | null;
}
export interface MeetingResult {
  meeting: {
    symbol: string;
    number: number | null;
    date: string | null;
    agenda: string | null;
    outcome: string | null;
    resolutions: Array<Omit<ResolutionRow, 'date'> & { year: number }>;
  } | null;
}
