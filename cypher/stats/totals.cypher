// Corpus totals: resolutions (with text, unanimous), years covered, and the other node and edge counts.
CALL () {
  MATCH (r:Resolution)
  RETURN count(r) AS resolutions,
         count(CASE WHEN coalesce(r.hasText, r.text IS NOT NULL) THEN 1 END) AS withText,
         count(CASE WHEN r.unanimous THEN 1 END) AS unanimous,
         min(r.year) AS firstYear, max(r.year) AS lastYear
}
$$GRAPH_COUNTS()
RETURN resolutions, withText, unanimous, firstYear, lastYear, citations, meetings, members, topics, paragraphs
