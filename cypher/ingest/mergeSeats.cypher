// Records who sat on the Council for each resolution and how they voted; a vote is replaced only by one from an equal or better source ($voteOrder, best first).
UNWIND $rows AS row
MATCH (r:Resolution {number: row.number})
MERGE (m:Member {code: row.code})
ON CREATE SET m.name = coalesce(row.name, row.code), m.permanent = row.permanent, m.years = []
MERGE (m)-[s:SAT_ON]->(r)
WITH s, row,
     coalesce(head([i IN range(0, size($voteOrder) - 1) WHERE $voteOrder[i] = row.voteSource]), size($voteOrder)) AS newRank,
     coalesce(head([i IN range(0, size($voteOrder) - 1) WHERE $voteOrder[i] = s.voteSource]), size($voteOrder)) AS oldRank
WITH s, row, s.vote IS NULL OR (row.vote IS NOT NULL AND newRank <= oldRank) AS takeNew
SET s.permanent = row.permanent,
    s.vote = CASE WHEN takeNew THEN row.vote ELSE s.vote END,
    s.voteSource = CASE WHEN takeNew THEN row.voteSource ELSE s.voteSource END
