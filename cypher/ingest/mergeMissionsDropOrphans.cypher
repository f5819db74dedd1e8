// Drops missions and sanctions regimes no resolution acts on any more (a re-run whose texts no longer name them).
MATCH (t)
WHERE (t:Mission OR t:SanctionsRegime) AND NOT EXISTS { (:Resolution)-->(t) }
DETACH DELETE t
