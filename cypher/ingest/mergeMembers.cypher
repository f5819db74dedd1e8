// Creates or updates Council members from the yearly composition: name, permanent seat, sorted years.
UNWIND $rows AS row
MERGE (m:Member {code: row.code})
SET m.name = row.name, m.permanent = row.permanent, m.years = row.years
