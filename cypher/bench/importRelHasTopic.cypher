// Ingest floor: upserts a batch of HAS_TOPIC relationships between existing nodes and sets all their properties.
UNWIND $rows AS row
MATCH (a:Resolution {number: row.from})
MATCH (b:Topic {key: row.to})
MERGE (a)-[r:HAS_TOPIC]->(b)
SET r = row.props
