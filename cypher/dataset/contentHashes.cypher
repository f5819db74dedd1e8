// The content hash each of $numbers was last written with (null for none), to tell updates from reruns.
UNWIND $numbers AS n
MATCH (r:Resolution {number: n})
RETURN r.number AS number, r.contentHash AS hash
