// Ingest floor: upserts a batch of Paragraph nodes by key and sets all their properties.
UNWIND $rows AS row
MERGE (n:Paragraph {id: row.key})
SET n = row.props
