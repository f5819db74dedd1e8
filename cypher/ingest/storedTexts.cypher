// Stored texts of resolutions outside this run that are newer than one of its resolutions and mention its number: they may cite it.
// With the texts of their paragraphs of kind other, so that re-splitting the text keeps the headings the source set apart.
MATCH (r:Resolution)
WHERE r.text IS NOT NULL AND r.number > $minNumber AND NOT r.number IN $numbers
  AND any(n IN $numbers WHERE n < r.number AND r.text CONTAINS toString(n))
RETURN r.number AS number, r.year AS year, r.text AS text, [(r)-[:HAS_PARAGRAPH]->(p:Paragraph) WHERE p.kind = 'other' | p.text] AS others
