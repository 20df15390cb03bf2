// Creates or changes one pledge from the API: its fields, cities (lead first), links, label
// (drafts are DraftPledge, published pledges Pledge), a version bump and the history event.
// Lists given as null stay as they are.
OPTIONAL MATCH (existing:Pledge|DraftPledge {id: $id})
CALL (existing) {
  WITH existing WHERE existing IS NULL
  CREATE (p:DraftPledge {id: $id, source: 'api', createdAt: $event.at})
  RETURN p
  UNION
  WITH existing WHERE existing IS NOT NULL
  RETURN existing AS p
}
SET p += $fields, p.version = coalesce(p.version, 1) + CASE WHEN existing IS NULL THEN 0 ELSE 1 END,
    p.updatedAt = $event.at, p.updatedBy = $event.actor
// The importer's content hash described the pledge as a file row wrote it; it no longer does.
REMOVE p.importHash
FOREACH (_ IN CASE WHEN p.status = 'DRAFT' THEN [] ELSE [1] END | REMOVE p:DraftPledge SET p:Pledge)
// The pledge is locked now (SET above), so no other transaction can link it: links are CREATEd
// where absent (the lists are free of repeats) instead of MERGEd, which on a dense node (an action
// area, an item) upgraded its relationship lock and met an import batch holding it shared.
WITH p
CALL (p) {
  UNWIND CASE WHEN $cityIds IS NULL THEN [] ELSE $cityIds END AS cid
  MATCH (c:City {id: cid})
  WHERE NOT EXISTS { (p)<-[:MADE]-(c) }
  CREATE (c)-[:MADE]->(p)
}
CALL (p) {
  MATCH (c:City)-[old:MADE]->(p) WHERE $cityIds IS NOT NULL AND NOT c.id IN $cityIds
  DELETE old
}
CALL (p) {
  UNWIND CASE WHEN $actionAreas IS NULL THEN [] ELSE $actionAreas END AS aid
  MATCH (a:ActionArea {id: aid})
  WHERE NOT EXISTS { (p)-[:IN_AREA]->(a) }
  CREATE (p)-[:IN_AREA]->(a)
}
CALL (p) {
  UNWIND CASE WHEN $frameworkItems IS NULL THEN [] ELSE $frameworkItems END AS iid
  MATCH (i:FrameworkItem {id: iid})
  WHERE NOT EXISTS { (p)-[:DECLARES]->(i) }
  CREATE (p)-[:DECLARES]->(i)
}
CALL (p) {
  UNWIND CASE WHEN $partners IS NULL THEN [] ELSE $partners END AS partner
  // Two spellings of one partner have one id: one link.
  WITH p, partner.id AS id, head(collect(partner.name)) AS name
  MERGE (o:Organisation {id: id})
    ON CREATE SET o.name = name, o.kind = 'PARTNER'
  WITH p, o WHERE NOT EXISTS { (p)-[:WITH_PARTNER]->(o) }
  CREATE (p)-[:WITH_PARTNER]->(o)
}
CALL (p) {
  MATCH (p)-[old:IN_AREA|DECLARES|WITH_PARTNER]->(x)
  WHERE (type(old) = 'IN_AREA' AND $actionAreas IS NOT NULL AND NOT x.id IN $actionAreas)
     OR (type(old) = 'DECLARES' AND $frameworkItems IS NOT NULL AND NOT x.id IN $frameworkItems)
     OR (type(old) = 'WITH_PARTNER' AND $partners IS NOT NULL AND NOT x.id IN [q IN $partners | q.id])
  DELETE old
}
CREATE (p)-[:HAS_EVENT]->(:PledgeEvent {id: p.id + '-v' + p.version, version: p.version, at: $event.at,
        actor: $event.actor, action: $event.action, changes: $event.changes})
RETURN p {.*} AS pledge
