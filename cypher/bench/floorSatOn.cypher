// Ingest floor: upserts a batch of (member, resolution) seats with the member's vote.
UNWIND $rows AS row
MATCH (r:Resolution {number: row.resolution})
MERGE (m:Member {code: row.code})
ON CREATE SET m.name = row.name, m.permanent = row.permanent
MERGE (m)-[s:SAT_ON]->(r)
SET s.vote = row.vote, s.permanent = row.permanent, s.voteSource = row.voteSource
