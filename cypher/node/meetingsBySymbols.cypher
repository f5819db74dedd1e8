// The meetings with these exact stored symbols, one row each; an unknown symbol gives no row.
UNWIND $symbols AS symbol
MATCH (m:Meeting {symbol: symbol})
RETURN $$MEETING(m) AS meeting
