// Resolution $number and every resolution it cites (`graph/chain~cites`) or is cited by (`~citedBy`), directly
// or through others, within $$MAX_DEPTH steps, with its shortest distance: by distance then number, at most
// $limit of them, and how many there are in all. One row (the root check and the chain together); none when
// there is no resolution $number.
MATCH (root:Resolution {number: $number})
CALL (root) {
  OPTIONAL MATCH p = (root)$$ARROW_LEFT[:CITES*1..$$MAX_DEPTH]$$ARROW_RIGHT(x:Resolution)
  WHERE x <> root
  WITH x, min(length(p)) AS distance
  ORDER BY distance, x.number
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE {distance: distance, x: x} END) AS everything
}
CALL (everything) {
  UNWIND everything[0..toInteger($limit)] AS entry
  WITH entry.distance AS distance, entry.x AS x
  RETURN collect({distance: distance, resolution: $$RESOLUTION(x)}) AS entries
}
RETURN $$RESOLUTION(root) AS root, size(everything) AS total, entries
