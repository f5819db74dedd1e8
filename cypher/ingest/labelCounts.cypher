// How many nodes carry each label, for the ingest summary. Dataset nodes (the log of ingest runs) are
// reported apart, as the summary's data version.
MATCH (n)
WHERE NOT n:Dataset
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
