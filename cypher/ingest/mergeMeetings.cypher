// Creates or updates meetings of the Library's meeting tables, keyed by record symbol.
UNWIND $rows AS row
MERGE (m:Meeting {symbol: row.symbol})
SET m.number = row.number, m.date = row.date, m.agenda = row.agenda, m.agendaKey = row.agendaKey, m.outcome = row.outcome
