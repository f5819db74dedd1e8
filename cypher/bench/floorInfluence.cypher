// Ingest floor: writes a batch of PageRank scores computed in TypeScript.
UNWIND $rows AS row
MATCH (r:Resolution {number: row.number})
SET r.influence = row.influence
