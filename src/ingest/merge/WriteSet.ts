import type { TopicKindName } from './topicName';
import type { Paragraph } from '../clean/Paragraph';
import type { Vote } from '../model/IngestRecord';

/** Plain rows for the writers, one array per write step. Dates are ISO strings here. */
export interface ResolutionRow {
  number: number;
  /** Only the properties this run knows; absent ones are left as they are in the graph. */
  props: Record<string, string | number | boolean | string[] | null>;
  date: string | null;
  provenance: string;
}

export interface ParagraphSet {
  number: number;
  paragraphs: Paragraph[];
}

export interface TopicLinkSet {
  number: number;
  /** Topic kinds this run is authoritative for on that resolution (stale links of these kinds are removed). */
  kinds: string[];
  topics: TopicRow[];
}

/** One topic of a resolution: several source forms may share its key (see topicName.ts). */
export interface TopicRow {
  key: string;
  kind: TopicKindName;
  /** The display name of the best-ranked form; the graph keeps the best over every run. */
  name: string;
  nameRank: string;
  /** The exact forms the sources wrote, sorted. */
  sourceNames: string[];
}

export interface MeetingRow {
  symbol: string;
  number: number | null;
  date: string | null;
  agenda: string | null;
  /** the agenda in topic-key form (normaliseTopicName), so a meeting filter ignores case, accents and punctuation as the topic filter does */
  agendaKey: string | null;
  outcome: string | null;
}

export interface AdoptedAtRow {
  number: number;
  symbol: string;
  meetingNumber: number | null;
  date: string | null;
}

export interface MemberRow {
  code: string;
  name: string;
  permanent: boolean;
  years: number[];
}

export interface SatOnRow {
  code: string;
  number: number;
  name: string | null;
  vote: Vote | null;
  permanent: boolean;
  voteSource: string | null;
}

export interface CitesRow {
  from: number;
  to: number;
  source: string;
  sources: string[];
  verb: string | null;
  paragraph: string | null;
  context: string | null;
  mentions: number;
}

/**
 * A citation one of whose resolutions is not in the graph yet (a page ingested while the corpus is still
 * loading, a text citing a resolution not ingested): stored as a :PendingCitation, one per ordered pair and
 * source, and made a CITES edge by the first run that finds both resolutions (see resolvePendingCitations).
 */
export interface PendingRow extends CitesRow {
  /** "<from>><to>><source>". */
  key: string;
  /** The cited resolution's year as the text gives it, checked when the edge is made; null when not given. */
  year: number | null;
}

export interface WriteSet {
  members: MemberRow[];
  meetings: MeetingRow[];
  resolutions: ResolutionRow[];
  paragraphs: ParagraphSet[];
  topics: TopicLinkSet[];
  adoptedAt: AdoptedAtRow[];
  satOn: SatOnRow[];
  cites: CitesRow[];
  pending: PendingRow[];
}
