// How many citations, meetings, members, topics and paragraphs the graph holds, written once for the statements that
// report them (system/counts, stats/totals): each a count of one label or type alone, answered from Neo4j's count
// store without a scan. Its placeholder names no variable (GRAPH_COUNTS, with empty parentheses).
CALL () { MATCH ()-[c:CITES]->() RETURN count(c) AS citations }
CALL () { MATCH (m:Meeting) RETURN count(m) AS meetings }
CALL () { MATCH (m:Member) RETURN count(m) AS members }
CALL () { MATCH (t:Topic) RETURN count(t) AS topics }
CALL () { MATCH (p:Paragraph) RETURN count(p) AS paragraphs }
