/**
 * The `$filter` map every filtered query (`cypher/resolution/list*.cypher`, `cypher/search/*.cypher`) reads.
 * Every key is present; null means "no constraint". Built only by `toFilterParams`, then `withTopicFallback`.
 */
export interface ResolutionFilterParams {
  year: number | null;
  yearFrom: number | null;
  yearTo: number | null;
  dateFrom: string | null;
  dateTo: string | null;
  /**
   * the keys of the topics `filter.topic` names: `<kind>:<name>` for every kind, the name in its key form
   * (normaliseTopicName: no case, accents or punctuation); built by topicFilterKeys
   */
  topicKeys: string[] | null;
  /**
   * the same for the name without the spaces that stood for apostrophes (apostropheFreeSpelling), null when that
   * is the same name: withTopicFallback puts them for `topicKeys` when those name no topic, and sets this to null
   * before any statement runs (no statement reads it)
   */
  topicFallbackKeys: string[] | null;
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
