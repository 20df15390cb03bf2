// Everything a refresh of the derived data reads, in one statement: what each action area reaches
// through the curated crosswalk (either direction); what each touched pledge counted for before
// (the reach* lists stored last time) and counts for now; and the commitment set of every city
// whose counts may move (the pledges' old and current cities, and $cityIds: those of pledges
// created with their contribution), each with, per item, how many of its public pledges reach it.
// The caller has written these pledges in its transaction, so it holds their locks: no other
// transaction can subtract the same old contribution. The cities are locked here, in id order,
// until the counts are written back (derived-write). Drafts count for nothing: they are private
// (the API stores them as DraftPledge; an imported row may say status DRAFT).
CALL () {
  MATCH (a:ActionArea)
  RETURN collect({id: a.id, items: COLLECT { MATCH (a)-[:ALIGNS_WITH]-(i:FrameworkItem) RETURN DISTINCT i.id }}) AS areas
}
CALL () {
  UNWIND $ids AS id
  MATCH (p:Pledge|DraftPledge {id: id})
  RETURN collect({
    id: p.id, draft: (p:DraftPledge OR p.status = 'DRAFT'),
    oldAreas: coalesce(p.reachAreas, []), oldDeclared: coalesce(p.reachDeclared, []),
    oldCities: coalesce(p.reachCities, []),
    areas: COLLECT { MATCH (p)-[:IN_AREA]->(a:ActionArea) RETURN a.id ORDER BY a.id },
    declared: COLLECT { MATCH (p)-[:DECLARES]->(i:FrameworkItem) RETURN i.id ORDER BY i.id },
    cities: COLLECT { MATCH (c:City)-[:MADE]->(p) RETURN c.id ORDER BY c.id }
  }) AS pledges
}
CALL (pledges) {
  UNWIND $cityIds + reduce(ids = [], s IN pledges | ids + s.oldCities + s.cities) AS id
  WITH DISTINCT id
  ORDER BY id
  MATCH (c:City {id: id})
  SET c._lock = true
  REMOVE c._lock
  RETURN collect({id: c.id, items: coalesce(c.reachItems, []), counts: coalesce(c.reachCounts, [])}) AS cities
}
RETURN areas, pledges, cities
