// Corpus totals: resolutions (with text, unanimous), years covered, and the other node and edge counts.
CALL () {
  MATCH (r:Resolution)
  RETURN count(r) AS resolutions,
         count(CASE WHEN coalesce(r.hasText, r.text IS NOT NULL) THEN 1 END) AS withText,
         count(CASE WHEN r.unanimous THEN 1 END) AS unanimous,
         min(r.year) AS firstYear, max(r.year) AS lastYear
}
CALL () { MATCH ()-[c:CITES]->() RETURN count(c) AS citations }
CALL () { MATCH (m:Meeting) RETURN count(m) AS meetings }
CALL () { MATCH (m:Member) RETURN count(m) AS members }
CALL () { MATCH (t:Topic) RETURN count(t) AS topics }
CALL () { MATCH (p:Paragraph) RETURN count(p) AS paragraphs }
RETURN resolutions, withText, unanimous, firstYear, lastYear, citations, meetings, members, topics, paragraphs
