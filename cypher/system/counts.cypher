// How big the graph is; every count here is answered from Neo4j's count store, without a scan.
CALL () { MATCH (r:Resolution) RETURN count(r) AS resolutions }
CALL () { MATCH ()-[c:CITES]->() RETURN count(c) AS citations }
CALL () { MATCH (m:Meeting) RETURN count(m) AS meetings }
CALL () { MATCH (m:Member) RETURN count(m) AS members }
CALL () { MATCH (t:Topic) RETURN count(t) AS topics }
CALL () { MATCH (p:Paragraph) RETURN count(p) AS paragraphs }
RETURN resolutions, citations, meetings, members, topics, paragraphs
