// The current data version and what its ingest changed (no row while no ingest has recorded one).
MATCH (d:Dataset)
RETURN d.version AS version, toString(d.finishedAt) AS finishedAt,
  size(d.resolutionsAdded) AS resolutionsAdded, size(d.resolutionsUpdated) AS resolutionsUpdated,
  d.citationsAdded AS citationsAdded, d.listsTruncated AS listsTruncated
ORDER BY d.version DESC
LIMIT 1
