// Upserts a batch of validated pledges that are new or differ from what is stored (write-import.ts
// skips rows that would change nothing), with their cities and links. Links are made to match the
// row exactly (missing ones created, stale ones removed). `source` ('seed' or 'import') lets a
// re-seed remove sample pledges without touching imported ones. A row that changes its pledge
// carries its history `event` (built by graph/registry/write-import.ts): the version moves and the
// event is appended. The lead cities exist already (write-import-cities); a joint pledge's other
// cities (`cityIds` after the lead) must exist too.
UNWIND $rows AS r
MATCH (c:City {id: r.cityId})
MERGE (p:Pledge {id: r.id})
SET p.title = r.title, p.description = r.description, p.status = r.status, p.pledgedOn = r.pledgedOn,
    p.targetDate = r.targetDate, p.illustrative = r.illustrative, p.cityId = r.cityId, p.source = $source,
    p.cityIds = r.cityIds, p.lang = r.lang, p.importHash = r.hash,
    p.version = CASE WHEN r.event IS NULL THEN coalesce(p.version, 1)
                     WHEN r.event.action = 'SUBMITTED' THEN 1 ELSE coalesce(p.version, 1) + 1 END
MERGE (c)-[:MADE]->(p)
FOREACH (e IN CASE WHEN r.event IS NULL THEN [] ELSE [r.event] END |
  CREATE (p)-[:HAS_EVENT]->(:PledgeEvent {id: p.id + '-v' + p.version, version: p.version, at: $at,
          actor: $source, action: e.action, changes: e.changes}))
WITH p, r
CALL (p, r) {
  UNWIND r.cityIds[1..] AS cid
  MATCH (other:City {id: cid})
  MERGE (other)-[:MADE]->(p)
}
CALL (p, r) {
  MATCH (gone:City)-[old:MADE]->(p) WHERE NOT gone.id IN r.cityIds
  DELETE old
}
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
