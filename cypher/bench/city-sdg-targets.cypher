// Bench raw arm for CitySdgTargets: the operation's whole `data` in one statement.
OPTIONAL MATCH (c:City {id: $cityId})
CALL (c) {
  MATCH (c)-[:MADE]->(p:Pledge)
  CALL (p) {
    MATCH (p)-[:DECLARES]->(t:FrameworkItem {framework: 'SDG'})
    RETURN t, 0 AS rank, [p.id, t.id] AS path
    UNION
    MATCH (p)-[:IN_AREA]->(a:ActionArea)-[:ALIGNS_WITH]-(t:FrameworkItem {framework: 'SDG'})
    RETURN t, 1 AS rank, [p.id, a.id, t.id] AS path
    UNION
    MATCH (p)-[:DECLARES]->(x:FrameworkItem)-[:ALIGNS_WITH]-(t:FrameworkItem {framework: 'SDG'})
    RETURN t, 2 AS rank, [p.id, x.id, t.id] AS path
    UNION
    MATCH (p)-[:IN_AREA]->(a:ActionArea)-[:ALIGNS_WITH]-(x:FrameworkItem)-[:ALIGNS_WITH]-(t:FrameworkItem {framework: 'SDG'})
    WHERE t <> x
    RETURN t, 2 AS rank, [p.id, a.id, x.id, t.id] AS path
  }
  WITH t, p, rank, path ORDER BY rank, size(path), path
  WITH t, collect(DISTINCT p {.id, .title}) AS pledges, head(collect(rank)) AS best, head(collect(path)) AS bestPath
  ORDER BY t.sortKey
  RETURN collect({
    item: {id: t.id, code: t.code, title: coalesce(t.title_en, t.label, t.id)},
    basis: ['DECLARED', 'CURATED', 'INFERRED'][best], path: bestPath, pledges: pledges
  }) AS commitments
}
RETURN {city: CASE WHEN c IS NULL THEN null
  ELSE {id: c.id, name: c.name, illustrative: c.illustrative, commitments: commitments} END} AS data
