// A resolution's Council seats with votes, written once: a CALL subquery on the resolution named by a query's
// RESOLUTION_SEATS placeholder, returning `composition`, permanent members first, then by code (empty when
// $withComposition is false), each seat the row of cypher/fragments/seat.cypher. A seat's member leaves out its
// years on the Council (Member.terms loads them by code).
CALL ($$VAR) {
  OPTIONAL MATCH (m:Member)-[s:SAT_ON]->($$VAR)
  WHERE $withComposition
  WITH m, s ORDER BY coalesce(s.permanent, m.permanent) DESC, m.code
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE $$SEAT(s, m) END) AS composition
}
