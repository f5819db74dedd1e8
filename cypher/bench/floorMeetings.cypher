// Ingest floor: upserts a batch of meetings.
UNWIND $rows AS row
MERGE (m:Meeting {symbol: row.symbol})
SET m.number = row.number,
    m.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    m.agenda = row.agenda,
    m.outcome = row.outcome
