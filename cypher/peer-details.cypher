// The ranked peers' city records and the items each shares with the asking city, in document order.
UNWIND $peers AS peer
MATCH (o:City {id: peer.id})
OPTIONAL MATCH (o)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
CALL (peer) {
  UNWIND peer.shared AS sid
  MATCH (s:FrameworkItem {id: sid})
  WITH s ORDER BY s.framework, s.sortKey
  RETURN collect(s {.*, parentId: head([(s)-[:PART_OF]->(q) | q.id])}) AS shared
}
RETURN peer.id AS id, o {.*, countryName: co.name, region: r.name, subregion: co.subregion} AS city, shared
