/**
 * The `$filter` map every filtered query (`cypher/resolution/list*.cypher`, `cypher/search/*.cypher`) reads.
 * Every key is present; null means "no constraint". Built only by `toFilterParams`.
 */
export interface ResolutionFilterParams {
  year: number | null;
  yearFrom: number | null;
  yearTo: number | null;
  dateFrom: string | null;
  dateTo: string | null;
  /** a topic name in its key form (normaliseTopicName: no case, accents or punctuation); matches the topics keyed `<kind>:<topic>` */
  topic: string | null;
  /** `topic` without the spaces that stood for apostrophes (apostropheFreeSpelling), used only when `topic` names no topic of any kind; null when the same */
  topicFallback: string | null;
  /** a Topic key (used by `Topic.resolutions`, not offered to clients) */
  topicKey: string | null;
  /** upper-cased ISO code */
  member: string | null;
  voteMember: string | null;
  /** as stored: "yes", "no", "abstain", "non-voting" */
  vote: string | null;
  hasText: boolean | null;
  cites: number | null;
  citedBy: number | null;
  unanimous: boolean | null;
  /** adopted under Chapter VII (r.chapterVII, written by the ingest; null on resolutions not yet classified) */
  chapterVII: boolean | null;
  /** upper-cased mission acronym or key: the resolution acts on that mission's mandate */
  mission: string | null;
}
