// Ingest floor: upserts a batch of resolutions with their scalar properties, nothing derived.
UNWIND $rows AS row
MERGE (r:Resolution {number: row.number})
SET r.symbol = row.symbol,
    r.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    r.year = row.year,
    r.title = row.title,
    r.agenda = row.agenda,
    r.text = row.text,
    r.hasText = row.text IS NOT NULL,
    r.modality = row.modality,
    r.votesYes = row.votesYes,
    r.votesNo = row.votesNo,
    r.votesAbstain = row.votesAbstain,
    r.votesNonVoting = row.votesNonVoting,
    r.unanimous = row.unanimous,
    r.mainTopic = row.mainTopic,
    r.provenance = '{}'
