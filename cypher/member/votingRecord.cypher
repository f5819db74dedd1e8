// One page of member $code's votes, by resolution number, optionally only one $vote and a year range; every row
// with the total across pages. A page past the end (or of no vote) is one row with the total and a null vote,
// flag and resolution, so the total never needs a statement of its own.
MATCH (:Member {code: $code})-[s:SAT_ON]->(r:Resolution)
WHERE ($vote IS NULL OR s.vote = $vote)
  AND ($yearFrom IS NULL OR r.year >= $yearFrom)
  AND ($yearTo IS NULL OR r.year <= $yearTo)
WITH s, r ORDER BY r.number
WITH collect({ s: s, r: r }) AS everything
OPTIONAL CALL (everything) {
  UNWIND everything[toInteger($skip) .. toInteger($skip + $limit)] AS row
  WITH row.s AS s, row.r AS r
  RETURN s.vote AS vote, s.permanent AS permanent, $$RESOLUTION(r) AS resolution
}
RETURN size(everything) AS total, vote, permanent, resolution
