// Links resolutions to the meeting that adopted them; a meeting missing from the tables is created from the resolution.
UNWIND $rows AS row
MATCH (r:Resolution {number: row.number})
MERGE (m:Meeting {symbol: row.symbol})
ON CREATE SET m.number = row.meetingNumber, m.date = row.date
WITH r, m
CALL (r, m) {
  OPTIONAL MATCH (r)-[old:ADOPTED_AT]->(other:Meeting)
  WHERE other <> m
  DELETE old
}
MERGE (r)-[:ADOPTED_AT]->(m)
