// Updates a batch of pledges that exist but differ from their rows (the writer skips unchanged
// ones and CREATEs new ones). Links are made to match the row exactly (missing ones created,
// stale ones removed). `source` ('seed' or 'import') lets a re-seed remove sample pledges without
// touching imported ones. Cities exist already (write-import-cities).
UNWIND $rows AS r
MATCH (c:City {id: r.cityId})
MERGE (p:Pledge {id: r.id})
SET p.title = r.title, p.description = r.description, p.status = r.status, p.pledgedOn = r.pledgedOn,
    p.targetDate = r.targetDate, p.illustrative = r.illustrative, p.cityId = r.cityId, p.source = $source
MERGE (c)-[:MADE]->(p)
WITH p, r
CALL (p, r) {
  UNWIND r.actionAreas AS aid
  MATCH (a:ActionArea {id: aid})
  MERGE (p)-[:IN_AREA]->(a)
}
CALL (p, r) {
  UNWIND r.frameworkItems AS iid
  MATCH (i:FrameworkItem {id: iid})
  MERGE (p)-[:DECLARES]->(i)
}
CALL (p, r) {
  UNWIND r.partners AS partner
  MERGE (o:Organisation {id: partner.id})
    ON CREATE SET o.name = partner.name, o.kind = 'PARTNER'
  MERGE (p)-[:WITH_PARTNER]->(o)
}
CALL (p, r) {
  MATCH (p)-[old:IN_AREA|DECLARES|WITH_PARTNER]->(x)
  WHERE NOT x.id IN (r.actionAreas + r.frameworkItems + [q IN r.partners | q.id])
  DELETE old
}
RETURN count(p) AS written
