// Bench: how many nodes and relationships of each kind the graph holds (count store, no scan).
CALL () { MATCH (r:Resolution) RETURN count(r) AS resolutions }
$$GRAPH_COUNTS()
CALL () { MATCH ()-[s:SAT_ON]->() RETURN count(s) AS satOn }
RETURN resolutions, citations AS cites, paragraphs, meetings, satOn, topics
