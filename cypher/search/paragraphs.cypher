// The paragraphs of the resolutions $numbers that best match the Lucene query $query (the positive terms of
// the user's query), at most $perResolution per resolution, by score then document order; `preambular` is
// the position among preambular paragraphs (for "pp 3" references). Lucene itself keeps only the paragraphs
// of $numbers (their indexed `resolutionKey`), so the cost follows the page, not the match count. The
// preambular positions are counted once per resolution, up to its last chosen preambular paragraph, and
// only for resolutions that have one (a COUNT per paragraph read the resolution's paragraphs again each time).
CALL db.index.fulltext.queryNodes('paragraph_search',
  '+(' + $query + ') +resolutionKey:(' + reduce(keys = '', n IN $numbers | keys + ' ' + toString(toInteger(n))) + ')')
YIELD node AS p, score
WHERE p.resolution IN $numbers
WITH p, score
ORDER BY p.resolution, score DESC, p.ordinal
WITH p.resolution AS resolution, collect({ p: p, score: score })[0..toInteger($perResolution)] AS best
WITH resolution, best, reduce(m = -1, b IN best | CASE WHEN b.p.kind = 'preambular' AND b.p.ordinal > m THEN b.p.ordinal ELSE m END) AS lastPreambular
WITH resolution, best, CASE WHEN lastPreambular < 0 THEN [] ELSE COLLECT {
  MATCH (:Resolution {number: resolution})-[:HAS_PARAGRAPH]->(q:Paragraph)
  WHERE q.kind = 'preambular' AND q.ordinal <= lastPreambular
  RETURN q.ordinal
} END AS preambularOrdinals
UNWIND best AS b
WITH resolution, b.p AS p, b.score AS score, preambularOrdinals
RETURN resolution, $$PARAGRAPH_COLUMNS(p), score,
       CASE WHEN p.kind = 'preambular' THEN size([o IN preambularOrdinals WHERE o <= p.ordinal]) END AS preambular
ORDER BY resolution, score DESC, ordinal
