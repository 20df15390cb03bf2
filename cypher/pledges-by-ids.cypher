// Pledges by id, each with its city and its action areas' ids, so `pledge { city actionAreas }`
// costs no further round trip; each action area's record comes once (a page of 100 pledges in a
// few areas repeated them on every pledge), graph/pledges.repo.ts puts them back on the pledges.
UNWIND $ids AS id
MATCH (p:Pledge {id: id})
WITH collect(p) AS found
RETURN [p IN found | p {.*,
  // What only the importer and the derived data read stays in the database.
  reachAreas: null, reachDeclared: null, reachCities: null, reachVersion: null, importHash: null,
  cityRecord: head(COLLECT {
    MATCH (c:City {id: p.cityId})
    OPTIONAL MATCH (c)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
    RETURN c {.*, reachItems: null, reachCounts: null, countryName: co.name, region: r.name, subregion: co.subregion}
  }),
  areaIds: COLLECT { MATCH (p)-[:IN_AREA]->(a:ActionArea) WITH a ORDER BY a.number RETURN a.id }
}] AS pledges,
COLLECT { UNWIND found AS p MATCH (p)-[:IN_AREA]->(a:ActionArea) RETURN DISTINCT a {.*} } AS areas
