// Ingest floor: upserts a batch of ADOPTED_AT relationships between existing nodes and sets all their properties.
UNWIND $rows AS row
MATCH (a:Resolution {number: row.from})
MATCH (b:Meeting {symbol: row.to})
MERGE (a)-[r:ADOPTED_AT]->(b)
SET r = row.props
