// The first locks of every registry write: its cities' in id order ($cityIds sorted), then the graph
// version's (bumped at the write's end, derived-write.cypher). API writes then queue here holding
// nothing another write needs. An import batch takes the version here too, after its cities and
// before any item. Taken as the statements came, one write held its cities and dense items'
// relationship locks while it waited for another that wanted them: six officers writing joint
// pledges at once met 6-9 deadlocks in 48 transactions, each retried after about a second.
// SET then REMOVE changes nothing. Returns the cities for the validator.
CALL () {
  UNWIND $cityIds AS id
  MATCH (c:City {id: id})
  SET c._lock = true
  REMOVE c._lock
  RETURN collect({id: c.id, name: c.name, country: c.countryCode}) AS cities
}
MERGE (v:GraphVersion {id: 'graph'})
SET v._lock = true
REMOVE v._lock
RETURN cities
