// The published pledges whose reach, status or flag changed after graph version $known (stamped by
// derived-write.cypher, found through the pledge_reach_version index), with the places of their cities.
CALL () {
  MATCH (p:Pledge) WHERE p.reachVersion > $known
  RETURN collect([p.id, p.status, p.illustrative, coalesce(p.reachAreas, []), coalesce(p.reachDeclared, []),
    coalesce(p.reachCities, [])]) AS pledges
}
CALL (pledges) {
  UNWIND pledges AS x
  UNWIND x[5] AS id
  WITH DISTINCT id
  MATCH (c:City {id: id})
  OPTIONAL MATCH (c)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region)
  RETURN collect([c.id, c.countryCode, r.id, r.name]) AS cities
}
RETURN pledges, cities
