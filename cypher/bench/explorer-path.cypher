// Bench raw arm for ExplorerPath (lang EN, maxHops 4) from a pledge: the shortest explaining path
// to one item, first step an item the pledge names or one of its areas, then crosswalk links
// through framework items only; ties go to the smallest list of ids (as cypher/path-between.cypher).
// No path within four steps answers null, as the API does.
OPTIONAL MATCH (s:Pledge {id: $from})
OPTIONAL MATCH (t:FrameworkItem {id: $to})
CALL (s, t) {
  MATCH p = ALL SHORTEST (s)-[:DECLARES|IN_AREA]->(first) (()-[:ALIGNS_WITH]-(:FrameworkItem)){0,3} (t)
  WITH p ORDER BY [n IN nodes(p) | n.id]
  WITH head(collect(p)) AS best
  WITH best, relationships(best) AS rels
  RETURN CASE WHEN best IS NULL THEN null ELSE {
    item: {id: t.id, title: coalesce(t.title_en, t.label, t.id)},
    basis: CASE
      WHEN length(best) = 1 AND type(rels[0]) = 'DECLARES' THEN 'DECLARED'
      WHEN length(best) = 1 THEN rels[0].basis
      WHEN length(best) = 2 AND type(rels[0]) = 'IN_AREA' THEN rels[1].basis
      ELSE 'INFERRED' END,
    path: [n IN nodes(best) | n.id],
    hops: length(best),
    rationales: [r IN rels | CASE type(r)
      WHEN 'DECLARES' THEN 'Named by the city in the pledge.'
      WHEN 'IN_AREA' THEN 'The pledge is made in this action area.'
      ELSE r.rationale END]
  } END AS found
}
RETURN {path: found} AS data
