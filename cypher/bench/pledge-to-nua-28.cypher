// Bench raw arm for PledgeToNua28: the pledge with its city and areas, and its shortest explaining
// path to NUA-28 (same search as cypher/path-between.cypher, maxHops 4).
OPTIONAL MATCH (s:Pledge {id: $pledgeId})
CALL (s) {
  OPTIONAL MATCH (c:City)-[:MADE]->(s)
  CALL (s) { MATCH (s)-[:IN_AREA]->(x:ActionArea) WITH x ORDER BY x.number RETURN collect({id: x.id}) AS areas }
  RETURN {id: s.id, title: s.title, illustrative: s.illustrative, city: {name: c.name}, actionAreas: areas} AS pledge
}
CALL (s) {
  MATCH (t:FrameworkItem {id: 'NUA-28'})
  CALL (s, t) {
    MATCH p = ALL SHORTEST (s)-[:DECLARES|IN_AREA]->(first) (()-[:ALIGNS_WITH]-(:FrameworkItem)){0,4} (t)
    RETURN p
  }
  WITH t, p, [n IN nodes(p) | n.id] AS path WHERE length(p) <= 4
  ORDER BY path
  WITH t, head(collect(p)) AS best
  WITH t, best, relationships(best) AS rels
  RETURN collect({
    path: [n IN nodes(best) | n.id],
    basis: CASE
      WHEN length(best) = 1 AND type(rels[0]) = 'DECLARES' THEN 'DECLARED'
      WHEN length(best) = 1 THEN rels[0].basis
      WHEN length(best) = 2 AND type(rels[0]) = 'IN_AREA' THEN rels[1].basis
      ELSE 'INFERRED' END,
    hops: length(best),
    rationales: [r IN rels | CASE type(r)
      WHEN 'DECLARES' THEN 'Named by the city in the pledge.'
      WHEN 'IN_AREA' THEN 'The pledge is made in this action area.'
      ELSE r.rationale END],
    item: {id: t.id, title: coalesce(t.title_en, t.label, t.id)}
  }) AS found
}
RETURN {pledge: CASE WHEN s IS NULL THEN null ELSE pledge END, path: head(found)} AS data
