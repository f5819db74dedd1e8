// Merges citation edges, one per ordered pair: sources are united and ordered by $sourceOrder (best first, unknown names after); the details come from the best source.
UNWIND $rows AS row
MATCH (a:Resolution {number: row.from})
MATCH (b:Resolution {number: row.to})
MERGE (a)-[c:CITES]->(b)
WITH c, row, coalesce(c.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(c.sources, [])] AS united
WITH c, row, [s IN $sourceOrder WHERE s IN united] + [s IN united WHERE NOT s IN $sourceOrder] AS sorted
WITH c, row, sorted, c.source IS NULL OR sorted[0] = row.source AS ours
SET c.sources = sorted,
    c.source = sorted[0],
    c.verb = CASE WHEN ours THEN row.verb ELSE coalesce(c.verb, row.verb) END,
    c.paragraph = CASE WHEN ours THEN row.paragraph ELSE coalesce(c.paragraph, row.paragraph) END,
    c.context = CASE WHEN ours THEN row.context ELSE coalesce(c.context, row.context) END,
    c.mentions = CASE WHEN ours THEN row.mentions ELSE coalesce(c.mentions, row.mentions) END
