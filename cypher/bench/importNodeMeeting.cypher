// Ingest floor: upserts a batch of Meeting nodes by key and sets all their properties.
UNWIND $rows AS row
MERGE (n:Meeting {symbol: row.key})
SET n = row.props
