// Every resolution that $number cites (`graph/chain~cites`) or is cited by (`~citedBy`), directly or through
// others, within $$MAX_DEPTH steps, with its shortest distance: by distance then number, at most $limit of
// them, and how many there are in all.
MATCH (root:Resolution {number: $number})
MATCH p = (root)$$ARROW_LEFT[:CITES*1..$$MAX_DEPTH]$$ARROW_RIGHT(x:Resolution)
WHERE x <> root
WITH x, min(length(p)) AS distance
ORDER BY distance, x.number
WITH collect({distance: distance, x: x}) AS everything
UNWIND everything[0..toInteger($limit)] AS entry
WITH everything, entry.distance AS distance, entry.x AS x
RETURN size(everything) AS total, distance, $$RESOLUTION(x) AS resolution
