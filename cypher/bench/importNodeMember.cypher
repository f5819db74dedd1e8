// Ingest floor: upserts a batch of Member nodes by key and sets all their properties.
UNWIND $rows AS row
MERGE (n:Member {code: row.key})
SET n = row.props
