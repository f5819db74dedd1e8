// How many of member $code's votes match $vote and the year range (for an empty page's total).
MATCH (:Member {code: $code})-[s:SAT_ON]->(r:Resolution)
WHERE ($vote IS NULL OR s.vote = $vote)
  AND ($yearFrom IS NULL OR r.year >= $yearFrom)
  AND ($yearTo IS NULL OR r.year <= $yearTo)
RETURN count(s) AS total
