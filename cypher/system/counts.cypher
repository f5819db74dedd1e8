// How big the graph is; every count here is answered from Neo4j's count store, without a scan.
CALL () { MATCH (r:Resolution) RETURN count(r) AS resolutions }
$$GRAPH_COUNTS()
RETURN resolutions, citations, meetings, members, topics, paragraphs
