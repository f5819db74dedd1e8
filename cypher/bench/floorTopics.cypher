// Ingest floor: upserts a batch of (resolution, topic) pairs as Topic nodes and HAS_TOPIC edges.
UNWIND $rows AS row
MATCH (r:Resolution {number: row.resolution})
MERGE (t:Topic {key: row.key})
SET t.name = row.name, t.kind = row.kind
MERGE (r)-[:HAS_TOPIC]->(t)
