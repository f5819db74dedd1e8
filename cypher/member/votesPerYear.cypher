// For each of these members: how it voted in each year, counted over the resolutions it sat on.
UNWIND $codes AS code
MATCH (:Member {code: code})-[s:SAT_ON]->(r:Resolution)
RETURN code, r.year AS year, $$VOTES_COLUMNS(s)
ORDER BY code, year
