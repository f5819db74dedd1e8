// Which pending citations now have both resolutions in the graph; `valid` is false when the text gave a year for the
// cited resolution and the graph's year differs (then it was another resolution: no edge).
MATCH (p:PendingCitation)
MATCH (a:Resolution {number: p.from})
MATCH (b:Resolution {number: p.to})
RETURN p.key AS key, p.from AS from, p.to AS to, p.source AS source, p.verb AS verb, p.paragraph AS paragraph,
       p.context AS context, p.mentions AS mentions, p.year IS NULL OR b.year IS NULL OR p.year = b.year AS valid
ORDER BY from, to, key
