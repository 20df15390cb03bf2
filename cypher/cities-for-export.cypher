// Every city with its country, region, networks and how many public pledges it made.
MATCH (c:City)
OPTIONAL MATCH (c)-[:IN_COUNTRY]->(co:Country)
OPTIONAL MATCH (co)-[:IN_REGION]->(reg:Region)
CALL (c) {
  OPTIONAL MATCH (c)-[:MEMBER_OF]->(n:Organisation)
  WITH n ORDER BY n.id
  RETURN collect(n.id) AS networks
}
CALL (c) {
  OPTIONAL MATCH (c)-[:MADE]->(p:Pledge)
  WHERE coalesce(p.status, '') <> 'DRAFT'
  RETURN count(p) AS pledges
}
RETURN c.id AS id, c.name AS name, co.id AS country, co.alpha2 AS alpha2, reg.name AS region, networks, pledges,
       coalesce(c.illustrative, false) AS illustrative
ORDER BY id
