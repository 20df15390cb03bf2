// The ranked peers' city records and, in document order, the ids of the items each shares with the
// asking city; item records only for ids the caller does not hold at the current graph version
// (graph/derived/item-records.ts), each once: five peers sharing ~150 items sent ~750 records, about
// half a megabyte.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH coalesce(v.version, 0) AS version, coalesce(v.epoch, 0) AS epoch
WITH version, epoch, CASE WHEN version = $itemsVersion AND epoch = $itemsEpoch THEN $knownItems ELSE [] END AS held
CALL () {
  UNWIND $peers AS peer
  MATCH (o:City {id: peer.id})
  OPTIONAL MATCH (o)-[:IN_COUNTRY]->(co:Country)-[:IN_REGION]->(r:Region)
  CALL (peer) {
    UNWIND peer.shared AS sid
    MATCH (s:FrameworkItem {id: sid})
    WITH s ORDER BY s.framework, s.sortKey
    RETURN collect(s.id) AS shared
  }
  // The city's derived commitment arrays stay in the database: no reader of this statement uses them.
  RETURN collect({id: peer.id, shared: shared,
                  city: o {.*, reachItems: null, reachCounts: null, countryName: co.name, region: r.name, subregion: co.subregion}}) AS peers
}
RETURN version, epoch, peers, COLLECT {
  UNWIND $peers AS peer
  UNWIND peer.shared AS sid
  WITH DISTINCT sid WHERE NOT sid IN held
  MATCH (s:FrameworkItem {id: sid})
  RETURN s {.*, parentId: head([(s)-[:PART_OF]->(q) | q.id])}
} AS items
