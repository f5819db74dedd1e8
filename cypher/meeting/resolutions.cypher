// The resolutions adopted at each of these meetings, by number.
UNWIND $symbols AS symbol
MATCH (r:Resolution)-[:ADOPTED_AT]->(:Meeting {symbol: symbol})
WITH symbol, r ORDER BY r.number
RETURN symbol, $$RESOLUTION(r) AS resolution
