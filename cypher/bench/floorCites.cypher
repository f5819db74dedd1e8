// Ingest floor: upserts a batch of citation edges, one per ordered pair of resolutions.
UNWIND $rows AS row
MATCH (a:Resolution {number: row.from})
MATCH (b:Resolution {number: row.to})
MERGE (a)-[c:CITES]->(b)
SET c.verb = row.verb, c.paragraph = null, c.context = row.context, c.source = row.source,
    c.sources = row.sources, c.mentions = 1
