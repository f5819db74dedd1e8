// The current data version and what its ingest changed (no row while no ingest has recorded one).
MATCH (d:Dataset)
RETURN $$DATASET_COLUMNS(d), size(d.resolutionsAdded) AS resolutionsAdded, size(d.resolutionsUpdated) AS resolutionsUpdated
ORDER BY d.version DESC
LIMIT 1
