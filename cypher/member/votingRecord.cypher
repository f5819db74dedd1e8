// One page of member $code's votes, by resolution number, optionally only one $vote and a year range;
// with the total across pages.
MATCH (:Member {code: $code})-[s:SAT_ON]->(r:Resolution)
WHERE ($vote IS NULL OR s.vote = $vote)
  AND ($yearFrom IS NULL OR r.year >= $yearFrom)
  AND ($yearTo IS NULL OR r.year <= $yearTo)
WITH s, r ORDER BY r.number
WITH collect({ s: s, r: r }) AS everything
UNWIND everything[toInteger($skip) .. toInteger($skip + $limit)] AS row
WITH everything, row.s AS s, row.r AS r
RETURN size(everything) AS total, s.vote AS vote, s.permanent AS permanent, $$RESOLUTION(r) AS resolution
