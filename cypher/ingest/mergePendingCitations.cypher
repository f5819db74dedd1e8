// Stores citations whose citing or cited resolution is not in the graph yet, one :PendingCitation per ordered pair and
// source (key "<from>><to>><source>"), with the details a CITES edge would carry and the cited year the text gives.
UNWIND $rows AS row
MERGE (p:PendingCitation {key: row.key})
SET p.from = row.from, p.to = row.to, p.source = row.source, p.verb = row.verb, p.paragraph = row.paragraph,
    p.context = row.context, p.mentions = row.mentions, p.year = row.year
