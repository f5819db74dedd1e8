// The paragraphs of the resolutions $numbers that best match the Lucene query $query (the positive terms of
// the user's query), at most $perResolution per resolution, by score then document order; `preambular` is
// the position among preambular paragraphs (for "pp 3" references). Lucene itself keeps only the paragraphs
// of $numbers (their indexed `resolutionKey`), so the cost follows the page, not the match count.
CALL db.index.fulltext.queryNodes('paragraph_search',
  '+(' + $query + ') +resolutionKey:(' + reduce(keys = '', n IN $numbers | keys + ' ' + toString(toInteger(n))) + ')')
YIELD node AS p, score
WHERE p.resolution IN $numbers
WITH p, score
ORDER BY p.resolution, score DESC, p.ordinal
WITH p.resolution AS resolution, collect({ p: p, score: score })[0..toInteger($perResolution)] AS best
UNWIND best AS b
WITH resolution, b.p AS p, b.score AS score
RETURN resolution, p.id AS id, p.ordinal AS ordinal, p.kind AS kind, p.number AS number, p.text AS text, score,
       CASE WHEN p.kind = 'preambular'
         THEN COUNT { (:Resolution {number: resolution})-[:HAS_PARAGRAPH]->(q:Paragraph) WHERE q.kind = 'preambular' AND q.ordinal <= p.ordinal }
       END AS preambular
ORDER BY resolution, score DESC, ordinal
