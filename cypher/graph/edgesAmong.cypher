// Every CITES edge whose two ends are both among $numbers, by source then target.
UNWIND $numbers AS n
MATCH (a:Resolution {number: n})-[c:CITES]->(b:Resolution)
WHERE b.number IN $numbers
RETURN a.number AS source, b.number AS target, c.verb AS verb
ORDER BY source, target
