// The meeting with this normalised symbol (upper-cased, no spaces), or no row.
MATCH (m:Meeting)
WHERE m.symbol = $symbol OR toUpper(replace(m.symbol, ' ', '')) = $symbol
RETURN $$MEETING(m) AS meeting
ORDER BY m.symbol = $symbol DESC
LIMIT 1
