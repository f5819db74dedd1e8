// Replaces the paragraphs of resolutions whose text this run stores: upserts each by id, drops ordinals past the new end.
UNWIND $rows AS row
MATCH (r:Resolution {number: row.number})
CALL (r, row) {
  OPTIONAL MATCH (r)-[:HAS_PARAGRAPH]->(old:Paragraph)
  WHERE old.ordinal > size(row.paragraphs)
  DETACH DELETE old
}
CALL (r, row) {
  UNWIND row.paragraphs AS p
  MERGE (n:Paragraph {id: toString(row.number) + '/' + toString(p.ordinal)})
  SET n.resolution = row.number, n.ordinal = p.ordinal, n.kind = p.kind, n.number = p.number, n.text = p.text,
      n.resolutionKey = toString(row.number)
  MERGE (r)-[:HAS_PARAGRAPH]->(n)
}
