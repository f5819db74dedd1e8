// Removes topics no resolution links to any more: links a later run replaced, and topics stored under the keys
// used before case and punctuation variants were merged (their resolutions now link to the merged topic).
MATCH (t:Topic)
WHERE NOT EXISTS { (t)<-[:HAS_TOPIC]-(:Resolution) }
DETACH DELETE t
