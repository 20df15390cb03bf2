// Sample cities and their network memberships, which are made to match the seed file exactly.
UNWIND $rows AS r
MATCH (country:Country {id: r.country})
MERGE (c:City {id: r.id})
SET c.name = r.name, c.nameKey = toLower(r.name), c.countryCode = r.country, c.illustrative = r.illustrative, c.source = 'seed'
MERGE (c)-[:IN_COUNTRY]->(country)
WITH c, r
CALL (c, r) {
  MATCH (c)-[old:MEMBER_OF]->(n) WHERE NOT n.id IN r.networks
  DELETE old
}
CALL (c, r) {
  UNWIND r.networks AS nid
  MATCH (n:Organisation {id: nid})
  MERGE (c)-[:MEMBER_OF]->(n)
}
