// Stores the content hash of what this ingest wrote for each resolution.
UNWIND $rows AS row
MATCH (r:Resolution {number: row.number})
SET r.contentHash = row.hash
