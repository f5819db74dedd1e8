// Creates or updates resolutions: only the properties this run knows are set; hasText follows the stored text.
UNWIND $rows AS row
MERGE (r:Resolution {number: row.number})
SET r += row.props,
    r.date = coalesce(row.date, r.date),
    r.provenance = row.provenance,
    r.hasText = r.text IS NOT NULL
