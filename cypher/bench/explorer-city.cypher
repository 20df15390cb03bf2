// Bench raw arm for ExplorerCity (lang EN): the city, its first hundred pledges by id, every item
// its published pledges reach in the four frameworks (strongest basis, then shortest path, then
// smallest list of ids, as cypher/city-commitments.cypher), and its five peers by Jaccard overlap
// of direct commitment sets. Those sets are read from City.reachItems, the derived reach every write
// keeps current and the API's peer index is built from: a list per city instead of walking every
// city's pledges (about half the time of cypher/bench/community-of-practice.cypher's walk at scale).
OPTIONAL MATCH (c:City {id: $id})
OPTIONAL MATCH (c)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
CALL (c) {
  MATCH (c)-[:MADE]->(p:Pledge)
  WITH p ORDER BY p.id LIMIT 100
  RETURN collect({node: {id: p.id, title: p.title, status: p.status, illustrative: p.illustrative}}) AS pledges
}
CALL (c) {
  MATCH (c)-[:MADE]->(p:Pledge) WHERE coalesce(p.status, '') <> 'DRAFT'
  CALL (p) {
    MATCH (p)-[:DECLARES]->(t:FrameworkItem) RETURN t, 0 AS rank, [p.id, t.id] AS path
    UNION
    MATCH (p)-[:IN_AREA]->(a:ActionArea)-[:ALIGNS_WITH]-(t:FrameworkItem) RETURN t, 1 AS rank, [p.id, a.id, t.id] AS path
    UNION
    MATCH (p)-[:DECLARES]->(x:FrameworkItem)-[:ALIGNS_WITH]-(t:FrameworkItem) RETURN t, 2 AS rank, [p.id, x.id, t.id] AS path
    UNION
    MATCH (p)-[:IN_AREA]->(a:ActionArea)-[:ALIGNS_WITH]-(x:FrameworkItem)-[:ALIGNS_WITH]-(t:FrameworkItem)
    WHERE t <> x
    RETURN t, 2 AS rank, [p.id, a.id, x.id, t.id] AS path
  }
  WITH t, rank, path ORDER BY rank, size(path), path
  WITH t, head(collect(rank)) AS best, head(collect(path)) AS bestPath
  ORDER BY t.framework, t.sortKey
  RETURN collect({f: t.framework, v: {item: {id: t.id, code: t.code, title: coalesce(t.title_en, t.label, t.id)},
    basis: ['DECLARED', 'CURATED', 'INFERRED'][best], path: bestPath}}) AS commitments
}
CALL (c) {
  WITH c, coalesce(c.reachItems, []) AS mine
  MATCH (o:City) WHERE o <> c
  WITH o, mine, coalesce(o.reachItems, []) AS theirs
  WITH o, mine, theirs, [t IN theirs WHERE t IN mine] AS shared
  WHERE size(shared) > 0
  WITH o, shared, toFloat(size(shared)) / (size(mine) + size(theirs) - size(shared)) AS score
  ORDER BY score DESC, o.id
  LIMIT 5
  OPTIONAL MATCH (o)-[:IN_COUNTRY]->(oc:Country)-[:IN_REGION]->(:Region)
  CALL (shared) {
    UNWIND shared AS sid
    MATCH (s:FrameworkItem {id: sid})
    WITH s ORDER BY s.framework, s.sortKey
    RETURN collect({id: s.id, code: s.code, framework: s.framework}) AS sharedItems
  }
  WITH o, oc, score, sharedItems ORDER BY score DESC, o.id
  RETURN collect({city: {id: o.id, name: o.name, countryName: oc.name, illustrative: o.illustrative}, score: score,
    shared: sharedItems}) AS peers
}
RETURN {city: CASE WHEN c IS NULL THEN null ELSE {
  id: c.id, name: c.name, countryName: co.name, region: r.name, illustrative: c.illustrative,
  pledges: {edges: pledges},
  gcm: [x IN commitments WHERE x.f = 'GCM' | x.v], gcr: [x IN commitments WHERE x.f = 'GCR' | x.v],
  nua: [x IN commitments WHERE x.f = 'NUA' | x.v], sdg: [x IN commitments WHERE x.f = 'SDG' | x.v]
} END, peers: peers} AS data
