// Stores the new contributions and applies the count deltas computed in src/graph/derived/delta.ts.
// The graph version is bumped FIRST: its lock orders concurrent writers, so the version stamped on
// every refreshed pledge (reachVersion) grows in commit order and an in-memory coverage index can
// fetch exactly the pledges changed since the version it holds (pledges CREATEd with their
// contribution are stamped by their creator, write-pledges-new.cypher). $retract marks a delete to
// come: the epoch moves and such indexes reload whole.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1,
    v.epoch = coalesce(v.epoch, 0) + CASE WHEN $retract THEN 1 ELSE 0 END
WITH v.version AS version
CALL (version) {
  UNWIND $pledges AS r
  MATCH (p:Pledge|DraftPledge {id: r.id})
  SET p.reachAreas = r.areas, p.reachDeclared = r.declared, p.reachCities = r.cities, p.reachVersion = version
}
CALL () {
  UNWIND $cities AS r
  MATCH (c:City {id: r.id})
  SET c.reachItems = r.items, c.reachCounts = r.counts
}
CALL () {
  UNWIND $items AS r
  MATCH (i:FrameworkItem {id: r.id})
  SET i.reachPledges = coalesce(i.reachPledges, 0) + r.pledges,
      i.reachDeclared = coalesce(i.reachDeclared, 0) + r.declared,
      i.reachCities = coalesce(i.reachCities, 0) + r.cities
}
RETURN version
