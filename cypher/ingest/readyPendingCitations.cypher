// Which pending citations now have both resolutions in the graph; `valid` is false when the text gave a year for the
// cited resolution and the graph's year differs (then it was another resolution: no edge). The pending node holds
// the edge-to-be's own properties, so they are read as the citation row's columns.
MATCH (p:PendingCitation)
MATCH (a:Resolution {number: p.from})
MATCH (b:Resolution {number: p.to})
RETURN p.key AS key, p.from AS from, p.to AS to, $$CITATION_CUT_COLUMNS(p),
       p.year IS NULL OR b.year IS NULL OR p.year = b.year AS valid
ORDER BY from, to, key
