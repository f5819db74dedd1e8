// Records one change of the graph as the next data version (the highest so far plus one).
OPTIONAL MATCH (prev:Dataset)
WITH coalesce(max(prev.version), 0) + 1 AS next
CREATE (d:Dataset {
  version: next, finishedAt: datetime(),
  resolutionsAdded: $resolutionsAdded, resolutionsUpdated: $resolutionsUpdated,
  citationsAddedFrom: $citationsAddedFrom, citationsAddedTo: $citationsAddedTo,
  citationsAdded: $citationsAdded, listsTruncated: $listsTruncated
})
RETURN d.version AS version, toString(d.finishedAt) AS finishedAt
