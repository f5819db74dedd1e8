// The mission whose acronym (case-insensitive) or key is $acronym.
MATCH (m:Mission)
WHERE toUpper(m.acronym) = toUpper($acronym) OR m.key = $acronym
RETURN $$MISSION_COLUMNS(m)
ORDER BY m.acronym IS NULL, m.key
LIMIT 1
