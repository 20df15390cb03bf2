// Pledges whose ids the graph does not hold yet (checked in the same transaction): CREATE with
// their links, no MERGE lookups. Their cities exist already (write-import-cities). What each
// counts for in the derived data (src/graph/derived/) is stored as it is created (r.reach).
UNWIND $rows AS r
MATCH (c:City {id: r.cityId})
CREATE (c)-[:MADE]->(p:Pledge {id: r.id, title: r.title, description: r.description, status: r.status,
  pledgedOn: r.pledgedOn, targetDate: r.targetDate, illustrative: r.illustrative, cityId: r.cityId, source: $source,
  reachAreas: r.reach.areas, reachDeclared: r.reach.declared, reachCities: r.reach.cities})
WITH p, r
CALL (p, r) {
  UNWIND r.actionAreas AS aid
  MATCH (a:ActionArea {id: aid})
  CREATE (p)-[:IN_AREA]->(a)
}
CALL (p, r) {
  UNWIND r.frameworkItems AS iid
  MATCH (i:FrameworkItem {id: iid})
  CREATE (p)-[:DECLARES]->(i)
}
CALL (p, r) {
  UNWIND r.partners AS partner
  MERGE (o:Organisation {id: partner.id})
    ON CREATE SET o.name = partner.name, o.kind = 'PARTNER'
  CREATE (p)-[:WITH_PARTNER]->(o)
}
