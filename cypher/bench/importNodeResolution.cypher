// Ingest floor: upserts a batch of Resolution nodes by key and sets all their properties.
UNWIND $rows AS row
MERGE (n:Resolution {number: row.key})
SET n = row.props
