// One page of the earlier resolutions each resolution cites, by cited number, with the edge properties and the total.
// Keys are {number, offset, limit}; one row per key, in any order.
UNWIND $keys AS key
MATCH (r:Resolution {number: key.number})
CALL (r) {
  OPTIONAL MATCH (r)-[c:CITES]->(t:Resolution)
  WITH c, t ORDER BY t.number
  RETURN collect(CASE WHEN t IS NULL THEN null ELSE {
    citation: c { .verb, .paragraph, .context, .source, sources: coalesce(c.sources, []), .mentions },
    resolution: t {
  .number, .symbol, .date, .year, .title, .agenda, .mainTopic, .draft, .adoptionNote, .undlRecord,
  .modality, .votesYes, .votesNo, .votesAbstain, .votesNonVoting, .unanimous,
  hasText: coalesce(t.hasText, t.text IS NOT NULL),
  sponsors: coalesce(t.sponsors, []),
  citesCount: coalesce(t.citesCount, COUNT { (t)-[:CITES]->() }),
  citedByCount: coalesce(t.citedByCount, COUNT { (t)<-[:CITES]-() }),
  influence: coalesce(t.influence, 0.0)
}
  } END) AS everything
}
RETURN key.number AS number, key.offset AS offset, key.limit AS limit, size(everything) AS total,
       everything[toInteger(key.offset) .. toInteger(key.offset + key.limit)] AS items
