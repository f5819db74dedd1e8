// Links a mission to the one it continues (MONUSCO SUCCEEDS MONUC), with the resolution and paragraph that say so.
UNWIND $rows AS row
MATCH (s:Mission {key: row.successor})
MATCH (p:Mission {key: row.predecessor})
MERGE (s)-[e:SUCCEEDS]->(p)
SET e.resolution = row.resolution, e.paragraph = row.paragraph
