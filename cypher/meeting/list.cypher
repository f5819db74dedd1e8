// One page of the meetings matching $filter, by date ascending (undated last), ties by number, then symbol.
MATCH (m:Meeting)
WHERE $$MEETING_FILTER(m)
WITH m ORDER BY m.date IS NULL, m.date, m.number, m.symbol
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN $$MEETING(m) AS meeting
