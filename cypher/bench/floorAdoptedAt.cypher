// Ingest floor: links a batch of resolutions to the meeting that adopted them.
UNWIND $rows AS row
MATCH (r:Resolution {number: row.resolution})
MERGE (m:Meeting {symbol: row.meeting})
MERGE (r)-[:ADOPTED_AT]->(m)
