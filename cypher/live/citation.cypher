// One citation edge's properties (those $edgeKeys names: its verb, paragraph and context), for a citationAdded event.
MATCH (:Resolution {number: $from})-[c:CITES]->(:Resolution {number: $to})
WITH c, $edgeKeys AS edgeKeys
RETURN $$CITATION(c) AS citation
LIMIT 1
