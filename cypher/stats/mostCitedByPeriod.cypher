// For each period ($period: 'DECADE' or 'YEAR') of adoption, its $limit most cited resolutions:
// periods in order, then by citations received, then number. Resolutions never cited are left out.
MATCH (r:Resolution)
WITH r, coalesce(r.citedByCount, COUNT { (r)<-[:CITES]-() }) AS value
WHERE value > 0
WITH r, value, CASE $period WHEN 'YEAR' THEN r.year ELSE r.year - r.year % 10 END AS period
ORDER BY period, value DESC, r.number
WITH period, collect({ r: r, value: value })[0..toInteger($limit)] AS best
UNWIND range(0, size(best) - 1) AS i
WITH period, i, best[i].r AS r, best[i].value AS value
RETURN period, i + 1 AS rank, value, $$RESOLUTION(r) AS resolution
ORDER BY period, rank
