// One page of the resolutions matching $filter, in the order $order names (a total order: ties by number), with how
// many match in all and, when $withTopics / $withComposition say so, each one's topics and Council seats (the rows
// the topics and composition loaders are primed with), in one statement. $years bounds the year (the filter's own
// bounds, or the whole span) so that the match starts from the year index rather than every resolution. The
// matching nodes are counted, then sorted and cut to the page before anything is projected (the $filter block
// appears once: planning it twice cost seconds). One row per resolution of the page, in order, each with the total;
// past the end one row with the total and a null resolution. Rows, not one row holding the page: collecting the
// projected page into a list doubled the statement's time (PROFILE replays, docs/performance.md).
MATCH (r:Resolution)
WHERE r.year >= $years.from AND r.year <= $years.to AND $$RESOLUTION_FILTER(r)
WITH collect(r) AS matching
OPTIONAL CALL (matching) {
  UNWIND matching AS r
  WITH r,
    CASE $order
      WHEN 'NUMBER_DESC' THEN -r.number
      WHEN 'DATE_ASC' THEN coalesce(r.date.year * 10000 + r.date.month * 100 + r.date.day, r.year * 10000)
      WHEN 'DATE_DESC' THEN -coalesce(r.date.year * 10000 + r.date.month * 100 + r.date.day, r.year * 10000)
      WHEN 'CITED_BY_DESC' THEN -coalesce(r.citedByCount, COUNT { (r)<-[:CITES]-() })
      WHEN 'INFLUENCE_DESC' THEN -coalesce(r.influence, 0.0)
      ELSE r.number
    END AS sortKey,
    CASE WHEN $order IN ['NUMBER_DESC', 'DATE_DESC'] THEN -r.number ELSE r.number END AS tieKey
  ORDER BY sortKey, tieKey
  SKIP toInteger($skip) LIMIT toInteger($limit)
  $$RESOLUTION_TOPICS(r)
  $$RESOLUTION_SEATS(r)
  RETURN $$RESOLUTION(r) AS resolution, topics, composition, sortKey, tieKey
}
RETURN size(matching) AS total, resolution, topics, composition
ORDER BY sortKey, tieKey
