// What each of these resolutions does to missions, by paragraph order then mission key.
UNWIND $numbers AS n
MATCH (r:Resolution {number: n})-[e:ESTABLISHES|EXTENDS|MODIFIES|TERMINATES]->(m:Mission)
RETURN n AS resolution, $$MISSION_COLUMNS(m), $$ACTION_COLUMNS(e)
ORDER BY n, toInteger(split(e.paragraph, ' ')[1]), m.key
