// One page of the resolutions whose title, text or symbol matches the Lucene query $query, with no filter
// beyond what $query holds itself (years and dates, as a dayKey range):
// Lucene's own top-$candidates by score ($candidates covers the page and a margin for ties), then by score
// descending, citedByCount descending (a tie-break only: it orders scores within 5% of each other, a
// difference Lucene's scores do not resolve), number.
CALL db.index.fulltext.queryNodes('resolution_search', $query, {limit: toInteger($candidates)}) YIELD node AS r, score
WITH r, score
ORDER BY floor(log(score) / log(1.05)) DESC, coalesce(r.citedByCount, 0) DESC, r.number
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN score, r {
  .number, .symbol, .date, .year, .title, .agenda, .mainTopic, .draft, .adoptionNote, .undlRecord,
  .modality, .votesYes, .votesNo, .votesAbstain, .votesNonVoting, .unanimous,
  hasText: coalesce(r.hasText, r.text IS NOT NULL),
  sponsors: coalesce(r.sponsors, []),
  citesCount: coalesce(r.citesCount, COUNT { (r)-[:CITES]->() }),
  citedByCount: coalesce(r.citedByCount, COUNT { (r)<-[:CITES]-() }),
  influence: coalesce(r.influence, 0.0)
} AS resolution
