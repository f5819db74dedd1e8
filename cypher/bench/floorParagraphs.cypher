// Ingest floor: upserts a batch of paragraphs and links each to its resolution.
UNWIND $rows AS row
MATCH (r:Resolution {number: row.resolution})
MERGE (p:Paragraph {id: row.id})
SET p.resolution = row.resolution, p.ordinal = row.ordinal, p.kind = row.kind, p.number = row.number, p.text = row.text
MERGE (r)-[:HAS_PARAGRAPH]->(p)
