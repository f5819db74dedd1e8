/**
 * The one normalised record every parser yields. Parsers know layouts, not Neo4j; the merger and
 * writers know these records, not layouts. `origin` is the file:line the record came from.
 */
import type { TextSource } from '../clean/cleanText';

export type Vote = 'yes' | 'no' | 'abstain' | 'non-voting';

export interface Origin {
  file: string;
  line: number;
}

/** Where a resolution field came from; also the precedence order of the merger (see mergeResolutions). */
export type ResolutionSource = 'page' | 'cr-unsc' | 'dataset' | 'dhl' | 'unxml';

export interface MemberSeat {
  code: string;
  name?: string;
  permanent?: boolean;
  vote: Vote | null;
  voteSource: string | null;
}

export interface ResolutionInput {
  number: number;
  source: ResolutionSource;
  symbol?: string;
  date?: string;
  year?: number;
  title?: string;
  agenda?: string;
  subjects?: string[];
  siteTopics?: string[];
  meeting?: string;
  modality?: string;
  votes?: { yes: number; no: number; abstain: number; nonVoting: number | null };
  members?: MemberSeat[];
  draft?: string;
  sponsors?: string[];
  adoptionNote?: string;
  undlRecord?: string;
  /** Raw text as the layout holds it; cleaned by cleanText before storage and extraction. */
  rawText?: string;
  /** Which kind of text rawText is (OCR, PDF extraction, UN XML, site page): cleaning differs per kind. */
  textSource?: TextSource;
  /**
   * Blocks of rawText that the document itself sets apart (UN XML headings and part numbers; see parseUnXml,
   * whitespace collapsed): splitParagraphs keeps each as a paragraph of kind `other`. Travels with rawText.
   */
  headings?: string[];
  /** The UN XML adoption step's `refersTo="Chapter VII"`: true when present, false when the step has none. */
  chapterVIIMarkup?: boolean;
  /** The page's "Related with resolutions" (cites) and "Quoted in resolutions" (cited by) lists. */
  pageCites?: number[];
  pageCitedBy?: number[];
}

export interface MeetingInput {
  symbol: string;
  number: number | null;
  date: string | null;
  agenda: string | null;
  outcome: string | null;
  resolutions: number[];
}

export interface MembershipInput {
  year: number;
  code: string;
  name: string;
  permanent: boolean;
}

export interface CitationInput {
  from: number;
  to: number;
  verb: string | null;
  source: string;
  context: string | null;
}

export type IngestRecord =
  | { kind: 'resolution'; origin: Origin; resolution: ResolutionInput }
  | { kind: 'meeting'; origin: Origin; meeting: MeetingInput }
  | { kind: 'membership'; origin: Origin; membership: MembershipInput }
  | { kind: 'citation'; origin: Origin; citation: CitationInput };
