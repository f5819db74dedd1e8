// Bench: how many nodes and relationships of each kind the graph holds (count store, no scan).
CALL () { MATCH (r:Resolution) RETURN count(r) AS resolutions }
CALL () { MATCH ()-[c:CITES]->() RETURN count(c) AS cites }
CALL () { MATCH (p:Paragraph) RETURN count(p) AS paragraphs }
CALL () { MATCH (m:Meeting) RETURN count(m) AS meetings }
CALL () { MATCH ()-[s:SAT_ON]->() RETURN count(s) AS satOn }
CALL () { MATCH (t:Topic) RETURN count(t) AS topics }
RETURN resolutions, cites, paragraphs, meetings, satOn, topics
