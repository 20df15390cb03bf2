// Everything the linked-data description of one node needs, in one round trip: the node (a framework,
// framework item, action area, city or public pledge; drafts never), its hierarchy, its crosswalk links
// with basis and rationale, and for cities and pledges what they made, name and report.
CALL () {
  MATCH (n:FrameworkItem {id: $id}) RETURN n, 'item' AS kind
  UNION
  MATCH (n:ActionArea {id: $id}) RETURN n, 'area' AS kind
  UNION
  MATCH (n:Framework {id: $id}) RETURN n, 'framework' AS kind
  UNION
  MATCH (n:City {id: $id}) RETURN n, 'city' AS kind
  UNION
  MATCH (n:Pledge {id: $id}) WHERE coalesce(n.status, '') <> 'DRAFT' RETURN n, 'pledge' AS kind
}
CALL (n) {
  OPTIONAL MATCH (n)-[:PART_OF]->(parent:FrameworkItem)
  RETURN parent.id AS parentId
}
CALL (n) {
  OPTIONAL MATCH (child:FrameworkItem)-[:PART_OF]->(n)
  WITH child ORDER BY child.sortKey
  RETURN collect(child.id) AS childIds
}
CALL (n) {
  // A framework's top concepts: its items without a parent, in document order.
  OPTIONAL MATCH (top:FrameworkItem)-[:IN_FRAMEWORK]->(n:Framework)
  WHERE NOT (top)-[:PART_OF]->(:FrameworkItem)
  WITH top ORDER BY top.sortKey
  RETURN collect(top.id) AS topIds
}
CALL (n) {
  OPTIONAL MATCH (n)-[l:ALIGNS_WITH]-(other)
  WHERE NOT n:Pledge
  WITH l, other ORDER BY other.id
  RETURN collect(CASE WHEN l IS NULL THEN null ELSE {
    source: startNode(l).id, target: endNode(l).id, basis: l.basis, rationale: l.rationale, verified: l.verified
  } END) AS links
}
CALL (n) {
  OPTIONAL MATCH (n)-[:MADE]->(p:Pledge)
  WHERE coalesce(p.status, '') <> 'DRAFT'
  WITH p ORDER BY p.id
  RETURN collect(p.id) AS pledgeIds
}
CALL (n) {
  OPTIONAL MATCH (n)-[:IN_COUNTRY]->(co:Country)
  RETURN co {.id, .alpha2, .name} AS country
}
CALL (n) {
  OPTIONAL MATCH (city:City)-[:MADE]->(n)
  WITH city ORDER BY city.id
  RETURN collect(city.id) AS cityIds
}
CALL (n) {
  OPTIONAL MATCH (n)-[:IN_AREA]->(a:ActionArea)
  WITH a ORDER BY a.number
  RETURN collect(a.id) AS areaIds
}
CALL (n) {
  OPTIONAL MATCH (n)-[:DECLARES]->(d:FrameworkItem)
  WITH d ORDER BY d.framework, d.sortKey
  RETURN collect(d.id) AS declaredIds
}
CALL (n) {
  OPTIONAL MATCH (n)-[:WITH_PARTNER]->(o:Organisation)
  WITH o ORDER BY o.name
  RETURN collect(o.name) AS partners
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_REPORT]->(r:ProgressReport)
  WITH r ORDER BY r.date, r.id
  RETURN collect(r {.*}) AS reports
}
RETURN kind, n {.*} AS node, parentId, childIds, topIds, links, pledgeIds, country, cityIds, areaIds,
       declaredIds, partners, reports
LIMIT 1
