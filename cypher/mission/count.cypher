// How many missions match $kind, $nameContains and $year (as mission/list filters them).
MATCH (m:Mission)
WHERE $$MISSION_FILTER(m)
RETURN count(m) AS total
