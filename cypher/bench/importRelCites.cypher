// Ingest floor: upserts a batch of CITES relationships between existing nodes and sets all their properties.
UNWIND $rows AS row
MATCH (a:Resolution {number: row.from})
MATCH (b:Resolution {number: row.to})
MERGE (a)-[r:CITES]->(b)
SET r = row.props
