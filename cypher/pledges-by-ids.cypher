// Pledges by id, each with its city and action areas, so `pledge { city actionAreas }` costs no
// further round trip.
UNWIND $ids AS id
MATCH (p:Pledge {id: id})
RETURN p {.*,
  cityRecord: head(COLLECT {
    MATCH (c:City {id: p.cityId})
    OPTIONAL MATCH (c)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
    RETURN c {.*, reachItems: null, reachCounts: null, countryName: co.name, region: r.name, subregion: co.subregion}
  }),
  areaRecords: COLLECT { MATCH (p)-[:IN_AREA]->(a:ActionArea) WITH a ORDER BY a.number RETURN a {.*} }
} AS pledge
