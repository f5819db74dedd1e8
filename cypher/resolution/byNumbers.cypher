// The resolutions with these numbers (unknown numbers give no row), without their full text.
UNWIND $numbers AS n
MATCH (r:Resolution {number: n})
RETURN r {
  .number, .symbol, .date, .year, .title, .agenda, .mainTopic, .draft, .adoptionNote, .undlRecord,
  .modality, .votesYes, .votesNo, .votesAbstain, .votesNonVoting, .unanimous,
  hasText: coalesce(r.hasText, r.text IS NOT NULL),
  sponsors: coalesce(r.sponsors, []),
  citesCount: coalesce(r.citesCount, COUNT { (r)-[:CITES]->() }),
  citedByCount: coalesce(r.citedByCount, COUNT { (r)<-[:CITES]-() }),
  influence: coalesce(r.influence, 0.0)
} AS resolution
