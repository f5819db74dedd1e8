// The resolution $number and the newest resolutions citing it (at most $limit), newest first, with the citing
// paragraph: the cited-by Atom feed. Resolutions are the Resolution row's columns and map (loaders/live.ts cuts
// them to symbol, title and date), the edge the citation fragment's map of the properties $edgeKeys names.
MATCH (r:Resolution {number: $number})
CALL (r) {
  MATCH (r)<-[c:CITES]-(t:Resolution)
  WITH c, t, $edgeKeys AS edgeKeys ORDER BY t.date DESC, t.number DESC LIMIT toInteger($limit)
  RETURN collect({resolution: $$RESOLUTION(t), citation: $$CITATION(c)}) AS citing
}
RETURN $$RESOLUTION_COLUMNS(r), citing
