// World regions, countries, and the city networks and partner organisations. The seed files are
// the only source of regions and countries, so a region they no longer name is removed and a
// country's region is replaced, not added to, when it changes.
CALL () {
  UNWIND $regions AS r
  MERGE (reg:Region {id: r.id})
  SET reg.code = r.code, reg.name = r.name
}
CALL () {
  MATCH (reg:Region) WHERE NOT reg.id IN [r IN $regions | r.id]
  DETACH DELETE reg
}
CALL () {
  UNWIND $countries AS c
  MATCH (reg:Region {id: c.region})
  MERGE (co:Country {id: c.code})
  SET co.code = c.code, co.alpha2 = c.alpha2, co.name = c.name, co.subregion = c.subregion
  WITH co, reg
  CALL (co, reg) {
    MATCH (co)-[old:IN_REGION]->(other) WHERE other <> reg
    DELETE old
  }
  MERGE (co)-[:IN_REGION]->(reg)
}
CALL () {
  UNWIND $organisations AS o
  MERGE (org:Organisation {id: o.id})
  SET org.name = o.name, org.kind = o.kind, org.description = o.description
}
