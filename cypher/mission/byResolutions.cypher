// What each of these resolutions does to missions, by paragraph order then mission key.
UNWIND $numbers AS n
MATCH (r:Resolution {number: n})-[e:ESTABLISHES|EXTENDS|MODIFIES|TERMINATES]->(m:Mission)
RETURN n AS resolution, m.key AS key, m.acronym AS acronym, m.name AS name, m.kind AS kind, type(e) AS action,
  toString(e.until) AS until, e.period AS period, e.paragraph AS paragraph, e.context AS context
ORDER BY n, toInteger(split(e.paragraph, ' ')[1]), m.key
