// Stores how later resolutions cite each resolution of $numbers: the text around every citation of it
// (`CITES.context`), in the citing resolutions' order, as `citedAs` (null when none has a context). Plain-words
// search ranks with it, as a web search ranks with the anchor text of links (index `resolution_ranked`). Only
// changed values are written, so an ingest that adds a few citations re-indexes a few resolutions; `changed`
// counts them.
UNWIND $numbers AS number
MATCH (r:Resolution {number: number})
WITH r, COLLECT {
  MATCH (c:Resolution)-[e:CITES]->(r)
  WHERE e.context IS NOT NULL
  RETURN e.context ORDER BY c.number
} AS contexts
WITH r, CASE WHEN size(contexts) = 0 THEN null ELSE reduce(s = head(contexts), x IN tail(contexts) | s + '\n' + x) END AS citedAs
WHERE coalesce(r.citedAs, '') <> coalesce(citedAs, '')
SET r.citedAs = citedAs
RETURN count(r) AS changed
