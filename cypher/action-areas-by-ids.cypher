// Action areas by id, each with its curated links (as alignments-of reads them), so an area's
// `alignments` cost no further round trip.
UNWIND $ids AS id
MATCH (a:ActionArea {id: id})
RETURN a {.*, alignmentRecords: COLLECT {
  MATCH (a)-[l:ALIGNS_WITH]-(other:FrameworkItem)
  OPTIONAL MATCH (other)-[:PART_OF]->(parent:FrameworkItem)
  WITH other, parent, l ORDER BY other.framework, other.sortKey
  RETURN {item: other {.*, parentId: parent.id}, basis: l.basis, rationale: l.rationale,
          verified: coalesce(l.verified, false)}
}} AS area
