// Ingest floor: upserts a batch of SAT_ON relationships between existing nodes and sets all their properties.
UNWIND $rows AS row
MATCH (a:Member {code: row.from})
MATCH (b:Resolution {number: row.to})
MERGE (a)-[r:SAT_ON]->(b)
SET r = row.props
