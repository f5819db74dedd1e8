// The data versions recorded after $after, oldest first: what each ingest added or changed.
MATCH (d:Dataset)
WHERE d.version > $after
RETURN $$DATASET_COLUMNS(d), d.resolutionsAdded AS resolutionsAdded, d.resolutionsUpdated AS resolutionsUpdated,
  d.citationsAddedFrom AS citationsAddedFrom, d.citationsAddedTo AS citationsAddedTo
ORDER BY d.version
LIMIT toInteger($limit)
