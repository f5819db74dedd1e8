// The mission whose acronym (case-insensitive) or key is $acronym.
MATCH (m:Mission)
WHERE toUpper(m.acronym) = toUpper($acronym) OR m.key = $acronym
RETURN m.key AS key, m.acronym AS acronym, m.name AS name, m.kind AS kind
ORDER BY m.acronym IS NULL, m.key
LIMIT 1
