// Everything the in-memory coverage index holds, for a whole (re)load: every published pledge's
// stored reach with its status and flag, every city's place, each action area's curated reach.
CALL () {
  MATCH (p:Pledge)
  RETURN collect([p.id, p.status, p.illustrative, coalesce(p.reachAreas, []), coalesce(p.reachDeclared, []),
    coalesce(p.reachCities, [])]) AS pledges
}
CALL () {
  MATCH (c:City)
  OPTIONAL MATCH (c)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region)
  RETURN collect([c.id, c.countryCode, r.id, r.name]) AS cities
}
CALL () {
  MATCH (a:ActionArea)
  RETURN collect([a.id, COLLECT { MATCH (a)-[:ALIGNS_WITH]-(i:FrameworkItem) RETURN DISTINCT i.id }]) AS areas
}
RETURN pledges, cities, areas
