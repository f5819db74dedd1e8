// Upserts mission nodes by key (the acronym, else a slug of the name).
UNWIND $rows AS row
MERGE (m:Mission {key: row.key})
SET m.acronym = row.acronym, m.name = row.name, m.nameKey = row.nameKey, m.kind = row.kind
