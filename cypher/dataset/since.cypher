// The data versions recorded after $after, oldest first: what each ingest added or changed.
MATCH (d:Dataset)
WHERE d.version > $after
RETURN d.version AS version, toString(d.finishedAt) AS finishedAt,
  d.resolutionsAdded AS resolutionsAdded, d.resolutionsUpdated AS resolutionsUpdated,
  d.citationsAddedFrom AS citationsAddedFrom, d.citationsAddedTo AS citationsAddedTo,
  d.citationsAdded AS citationsAdded, d.listsTruncated AS listsTruncated
ORDER BY d.version
LIMIT toInteger($limit)
