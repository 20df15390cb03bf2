UNWIND $ids AS id
MATCH (c:City {id: id})
OPTIONAL MATCH (c)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
RETURN c {.*, reachItems: null, reachCounts: null, countryName: co.name, region: r.name, subregion: co.subregion} AS city
