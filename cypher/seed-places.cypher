// World regions, countries, and the city networks and partner organisations.
CALL () {
  UNWIND $regions AS r
  MERGE (reg:Region {id: r.id})
  SET reg.code = r.code, reg.name = r.name
}
CALL () {
  UNWIND $countries AS c
  MATCH (reg:Region {id: c.region})
  MERGE (co:Country {id: c.code})
  SET co.code = c.code, co.alpha2 = c.alpha2, co.name = c.name, co.subregion = c.subregion
  MERGE (co)-[:IN_REGION]->(reg)
}
CALL () {
  UNWIND $organisations AS o
  MERGE (org:Organisation {id: o.id})
  SET org.name = o.name, org.kind = o.kind, org.description = o.description
}
