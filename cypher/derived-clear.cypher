// Before a full rebuild: forget every stored contribution and count (the pledges' own lists are
// ignored by the rebuild's first pass, so only cities and items are cleared here). The epoch moves
// too: in-memory coverage indexes reload whole (the crosswalk may have changed every pledge's reach).
CALL () { MATCH (c:City) REMOVE c.reachItems, c.reachCounts, c.reachLock }
CALL () { MATCH (i:FrameworkItem) REMOVE i.reachPledges, i.reachDeclared, i.reachCities }
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1, v.epoch = coalesce(v.epoch, 0) + 1, v.derived = null
