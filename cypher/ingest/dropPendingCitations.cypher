// Removes the pending citations with these keys, once they have been made CITES edges or found invalid.
UNWIND $rows AS key
MATCH (p:PendingCitation {key: key})
DELETE p
