// Pledges by id with their action areas' ids, and the records of their cities and areas, each once
// (a page of 100 pledges in a few areas repeated them on every pledge; a city looked up per pledge
// cost ~2 ms more on a 100-pledge page), so `pledge { city actionAreas }` costs no further round
// trip: graph/pledges.repo.ts puts the records back on the pledges. A pledge's page asks for its
// partners and reports too ($partners, $reports): they come along instead of in two more trips.
UNWIND $ids AS id
MATCH (p:Pledge {id: id})
WITH collect(p) AS found
RETURN [p IN found | p {.*,
  // What only the importer and the derived data read stays in the database.
  reachAreas: null, reachDeclared: null, reachCities: null, reachVersion: null, importHash: null,
  areaIds: COLLECT { MATCH (p)-[:IN_AREA]->(a:ActionArea) WITH a ORDER BY a.number RETURN a.id },
  partnerRecords: CASE WHEN $partners THEN COLLECT {
    MATCH (p)-[:WITH_PARTNER]->(o:Organisation) WITH o ORDER BY o.name RETURN o {.*} } END,
  reportRecords: CASE WHEN $reports THEN COLLECT {
    MATCH (p)-[:HAS_REPORT]->(r:ProgressReport) WITH r ORDER BY r.date RETURN r {.*} } END
}] AS pledges,
COLLECT { UNWIND found AS p MATCH (p)-[:IN_AREA]->(a:ActionArea) RETURN DISTINCT a {.*} } AS areas,
COLLECT {
  UNWIND found AS p
  WITH DISTINCT p.cityId AS cityId
  MATCH (c:City {id: cityId})
  OPTIONAL MATCH (c)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
  RETURN c {.id, .name, .countryCode, .illustrative, .source, countryName: co.name, region: r.name, subregion: co.subregion}
} AS cities
