// The paragraphs of each of these resolutions, in document order.
UNWIND $numbers AS n
MATCH (:Resolution {number: n})-[:HAS_PARAGRAPH]->(p:Paragraph)
RETURN n AS resolution, p.id AS id, p.ordinal AS ordinal, p.kind AS kind, p.number AS number, p.text AS text
ORDER BY n, p.ordinal
