import type DataLoader from 'dataloader';
import { cypher, resolutionAlwaysKeys, resolutionRowKeys, withRowKeys, type CypherQuery, type RowKeys } from '../src/db/CypherQuery';
import type { QueryRunner } from '../src/db/Database';
import type { ResolutionModel, RowSelection } from './resolutionRow';
import { citationPages, type CitationPage, type CitationPageKey } from './citations';
import { entityByKey, type Entity, type EntityKey } from './entityByKey';
import { meetingByResolution, resolutionsByMeeting, type MeetingModel } from './meeting';
import { missionLoaders, type MissionLoaders } from './missions';
import { compositionByResolution, memberByCode, voteCountsByMember, votesPerYearByMember, type MemberModel, type MemberVoteCounts, type MemberYearVotes, type SeatModel } from './member';
import { paragraphsByResolution, resolutionByNumber, textByNumber, type ParagraphModel } from './resolution';
import { snippetParagraphs, type SnippetKey, type SnippetParagraph } from './search';
import { topicsByResolution, topicStatsByKey, type TopicModel, type TopicStats } from './topic';

/** Per-request DataLoaders. Each batch function returns one result per key, in key order. */
export interface Loaders extends MissionLoaders {
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
  /** Topics and meetings by natural key, for `node(id:)`. */
  entity: DataLoader<EntityKey, Entity | null, string>;
  /**
   * Remembers a resolution some other query already returned, so nobody fetches it again; only a row
   * holding every key of the request's selection (a row cut to one position's keys is not kept).
   */
  primeResolution(resolution: ResolutionModel): void;
  /** The row keys this request reads; set from the operation before any resolver runs. */
  selection: RowSelection;
  /**
   * `cypher/<name>.cypher` with its Resolution and seat projections cut to this request's selection (some Resolution
   * variables to their own keys, `positions.resolutionByVariable`), and its `$$CITATION_CUT` edges to `positions.citationByVariable`.
   */
  resolutionQuery(name: string, positions?: Pick<RowKeys, 'resolutionByVariable' | 'citationByVariable'>): CypherQuery;
}

const ROW_KEYS = new Set(resolutionRowKeys());
const ALWAYS = resolutionAlwaysKeys();

/**
 * Whether row `r` holds every row key `selection` reads (null reads the whole row, which every full projection holds)
 * and every key a request-wide projection always reads (`year`, which `resolutionBySymbol` checks: a position of
 * `resolution/page` cut to its own keys may lack it).
 */
function holdsSelection(r: ResolutionModel, selection: RowSelection): boolean {
  for (const k of ALWAYS) if (!Object.hasOwn(r, k)) return false;
  const keys = selection.resolution ?? ROW_KEYS;
  for (const k of keys) if (ROW_KEYS.has(k) && !Object.hasOwn(r, k)) return false;
  return true;
}

export function createLoaders(db: QueryRunner): Loaders {
  const selection: RowSelection = { resolution: null, seat: null };
  const resolutionQuery = (name: string, positions?: Pick<RowKeys, 'resolutionByVariable' | 'citationByVariable'>) =>
    withRowKeys(cypher(name), positions ? { ...selection, ...positions } : selection);
  const resolution = resolutionByNumber(db, resolutionQuery);
  const primeResolution = (r: ResolutionModel) => {
    if (holdsSelection(r, selection)) resolution.prime(r.number, r);
  };
  return {
    resolution,
    text: textByNumber(db),
    paragraphs: paragraphsByResolution(db),
    topics: topicsByResolution(db),
    composition: compositionByResolution(db, resolutionQuery),
    meeting: meetingByResolution(db),
    cites: citationPages(db, resolutionQuery, 'cites', primeResolution),
    citedBy: citationPages(db, resolutionQuery, 'citedBy', primeResolution),
    meetingResolutions: resolutionsByMeeting(db, { resolutionQuery }),
    member: memberByCode(db),
    memberVoteCounts: voteCountsByMember(db),
    memberVotesPerYear: votesPerYearByMember(db),
    topicStats: topicStatsByKey(db),
    snippets: snippetParagraphs(db),
    entity: entityByKey(db),
    primeResolution,
    ...missionLoaders(db),
    selection,
    resolutionQuery,
  };
}
