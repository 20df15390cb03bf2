// Cities with no filter: how many (Neo4j keeps the count per label, nothing is walked) and one page
// in id order, read from the city id index and stopped at the page's end. cities-matching.cypher
// answers the same when every filter is null, after testing, sorting and collecting every city.
CALL () {
  MATCH (c:City)
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:City) USING INDEX c:City(id)
  WHERE c.id > coalesce($after, '')
  WITH c ORDER BY c.id
  LIMIT toInteger($limit)
  OPTIONAL MATCH (c)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
  RETURN collect(c {.id, .name, .countryCode, .illustrative, .source, countryName: co.name, region: r.name, subregion: co.subregion}) AS cities
}
RETURN total, cities
