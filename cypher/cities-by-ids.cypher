// Cities by id with their country's name and M49 region. A city record names the properties the API
// reads: `c {.*}` also read each city's derived reach lists (tens of items) from the store only to
// drop them, ~9-10 against ~7 ms for 100 cities. The other statements that send city records
// (pages, matches, pledges' cities, drafts' cities) project the same properties.
UNWIND $ids AS id
MATCH (c:City {id: id})
OPTIONAL MATCH (c)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
RETURN c {.id, .name, .countryCode, .illustrative, .source, countryName: co.name, region: r.name, subregion: co.subregion} AS city
