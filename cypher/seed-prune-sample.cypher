// Sample nodes a seed file no longer holds leave the graph; imported pledges and cities
// (source 'import') are never touched, and a country still used by a city stays.
CALL () {
  MATCH (r:ProgressReport {source: 'seed'}) WHERE NOT r.id IN $reportIds
  DETACH DELETE r
}
CALL () {
  MATCH (p:Pledge {source: 'seed'}) WHERE NOT p.id IN $pledgeIds
  OPTIONAL MATCH (p)-[:HAS_REPORT|HAS_EVENT]->(r)
  DETACH DELETE p, r
}
CALL () {
  MATCH (c:City {source: 'seed'}) WHERE NOT c.id IN $cityIds AND NOT EXISTS { (c)-[:MADE]->() }
  DETACH DELETE c
}
CALL () {
  MATCH (co:Country) WHERE NOT co.id IN $countryIds AND NOT EXISTS { (:City)-[:IN_COUNTRY]->(co) }
  DETACH DELETE co
}
