// Every public pledge (never a draft) in the import template's shape, so the file re-imports unchanged:
// the lead city's name and country, a joint pledge's other cities by id, lists in a stable order,
// partners by organisation id.
MATCH (p:Pledge)
WHERE coalesce(p.status, '') <> 'DRAFT'
MATCH (c:City {id: p.cityId})
CALL (p) {
  OPTIONAL MATCH (p)-[:IN_AREA]->(a:ActionArea)
  WITH a ORDER BY a.number
  RETURN collect(a.id) AS actionAreas
}
CALL (p) {
  OPTIONAL MATCH (p)-[:DECLARES]->(i:FrameworkItem)
  WITH i ORDER BY i.framework, i.sortKey
  RETURN collect(i.id) AS frameworkItems
}
CALL (p) {
  OPTIONAL MATCH (p)-[:WITH_PARTNER]->(o:Organisation)
  WITH o ORDER BY o.id
  RETURN collect(o.id) AS partners
}
RETURN p.id AS id, c.name AS city, c.countryCode AS country, coalesce(p.cityIds, [c.id])[1..] AS cities,
       p.lang AS lang, p.title AS title, p.description AS description, actionAreas, frameworkItems,
       p.status AS status, p.pledgedOn AS pledgedOn, p.targetDate AS targetDate, partners,
       coalesce(p.illustrative, false) AS illustrative
ORDER BY id
