// Bench raw arm for FilteredCoverage (framework; filter: region by name or id, action area): the
// action area's published pledges made by a city of the region, then the items each reaches.
MATCH (:ActionArea {id: $filter.actionArea})<-[:IN_AREA]-(p:Pledge)<-[:MADE]-(c:City)
      -[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region)
WHERE p.status <> 'DRAFT' AND (r.id = $filter.region OR r.name = $filter.region)
WITH DISTINCT p, c
CALL (p) {
  MATCH (p)-[:DECLARES]->(i:FrameworkItem {framework: $framework}) RETURN i, true AS declared
  UNION
  MATCH (p)-[:IN_AREA]->(:ActionArea)-[:ALIGNS_WITH]-(i:FrameworkItem {framework: $framework}) RETURN i, false AS declared
}
WITH i, count(DISTINCT p) AS pledges, count(DISTINCT c) AS cities, count(DISTINCT CASE WHEN declared THEN p END) AS declared
WITH collect({id: i.id, pledges: pledges, cities: cities, declared: declared}) AS reached
MATCH (i:FrameworkItem {framework: $framework})
WITH i, head([x IN reached WHERE x.id = i.id]) AS n ORDER BY i.sortKey
RETURN {coverage: collect({item: {id: i.id, code: i.code}, pledgeCount: coalesce(n.pledges, 0),
  cityCount: coalesce(n.cities, 0), declaredPledgeCount: coalesce(n.declared, 0)})} AS data
