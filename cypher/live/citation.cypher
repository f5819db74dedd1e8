// One citation edge's verb, paragraph and context, for a citationAdded event.
MATCH (:Resolution {number: $from})-[c:CITES]->(:Resolution {number: $to})
RETURN c.verb AS verb, c.paragraph AS paragraph, c.context AS context
LIMIT 1
