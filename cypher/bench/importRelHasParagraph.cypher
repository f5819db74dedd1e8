// Ingest floor: upserts a batch of HAS_PARAGRAPH relationships between existing nodes and sets all their properties.
UNWIND $rows AS row
MATCH (a:Resolution {number: row.from})
MATCH (b:Paragraph {id: row.to})
MERGE (a)-[r:HAS_PARAGRAPH]->(b)
SET r = row.props
