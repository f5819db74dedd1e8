import type DataLoader from 'dataloader';
import type { QueryRunner } from '../src/db/Database';
import type { MeetingModel } from '../src/resolvers/meeting/MeetingModel';
import type { MemberModel } from '../src/resolvers/member/MemberModel';
import type { CitationPage, CitationPageKey } from '../src/resolvers/resolution/CitationPage';
import type { ParagraphModel } from '../src/resolvers/resolution/ParagraphModel';
import type { ResolutionModel } from '../src/resolvers/resolution/ResolutionModel';
import type { SeatModel } from '../src/resolvers/resolution/SeatModel';
import type { TopicModel } from '../src/resolvers/topic/TopicModel';
import { citationPages } from './citationPages';
import { compositionByResolution } from './compositionByResolution';
import { meetingByResolution } from './meetingByResolution';
import { memberByCode } from './memberByCode';
import { paragraphsByResolution } from './paragraphsByResolution';
import { resolutionByNumber } from './resolutionByNumber';
import { resolutionsByMeeting } from './resolutionsByMeeting';
import { snippetParagraphs, type SnippetKey, type SnippetParagraph } from './snippetParagraphs';
import { textByNumber } from './textByNumber';
import { topicsByResolution } from './topicsByResolution';
import { topicStatsByKey, type TopicStats } from './topicStatsByKey';
import { voteCountsByMember, type MemberVoteCounts } from './voteCountsByMember';
import { votesPerYearByMember, type MemberYearVotes } from './votesPerYearByMember';

/** Per-request DataLoaders. Each batch function returns one result per key, in key order. */
export interface Loaders {
  resolution: DataLoader<number, ResolutionModel | null>;
  text: DataLoader<number, string | null>;
  paragraphs: DataLoader<number, ParagraphModel[]>;
  topics: DataLoader<number, TopicModel[]>;
  composition: DataLoader<number, SeatModel[]>;
  meeting: DataLoader<number, MeetingModel | null>;
  cites: DataLoader<CitationPageKey, CitationPage, string>;
  citedBy: DataLoader<CitationPageKey, CitationPage, string>;
  meetingResolutions: DataLoader<string, ResolutionModel[]>;
  member: DataLoader<string, MemberModel | null>;
  memberVoteCounts: DataLoader<string, MemberVoteCounts>;
  memberVotesPerYear: DataLoader<string, MemberYearVotes[]>;
  topicStats: DataLoader<string, TopicStats>;
  snippets: DataLoader<SnippetKey, SnippetParagraph[], string>;
  /** Remembers a resolution some other query already returned, so nobody fetches it again. */
  primeResolution(resolution: ResolutionModel): void;
}

export function createLoaders(db: QueryRunner): Loaders {
  const resolution = resolutionByNumber(db);
  const primeResolution = (r: ResolutionModel) => {
    resolution.prime(r.number, r);
  };
  return {
    resolution,
    text: textByNumber(db),
    paragraphs: paragraphsByResolution(db),
    topics: topicsByResolution(db),
    composition: compositionByResolution(db),
    meeting: meetingByResolution(db),
    cites: citationPages(db, 'cites', primeResolution),
    citedBy: citationPages(db, 'citedBy', primeResolution),
    meetingResolutions: resolutionsByMeeting(db),
    member: memberByCode(db),
    memberVoteCounts: voteCountsByMember(db),
    memberVotesPerYear: votesPerYearByMember(db),
    topicStats: topicStatsByKey(db),
    snippets: snippetParagraphs(db),
    primeResolution,
  };
}
