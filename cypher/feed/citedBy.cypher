// The resolution $number and the newest resolutions citing it (at most $limit), newest first, with the citing paragraph: the cited-by Atom feed.
MATCH (r:Resolution {number: $number})
CALL (r) {
  MATCH (r)<-[c:CITES]-(t:Resolution)
  WITH c, t ORDER BY t.date DESC, t.number DESC LIMIT toInteger($limit)
  RETURN collect({number: t.number, symbol: t.symbol, title: t.title, date: toString(t.date),
                  verb: c.verb, paragraph: c.paragraph, context: c.context}) AS citing
}
RETURN r.number AS number, r.symbol AS symbol, r.title AS title, citing
