// Ingest floor: upserts a batch of Topic nodes by key and sets all their properties.
UNWIND $rows AS row
MERGE (n:Topic {key: row.key})
SET n = row.props
