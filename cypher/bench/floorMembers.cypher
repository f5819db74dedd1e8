// Ingest floor: upserts a batch of Council members with the years they sat.
UNWIND $rows AS row
MERGE (m:Member {code: row.code})
SET m.name = row.name, m.permanent = row.permanent, m.years = row.years
