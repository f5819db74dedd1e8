// The paragraphs of each of these resolutions, in document order.
UNWIND $numbers AS n
MATCH (:Resolution {number: n})-[:HAS_PARAGRAPH]->(p:Paragraph)
RETURN n AS resolution, $$PARAGRAPH_COLUMNS(p)
ORDER BY n, p.ordinal
