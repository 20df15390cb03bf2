// Stores the new contributions and applies the count deltas computed in src/graph/derived/delta.ts,
// then bumps the graph version that response caches and the peer index key on.
CALL () {
  UNWIND $pledges AS r
  MATCH (p:Pledge|DraftPledge {id: r.id})
  SET p.reachAreas = r.areas, p.reachDeclared = r.declared, p.reachCities = r.cities
}
CALL () {
  UNWIND $cities AS r
  MATCH (c:City {id: r.id})
  SET c.reachItems = r.items, c.reachCounts = r.counts
  REMOVE c.reachLock
}
CALL () {
  UNWIND $items AS r
  MATCH (i:FrameworkItem {id: r.id})
  SET i.reachPledges = coalesce(i.reachPledges, 0) + r.pledges,
      i.reachDeclared = coalesce(i.reachDeclared, 0) + r.declared,
      i.reachCities = coalesce(i.reachCities, 0) + r.cities
}
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1
