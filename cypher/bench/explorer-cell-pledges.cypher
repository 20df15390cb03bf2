// Bench raw arm for CellPledges with an item and a region (id or name), no area or status: the
// pledges naming the item or reaching it through an area's curated link, made by a city of the
// region; the total and the first hundred by id with their cities.
CALL () {
  MATCH (p:Pledge)-[:DECLARES]->(:FrameworkItem {id: $item}) RETURN p
  UNION
  MATCH (p:Pledge)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(:FrameworkItem {id: $item}) RETURN p
}
MATCH (c:City)-[:MADE]->(p)
WHERE EXISTS { (c)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region) WHERE r.id = $region OR r.name = $region }
WITH p, c ORDER BY p.id
WITH count(p) AS total, collect({node: {id: p.id, title: p.title, status: p.status, illustrative: p.illustrative,
  city: {id: c.id, name: c.name}}}) AS rows
RETURN {pledges: {totalCount: total, edges: rows[..100]}} AS data
