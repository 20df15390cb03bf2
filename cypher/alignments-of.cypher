// Every crosswalk link touching a batch of items and action areas, read in both directions.
CALL () {
  UNWIND $itemIds AS id MATCH (n:FrameworkItem {id: id}) RETURN n
  UNION
  UNWIND $areaIds AS id MATCH (n:ActionArea {id: id}) RETURN n
}
MATCH (n)-[l:ALIGNS_WITH]-(other:FrameworkItem)
OPTIONAL MATCH (other)-[:PART_OF]->(parent:FrameworkItem)
RETURN n.id AS id, other {.*, parentId: parent.id} AS item, l.basis AS basis, l.rationale AS rationale,
       coalesce(l.verified, false) AS verified
ORDER BY id, other.framework, other.sortKey
