// The rest of a batch of new pledges (write-pledges-new): the graph version is bumped first, its
// lock ordering writers, and every new pledge is stamped with it (reachVersion), so coverage indexes
// see them as changed after it; then their declared items and partners are linked.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1
WITH v.version AS version
UNWIND $rows AS r
MATCH (p:Pledge {id: r.id})
SET p.reachVersion = version
WITH p, r
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
RETURN count(p) AS linked
